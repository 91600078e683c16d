/*
 * vm/parser.c - tokens -> syntax tree (vm/ast.h); refuses what is outside the subset.
 *
 * A hand-written recursive-descent parser that follows CPython 3.11's grammar
 * (Grammar/python.gram) rule for rule, so the tree it builds is the one
 * `ast.parse` builds, positions included.  Binary operators use precedence
 * climbing; unary operators and `not` chains are read iteratively, so the C
 * stack grows only with bracket nesting (at most JG_LEX_MAX_LEVEL) and with
 * the few right-recursive forms, which a depth counter bounds.
 *
 * Errors follow pegen's rules so the last line of the message is CPython's:
 *  - a first pass parses; at its first failure the furthest token looked at
 *    is where "invalid syntax" will point (pegen's p->fill);
 *  - a second pass then re-reads the failed top-level statement the way
 *    pegen's second pass does: with PEG backtracking ("lenient": an operator
 *    whose right side does not parse is left out) and with the checks of
 *    pegen's invalid_* rules, each producing CPython's message at CPython's
 *    place ("expected ':'", "cannot assign to ...", "Perhaps you forgot a
 *    comma?", ...); the first such error wins, else "invalid syntax" stands;
 *  - an error the tokenizer raises anywhere in the file (bad string, number,
 *    bracket) wins over any parser error, as CPython re-tokenizes the rest of
 *    the file after a parser error, and reaching the error token ends the
 *    parse at once, trial or not;
 *  - constructs outside the subset (async, await, match, except*, relative
 *    imports) are recorded and parsing goes on, so a real syntax
 *    error later in the file is still reported first, as CPython would.
 * Trials come in two kinds: begin_try/end_try forget everything that went
 * wrong inside (a first-pass alternative, or pegen's *_without_invalid);
 * begin_diag/end_diag keep specific errors (a second-pass read).  Optional
 * re-reads are skipped inside trials (CAN_DIAGNOSE), so nesting never makes
 * the work exponential.
 * err->msg starts with the exception class ("SyntaxError: ...",
 * "IndentationError: ...", "TabError: ..."), so callers print it verbatim.
 *
 * Invariant: when jg_parse returns JG_OK the tree is complete, every node
 * lives in the caller's arena, and expressions nest at most JG_PARSE_MAX_DEPTH
 * deep, so recursive consumers (compiler, dumper) need no depth checks.
 */
#include "ast.h"
#include "lexer.h"
#include "uninames.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Nesting the parser accepts (limits.h).  CPython's compiler gives up near
 * 3000 nested expressions ("maximum recursion depth exceeded during
 * compilation"); we stop earlier so the recursive passes after us (symtable,
 * compiler) stay far from the end of the C stack even in sanitizer builds. */
#define JG_PARSE_MAX_DEPTH JG_MAX_SYNTAX_DEPTH
/* CPython refuses decimal literals longer than this (sys.int_info.default_max_str_digits). */
#define JG_MAX_INT_DIGITS 4300

typedef struct parser parser;

struct parser {
    jg_arena *arena;
    const char *filename;
    jg_tokens toks;
    jg_token *tk;
    int pos;  /* index of the next token */
    int fill; /* 1 + the furthest token index looked at (pegen's p->fill) */
    int max_fill; /* the same, trials included: they never give tokens back */
    int depth;
    /* Work done, counted in tokens consumed and expressions entered, shared
     * with f-string child parsers.  Re-reads for diagnosis can nest; once the
     * work passes the budget no new one starts (diag_off), so the parse ends
     * as a plain parse would, with its "invalid syntax". */
    long *work;
    long budget;
    bool *diag_off;

    /* The first failure.  'failed' without 'has_msg' means a generic
     * "invalid syntax" at tokens[fill - 1], worded when parsing ends. */
    bool failed, has_msg, nomem;
    char msg[300];
    int err_line, err_col;
    bool err_from_lexer; /* the message came from the tokenizer: no "f-string: " prefix */

    /* The first construct outside the subset, reported if nothing worse is found. */
    bool refused;
    char ref_msg[128];
    int ref_line, ref_col;

    int speculating; /* > 0 while trying a parse whose failure is not an error */
    bool hard;       /* the error token was looked at: that error stands, trial or not */
    int lenient;     /* > 0: an operator without its right operand ends the
                        expression before it, as PEG backtracking would */
    int pass2;       /* > 0: inside a diagnosis that re-reads text the way pegen's
                        second pass does: its specific errors stand */
    bool second_pass; /* re-reading a failed statement as pegen's second pass */
    int in_legacy;    /* depth of juxtaposed's second-pass reads (bounded) */

    /* The disjunction an `expression` began with most recently: [start, end). */
    int ld_start, ld_end;
    jg_expr *ld_node;
    /* Where pos_in_token stopped last (f-string fields are located in order). */
    const jg_token *pc_tok;
    const char *pc_ptr, *pc_ls;
    int pc_line;

    /* The named_expression parsed most recently, for "Maybe you meant '=='". */
    int ln_start, ln_end;
    jg_expr *ln_node;

    /* An f-string replacement field is parsed by a child parser over its
     * text, wrapped in synthetic parentheses as CPython does ("(expr)"). */
    parser *parent;
    int frag_line;      /* line of the '{' */
    int frag_brace_col; /* 1-based byte column of the '{' */
};

/* ---------------------------------------------------------------- vectors */

/* Growable arrays live in the arena: doubling wastes at most half, and
 * nothing needs freeing when parsing stops half way. */
typedef struct {
    void **items;
    int n, cap;
} vec;

static bool grow(parser *p, void **items, int *cap, int n, size_t elsize)
{
    if (n < *cap)
        return true;
    int ncap = *cap ? *cap * 2 : 4;
    void *fresh = jg_arena_alloc(p->arena, (size_t)ncap * elsize);
    if (!fresh) {
        p->nomem = p->failed = true;
        return false;
    }
    if (n)
        memcpy(fresh, *items, (size_t)n * elsize);
    *items = fresh;
    *cap = ncap;
    return true;
}

static bool vec_push(parser *p, vec *v, void *x)
{
    if (!grow(p, (void **)&v->items, &v->cap, v->n, sizeof(void *)))
        return false;
    v->items[v->n++] = x;
    return true;
}

static jg_expr_list expr_list(vec *v)
{
    jg_expr_list l = {v->n, (jg_expr **)v->items};
    return l;
}

static jg_stmt_list stmt_list(vec *v)
{
    jg_stmt_list l = {v->n, (jg_stmt **)v->items};
    return l;
}

static void *alloc(parser *p, size_t size)
{
    void *m = jg_arena_alloc(p->arena, size);
    if (!m)
        p->nomem = p->failed = true;
    return m;
}

/* ---------------------------------------------------------------- errors */

static int tok_char_col(parser *p, const jg_token *t);

static bool is_whitespace_tok(jg_tok_kind k)
{
    return k == JG_TK_NEWLINE || k == JG_TK_INDENT || k == JG_TK_DEDENT || k == JG_TK_ENDMARKER;
}

/* Records a SyntaxError (or 'cls') with message 'fmt' at 'line'/'col'
 * (1-based character column), unless an error is already recorded. */
static void *error_at(parser *p, const char *cls, int line, int col, const char *fmt, ...)
    JG_PRINTF(5, 6);

static void *error_at(parser *p, const char *cls, int line, int col, const char *fmt, ...)
{
    if (p->failed)
        return NULL;
    p->failed = p->has_msg = true;
    char text[240];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    snprintf(p->msg, sizeof p->msg, "%s: %s", cls ? cls : "SyntaxError", text);
    p->err_line = line;
    p->err_col = col;
    return NULL;
}

/* The error located at token 't', as RAISE_SYNTAX_ERROR_KNOWN_LOCATION. */
#define error_tok(p, t, ...) error_at((p), NULL, (t)->line, tok_char_col((p), (t)), __VA_ARGS__)

/* The error located at the last token looked at, as pegen's RAISE_SYNTAX_ERROR. */
static jg_token *last_fetched(parser *p)
{
    int i = p->fill > 0 ? p->fill - 1 : 0;
    if (i >= p->toks.n)
        i = p->toks.n - 1;
    return &p->tk[i];
}

#define error_last(p, ...) error_tok((p), last_fetched(p), __VA_ARGS__)

static void diagnose(parser *p);
static bool juxtaposed(parser *p, int a_start, const jg_expr *a_node, int f);
static bool maybe_meant_eq(parser *p, const jg_expr *e, int start);

/* A failure with no better message: "invalid syntax" at the furthest token,
 * unless one of pegen's second-pass rules names the mistake (diagnose). */
static void *fail(parser *p)
{
    if (p->failed)
        return NULL;
    if (!p->speculating && !*p->diag_off)
        diagnose(p);
    p->failed = true;
    return NULL;
}

/* Takes the tokenizer's error (the parser reached the error token). */
static void *lexer_failure(parser *p)
{
    if (p->failed)
        return NULL;
    jg_lex_error *e = &p->toks.error;
    if (e->kind == JG_LEXERR_NOMEM) {
        p->nomem = p->failed = true;
        return NULL;
    }
    if (e->kind == JG_LEXERR_EOF && e->open_level > 0) {
        /* CPython's raise_unclosed_parentheses_error. */
        error_at(p, NULL, e->open_line, e->open_col, "'%c' was never closed", e->open_char);
    } else {
        p->failed = p->has_msg = true;
        snprintf(p->msg, sizeof p->msg, "%s", e->msg);
        p->err_line = e->line;
        p->err_col = e->col;
    }
    p->err_from_lexer = true;
    return NULL;
}

/* Records 'sentence' ("... is not supported by jumpgate") as the refusal of
 * a construct outside the subset at token 't', if it is the first. */
static void refuse_with(parser *p, const jg_token *t, const char *sentence)
{
    parser *root = p;
    while (root->parent)
        root = root->parent;
    if (p->speculating || root->refused)
        return;
    root->refused = true;
    snprintf(root->ref_msg, sizeof root->ref_msg, "SyntaxError: %s", sentence);
    root->ref_line = t->line;
    root->ref_col = p->parent ? 0 : tok_char_col(p, t);
}

/* Refuses the construct named 'what': "'what' is not supported by jumpgate". */
static void refuse(parser *p, const jg_token *t, const char *what)
{
    char sentence[96];
    snprintf(sentence, sizeof sentence, "'%s' is not supported by jumpgate", what);
    refuse_with(p, t, sentence);
}

/* ---------------------------------------------------------------- tokens */

static jg_token *peek_at(parser *p, int k)
{
    int i = p->pos + k;
    if (i >= p->toks.n)
        i = p->toks.n - 1;
    if (i + 1 > p->fill)
        p->fill = i + 1;
    if (i + 1 > p->max_fill)
        p->max_fill = i + 1;
    jg_token *t = &p->tk[i];
    if (t->kind == JG_TK_ERRORTOKEN && !p->hard) {
        /* pegen raises the tokenizer's error the moment it fetches the
         * token, whatever rule (or trial) asked, and the parse ends there. */
        p->failed = p->has_msg = false;
        lexer_failure(p);
        p->hard = true;
    }
    return t;
}

static jg_token *peek(parser *p)
{
    return peek_at(p, 0);
}

static jg_tok_kind kind_at(parser *p, int k)
{
    return peek_at(p, k)->kind;
}

static bool at(parser *p, jg_tok_kind k)
{
    return kind_at(p, 0) == k;
}

/* Counts one unit of work; past the budget, diagnosis is switched off. */
static void spend(parser *p)
{
    if (++*p->work > p->budget)
        *p->diag_off = true;
}

static jg_token *advance(parser *p)
{
    spend(p);
    jg_token *t = peek(p);
    if (t->kind != JG_TK_ENDMARKER && t->kind != JG_TK_ERRORTOKEN)
        p->pos++;
    return t;
}

static jg_token *accept(parser *p, jg_tok_kind k)
{
    if (p->failed)
        return NULL;
    if (at(p, k))
        return advance(p);
    return NULL;
}

static jg_token *expect(parser *p, jg_tok_kind k)
{
    if (p->failed)
        return NULL;
    if (at(p, k))
        return advance(p);
    return fail(p);
}

/* pegen's forced token (&&'x'): "expected 'x'" at the token found instead. */
static jg_token *expect_forced(parser *p, jg_tok_kind k)
{
    if (p->failed)
        return NULL;
    if (at(p, k))
        return advance(p);
    return error_tok(p, peek(p), "expected '%s'", jg_tok_kind_text(k));
}

static bool is_name_text(const jg_token *t, const char *s)
{
    size_t n = strlen(s);
    return t->kind == JG_TK_NAME && t->len == n && memcmp(t->start, s, n) == 0;
}

static const char *tok_str(parser *p, const jg_token *t)
{
    char *s = jg_arena_strndup(p->arena, t->start, t->len);
    if (!s)
        p->nomem = p->failed = true;
    return s;
}

/* The last token consumed that is not NEWLINE/INDENT/DEDENT/ENDMARKER: where
 * a node ends (pegen's _PyPegen_get_last_nonnwhitespace_token). */
static jg_token *last_real(parser *p)
{
    for (int i = p->pos - 1; i >= 0; i--)
        if (!is_whitespace_tok(p->tk[i].kind))
            return &p->tk[i];
    return &p->tk[0];
}

/* The column CPython reports for an error at token 't': for errors the
 * parser raises, SyntaxError.offset counts bytes (CPython converts to
 * characters only for str input, never for a file), 1-based. */
static int tok_char_col(parser *p, const jg_token *t)
{
    if (t->kind == JG_TK_ERRORTOKEN)
        return 0;
    if (p->parent) {
        /* Inside an f-string field CPython reports columns within "(expr)". */
        if (t->line == p->frag_line)
            return t->col - p->frag_brace_col + 1;
        return t->col;
    }
    /* pegen reports these at the tokenizer's position, 0-based. */
    if (t->kind == JG_TK_INDENT || t->kind == JG_TK_DEDENT || t->kind == JG_TK_ENDMARKER)
        return t->col - 1;
    return t->col;
}

/* ---------------------------------------------------------------- nodes */

static jg_expr *new_expr(parser *p, jg_expr_kind kind, int start)
{
    jg_expr *e = alloc(p, sizeof *e);
    if (!e)
        return NULL;
    e->kind = kind;
    const jg_token *a = &p->tk[start];
    const jg_token *b = last_real(p);
    e->line = a->line;
    e->col = a->col;
    e->end_line = b->end_line;
    e->end_col = b->end_col;
    return e;
}

static jg_stmt *new_stmt(parser *p, jg_stmt_kind kind, int start)
{
    jg_stmt *s = alloc(p, sizeof *s);
    if (!s)
        return NULL;
    s->kind = kind;
    const jg_token *a = &p->tk[start];
    const jg_token *b = last_real(p);
    s->line = a->line;
    s->col = a->col;
    s->end_line = b->end_line;
    s->end_col = b->end_col;
    return s;
}

/* ---------------------------------------------------------------- depth */

static bool enter(parser *p)
{
    if (++p->depth > JG_PARSE_MAX_DEPTH) {
        if (!p->failed) {
            p->failed = p->has_msg = true;
            snprintf(p->msg, sizeof p->msg,
                     "RecursionError: maximum recursion depth exceeded during compilation");
            p->err_line = peek(p)->line;
            p->err_col = 0;
        }
        return false;
    }
    return true;
}

static void leave(parser *p)
{
    p->depth--;
}

/* ---------------------------------------------------------------- speculation */

typedef struct {
    int pos, fill, ld_start, ld_end, ln_start, ln_end;
    jg_expr *ln_node, *ld_node;
} mark;

static mark begin_try(parser *p)
{
    mark m = {p->pos, p->fill, p->ld_start, p->ld_end, p->ln_start, p->ln_end, p->ln_node, p->ld_node};
    p->speculating++;
    return m;
}

static void restore(parser *p, mark m)
{
    p->pos = m.pos;
    p->fill = m.fill;
    p->ld_start = m.ld_start;
    p->ld_end = m.ld_end;
    p->ln_start = m.ln_start;
    p->ln_end = m.ln_end;
    p->ln_node = m.ln_node;
    p->ld_node = m.ld_node;
}

/* A second-pass trial (pegen's invalid_* rules): a specific error raised
 * inside it stands; a plain failure is forgotten and the position restored.
 * end_diag returns whether the trial parsed. */
static mark begin_diag(parser *p)
{
    mark m = {p->pos, p->fill, p->ld_start, p->ld_end, p->ln_start, p->ln_end, p->ln_node, p->ld_node};
    p->pass2++;
    return m;
}

static bool end_diag(parser *p, mark m, bool keep)
{
    p->pass2--;
    if (p->failed) {
        /* inside a discarding trial (pegen's *_without_invalid) nothing is
         * raised: the alternative just fails */
        if (p->hard || p->nomem || (p->has_msg && !p->speculating))
            return false;
        p->has_msg = false;
        p->failed = false;
        restore(p, m);
        return false;
    }
    if (!keep)
        restore(p, m);
    return true;
}

/* No optional re-reading for diagnosis inside a trial: it would nest. */
#define CAN_DIAGNOSE(p) (!(p)->speculating && !(p)->pass2 && !*(p)->diag_off)

/* Ends a trial parse: the position is restored unless 'keep' and the trial
 * succeeded; a failure inside the trial is forgotten.  Returns whether the
 * trial succeeded. */
static bool end_try(parser *p, mark m, bool keep)
{
    bool ok = !p->failed;
    p->speculating--;
    if (p->nomem)
        return false;
    if (p->hard)
        return false; /* the trial reached the tokenizer's error, which ends the parse */
    if (!ok || !keep) {
        p->pos = m.pos;
        p->fill = m.fill;
        p->ld_start = m.ld_start;
        p->ld_end = m.ld_end;
        p->ln_start = m.ln_start;
        p->ln_end = m.ln_end;
        p->ln_node = m.ln_node;
    }
    p->failed = p->has_msg = false;
    p->err_from_lexer = false;
    return ok;
}

/* ---------------------------------------------------------------- forward */

static jg_expr *star_expressions(parser *p);
static jg_expr *star_expression(parser *p);
static jg_expr *star_named_expression(parser *p);
static jg_expr *named_expression(parser *p);
static jg_expr *named_expression_as(parser *p, bool hint);
static jg_expr *expression(parser *p);
static jg_expr *disjunction(parser *p);
static jg_expr *bitwise_or(parser *p);
static jg_expr *primary(parser *p);
static jg_expr *atom(parser *p);
static jg_expr *yield_expr(parser *p);
static jg_stmt *statement_list(parser *p, vec *out);
static void simple_stmts(parser *p, vec *out);

/* ---------------------------------------------------------------- byte buffers */

typedef struct {
    char *s;
    size_t n, cap;
} strbuf;

static bool sb_reserve(parser *p, strbuf *b, size_t more)
{
    if (b->n + more + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < b->n + more + 1)
        cap *= 2;
    char *s = jg_arena_alloc(p->arena, cap);
    if (!s) {
        p->nomem = p->failed = true;
        return false;
    }
    if (b->n)
        memcpy(s, b->s, b->n);
    b->s = s;
    b->cap = cap;
    return true;
}

static bool sb_add(parser *p, strbuf *b, const char *s, size_t n)
{
    if (!sb_reserve(p, b, n))
        return false;
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
    return true;
}

static bool sb_putc(parser *p, strbuf *b, char c)
{
    return sb_add(p, b, &c, 1);
}

/* Appends code point 'cp' as UTF-8; lone surrogates (from "\ud800") get the
 * three-byte form UTF-8 would give them (WTF-8), since a str may hold them. */
static bool sb_put_cp(parser *p, strbuf *b, uint32_t cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return sb_add(p, b, u, n);
}

/* ---------------------------------------------------------------- escapes */

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* CPython decodes a str literal's escapes after rewriting each non-ASCII
 * character as a 10-byte "\UXXXXXXXX", and a backslash that starts a pair
 * (as the rewrite reads them, two bytes at a time from each backslash) and
 * comes before a non-ASCII character or last, as the 6-byte "\u005c"; error
 * positions count in that rewritten text.  Returns the position there of
 * 'at' in the literal body 'begin'..'end'. */
static int virtual_pos(const char *begin, const char *end, const char *at)
{
    int v = 0;
    bool pair = false; /* the previous byte was a backslash starting a pair */
    for (const char *s = begin; s < at; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\' && !pair) {
            pair = true;
            v += s + 1 >= end || ((unsigned char)s[1] & 0x80) ? 6 : 1;
            continue;
        }
        pair = false;
        if (c < 0x80)
            v++;
        else if ((c & 0xC0) != 0x80)
            v += 10;
    }
    return v;
}

/* Decodes the escapes of the str literal body 's'/'len' (not raw) into 'out'. */
static bool decode_str_escapes(parser *p, const char *s, size_t len, strbuf *out)
{
    const char *end = s + len;
    const char *begin = s;
    while (s < end) {
        if (*s != '\\') {
            const char *q = s;
            while (q < end && *q != '\\')
                q++;
            if (!sb_add(p, out, s, (size_t)(q - s)))
                return false;
            s = q;
            continue;
        }
        const char *esc = s;
        s++;
        if (s >= end || ((unsigned char)*s & 0x80)) {
            /* A backslash before a non-ASCII character, or last, stays itself. */
            if (!sb_putc(p, out, '\\'))
                return false;
            continue;
        }
        int c = (unsigned char)*s++;
        int count = 0;
        const char *message = NULL;
        switch (c) {
            case '\n': continue;
            case '\\': sb_putc(p, out, '\\'); continue;
            case '\'': sb_putc(p, out, '\''); continue;
            case '"': sb_putc(p, out, '"'); continue;
            case 'b': sb_putc(p, out, '\b'); continue;
            case 'f': sb_putc(p, out, '\014'); continue;
            case 't': sb_putc(p, out, '\t'); continue;
            case 'n': sb_putc(p, out, '\n'); continue;
            case 'r': sb_putc(p, out, '\r'); continue;
            case 'v': sb_putc(p, out, '\013'); continue;
            case 'a': sb_putc(p, out, '\007'); continue;
            case '0': case '1': case '2': case '3':
            case '4': case '5': case '6': case '7': {
                uint32_t x = (uint32_t)(c - '0');
                if (s < end && *s >= '0' && *s <= '7') {
                    x = (x << 3) + (uint32_t)(*s++ - '0');
                    if (s < end && *s >= '0' && *s <= '7')
                        x = (x << 3) + (uint32_t)(*s++ - '0');
                }
                sb_put_cp(p, out, x);
                continue;
            }
            case 'x': count = 2; message = "truncated \\xXX escape"; break;
            case 'u': count = 4; message = "truncated \\uXXXX escape"; break;
            case 'U': count = 8; message = "truncated \\UXXXXXXXX escape"; break;
            case 'N': {
                message = "malformed \\N character escape";
                if (s < end && *s == '{') {
                    const char *name = ++s;
                    while (s < end && *s != '}')
                        s++;
                    if (s < end && s > name) {
                        uint32_t cp;
                        bool found = jg_uninames_lookup(name, (size_t)(s - name), &cp);
                        s++;
                        if (found) {
                            sb_put_cp(p, out, cp);
                            continue;
                        }
                        message = "unknown Unicode character name";
                    }
                }
                goto decode_error;
            }
            default:
                /* Unknown escapes keep their backslash (CPython only warns). */
                sb_putc(p, out, '\\');
                sb_putc(p, out, (char)c);
                continue;
        }
        {
            uint32_t ch = 0;
            for (; count; ++s, --count) {
                if (s >= end)
                    goto decode_error;
                int h = hexval((unsigned char)*s);
                if (h < 0)
                    goto decode_error;
                ch = (ch << 4) | (uint32_t)h;
            }
            if (ch > 0x10FFFF) {
                message = "illegal Unicode character";
                goto decode_error;
            }
            sb_put_cp(p, out, ch);
            continue;
        }
decode_error:
        {
            int start = virtual_pos(begin, end, esc);
            int stop = virtual_pos(begin, end, s);
            error_last(p, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                       start, stop - 1, message);
            return false;
        }
    }
    return !p->failed;
}

/* Decodes the escapes of the bytes literal body 's'/'len' (not raw) into 'out'. */
static bool decode_bytes_escapes(parser *p, const char *s, size_t len, strbuf *out)
{
    const char *end = s + len;
    const char *begin = s;
    while (s < end) {
        if (*s != '\\') {
            if (!sb_putc(p, out, *s++))
                return false;
            continue;
        }
        const char *esc = s++;
        if (s >= end) {
            sb_putc(p, out, '\\');
            break;
        }
        int c = (unsigned char)*s++;
        switch (c) {
            case '\n': break;
            case '\\': sb_putc(p, out, '\\'); break;
            case '\'': sb_putc(p, out, '\''); break;
            case '"': sb_putc(p, out, '"'); break;
            case 'b': sb_putc(p, out, '\b'); break;
            case 'f': sb_putc(p, out, '\014'); break;
            case 't': sb_putc(p, out, '\t'); break;
            case 'n': sb_putc(p, out, '\n'); break;
            case 'r': sb_putc(p, out, '\r'); break;
            case 'v': sb_putc(p, out, '\013'); break;
            case 'a': sb_putc(p, out, '\007'); break;
            case '0': case '1': case '2': case '3':
            case '4': case '5': case '6': case '7': {
                unsigned x = (unsigned)(c - '0');
                if (s < end && *s >= '0' && *s <= '7') {
                    x = (x << 3) + (unsigned)(*s++ - '0');
                    if (s < end && *s >= '0' && *s <= '7')
                        x = (x << 3) + (unsigned)(*s++ - '0');
                }
                sb_putc(p, out, (char)(x & 0xFF));
                break;
            }
            case 'x':
                if (s + 1 < end && hexval((unsigned char)s[0]) >= 0 &&
                    hexval((unsigned char)s[1]) >= 0) {
                    sb_putc(p, out, (char)(hexval((unsigned char)s[0]) * 16 +
                                           hexval((unsigned char)s[1])));
                    s += 2;
                    break;
                }
                error_last(p, "(value error) invalid \\x escape at position %d",
                           (int)(esc - begin));
                return false;
            default:
                sb_putc(p, out, '\\');
                sb_putc(p, out, (char)c);
                break;
        }
    }
    return !p->failed;
}

/* ---------------------------------------------------------------- string tokens */

typedef struct {
    bool is_bytes, is_raw, is_f;
    const char *body; /* between the quotes */
    size_t len;
} str_parts;

static str_parts split_string(const jg_token *t)
{
    str_parts sp = {false, false, false, NULL, 0};
    const char *s = t->start;
    const char *e = t->start + t->len;
    while (*s != '\'' && *s != '"') {
        char c = *s++;
        if (c == 'b' || c == 'B')
            sp.is_bytes = true;
        else if (c == 'r' || c == 'R')
            sp.is_raw = true;
        else if (c == 'f' || c == 'F')
            sp.is_f = true;
    }
    char q = *s;
    size_t qn = (e - s >= 6 && s[1] == q && s[2] == q) ? 3 : 1;
    sp.body = s + qn;
    sp.len = (size_t)(e - s) - 2 * qn;
    return sp;
}

/* The line and 1-based byte column of 'ptr', a byte of token 't'.  Fields of
 * one f-string are located in order, so the scan resumes where the previous
 * call stopped: an f-string with many fields stays linear. */
static void pos_in_token(parser *p, const jg_token *t, const char *ptr, int *line, int *col)
{
    if (p->pc_tok != t || p->pc_ptr > ptr) {
        p->pc_tok = t;
        p->pc_ptr = t->start;
        p->pc_line = t->line;
        p->pc_ls = NULL;
    }
    for (const char *q = p->pc_ptr; q < ptr; q++)
        if (*q == '\n') {
            p->pc_line++;
            p->pc_ls = q + 1;
        }
    p->pc_ptr = ptr;
    *line = p->pc_line;
    *col = p->pc_ls ? (int)(ptr - p->pc_ls) + 1 : t->col + (int)(ptr - t->start);
}

/* ---------------------------------------------------------------- f-strings */

/* The pieces of a string concatenation being built (CPython's FstringParser). */
typedef struct {
    strbuf last; /* pending literal text */
    bool has_last;
    vec values; /* Constant and FormattedValue nodes */
    bool fmode;
    int first, lastt; /* token indices of the whole concatenation */
} fstate;

static jg_expr *make_str_node(parser *p, const char *s, size_t n, int first, int lastt)
{
    jg_expr *e = alloc(p, sizeof *e);
    if (!e)
        return NULL;
    e->kind = JG_E_CONSTANT;
    e->u.constant.kind = JG_CONST_STR;
    char *text = jg_arena_strndup(p->arena, s ? s : "", n);
    if (!text) {
        p->nomem = p->failed = true;
        return NULL;
    }
    e->u.constant.text = text;
    e->u.constant.len = n;
    const jg_token *a = &p->tk[first], *b = &p->tk[lastt];
    e->u.constant.is_u = a->start[0] == 'u';
    e->line = a->line;
    e->col = a->col;
    e->end_line = b->end_line;
    e->end_col = b->end_col;
    return e;
}

static bool fstate_add_text(parser *p, fstate *st, const char *s, size_t n)
{
    if (n == 0)
        return true;
    st->has_last = true;
    return sb_add(p, &st->last, s, n);
}

static bool fstate_flush(parser *p, fstate *st)
{
    if (!st->has_last)
        return true;
    jg_expr *c = make_str_node(p, st->last.s, st->last.n, st->first, st->lastt);
    st->last.n = 0;
    st->has_last = false;
    return c && vec_push(p, &st->values, c);
}

static bool fstring_concat(parser *p, fstate *st, const char **str, const char *end, bool raw,
                           int recurse_lvl, const jg_token *t);

/* Parses the text of one replacement field as "(text)" with a child parser
 * (CPython's fstring_compile_expr).  'expr_start' follows the '{'. */
static jg_expr *fstring_compile_expr(parser *p, const char *expr_start, const char *expr_end,
                                     const jg_token *t)
{
    const char *s = expr_start;
    while (s < expr_end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f'))
        s++;
    if (s == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            return error_last(p, "f-string: expression required before '%c'", *expr_end);
        return error_last(p, "f-string: empty expression not allowed");
    }
    int line, col, bline, bcol, eline, ecol;
    pos_in_token(p, t, expr_start - 1, &bline, &bcol);
    pos_in_token(p, t, expr_start, &line, &col);
    pos_in_token(p, t, expr_end, &eline, &ecol);

    jg_lex_options opts = {line, col, 1, true, p->filename};
    jg_tokens ft;
    if (jg_lex(p->arena, expr_start, (size_t)(expr_end - expr_start), &opts, &ft) != JG_OK) {
        p->nomem = p->failed = true;
        return NULL;
    }
    /* "(" tokens ")" NEWLINE ENDMARKER, the parentheses where '{' and the
     * field's terminator are. */
    bool lex_failed = ft.error.kind != JG_LEXERR_NONE;
    int n = ft.n - 1 + (lex_failed ? 2 : 4);
    jg_token *tk = alloc(p, (size_t)n * sizeof *tk);
    if (!tk)
        return NULL;
    int k = 0;
    jg_token lpar = {JG_TK_LPAR, bline, bcol, bline, bcol + 1, 1, expr_start - 1, 1};
    tk[k++] = lpar;
    for (int i = 0; i < ft.n - 1; i++)
        tk[k++] = ft.items[i];
    if (lex_failed) {
        tk[k++] = ft.items[ft.n - 1];
    } else {
        jg_token rpar = {JG_TK_RPAR, eline, ecol, eline, ecol + 1, 0, expr_end, 1};
        jg_token nl = {JG_TK_NEWLINE, eline, ecol + 1, eline, ecol + 2, 0, expr_end, 0};
        jg_token em = {JG_TK_ENDMARKER, eline, ecol + 2, eline, ecol + 2, 0, expr_end, 0};
        tk[k++] = rpar;
        tk[k++] = nl;
        tk[k++] = em;
    }

    parser c;
    memset(&c, 0, sizeof c);
    c.arena = p->arena;
    c.filename = p->filename;
    c.toks = ft;
    c.toks.items = tk;
    c.toks.n = k;
    c.tk = tk;
    c.depth = p->depth;
    c.work = p->work;
    c.budget = p->budget;
    c.diag_off = p->diag_off;
    c.ld_end = -1;
    c.parent = p;
    c.frag_line = bline;
    c.frag_brace_col = bcol;
    c.speculating = p->speculating;
    c.pass2 = p->pass2;
    c.lenient = p->lenient;
    c.second_pass = p->second_pass;

    jg_expr *e = star_expressions(&c);
    if (c.nomem) {
        p->nomem = p->failed = true;
        return NULL;
    }
    if (c.hard) {
        p->failed = p->has_msg = false;
        p->hard = true;
    }

    if (c.failed) {
        if (p->failed)
            return NULL;
        p->failed = p->has_msg = true;
        if (c.err_from_lexer) {
            snprintf(p->msg, sizeof p->msg, "%s", c.msg);
            p->err_line = c.err_line;
            /* The tokenizer counted from the field's text; CPython's had "(" first. */
            p->err_col = c.err_line == line ? c.err_col + 1 : c.err_col;
        } else if (c.has_msg) {
            /* "SyntaxError: text" -> "SyntaxError: f-string: text" */
            const char *colon = strchr(c.msg, ':');
            size_t cls_len = colon ? (size_t)(colon - c.msg) : 0;
            char joined[sizeof c.msg + 16];
            int w = snprintf(joined, sizeof joined, "%.*s: f-string: %s", (int)cls_len, c.msg,
                             colon ? colon + 2 : c.msg);
            size_t len = w < 0 ? 0 : (size_t)w;
            if (len >= sizeof p->msg)
                len = sizeof p->msg - 1;
            memcpy(p->msg, joined, len);
            p->msg[len] = '\0';
            p->err_line = c.err_line;
            p->err_col = c.err_col;
        } else {
            jg_token *bad = last_fetched(&c);
            snprintf(p->msg, sizeof p->msg, "SyntaxError: f-string: invalid syntax");
            p->err_line = bad->line;
            p->err_col = tok_char_col(&c, bad);
        }
        return NULL;
    }
    return e;
}

/* Scans one replacement field starting at the '{' at *str (CPython's
 * fstring_find_expr) and appends its FormattedValue (and the "expr=" text of
 * a self-documenting field) to 'st'. */
static bool fstring_find_expr(parser *p, fstate *st, const char **str, const char *end, bool raw,
                              int recurse_lvl, const jg_token *t)
{
    char quote_char = 0;
    int string_type = 0;
    int nested_depth = 0;
    char parenstack[JG_LEX_MAX_LEVEL];

    if (recurse_lvl >= 2) {
        error_last(p, "f-string: expressions nested too deeply");
        return false;
    }
    *str += 1;
    const char *expr_start = *str;
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\') {
            error_last(p, "f-string expression part cannot include a backslash");
            return false;
        }
        if (quote_char) {
            if (ch == quote_char) {
                if (string_type == 3) {
                    if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                        *str += 2;
                        string_type = 0;
                        quote_char = 0;
                        continue;
                    }
                } else {
                    string_type = 0;
                    quote_char = 0;
                    continue;
                }
            }
        } else if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote_char = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (nested_depth >= JG_LEX_MAX_LEVEL) {
                error_last(p, "f-string: too many nested parenthesis");
                return false;
            }
            parenstack[nested_depth++] = ch;
        } else if (ch == '#') {
            error_last(p, "f-string expression part cannot include '#'");
            return false;
        } else if (nested_depth == 0 &&
                   (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (*str + 1 < end) {
                char next = (*str)[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    *str += 1;
                    continue;
                }
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!nested_depth) {
                error_last(p, "f-string: unmatched '%c'", ch);
                return false;
            }
            nested_depth--;
            int opening = (unsigned char)parenstack[nested_depth];
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                  (opening == '{' && ch == '}'))) {
                error_last(p,
                           "f-string: closing parenthesis '%c' does not match opening "
                           "parenthesis '%c'",
                           ch, opening);
                return false;
            }
        }
    }
    const char *expr_end = *str;
    if (quote_char) {
        error_last(p, "f-string: unterminated string");
        return false;
    }
    if (nested_depth) {
        error_last(p, "f-string: unmatched '%c'", parenstack[nested_depth - 1]);
        return false;
    }
    if (*str >= end)
        goto unexpected_end;

    jg_expr *value = fstring_compile_expr(p, expr_start, expr_end, t);
    if (!value)
        return false;

    const char *expr_text = NULL;
    size_t expr_text_len = 0;
    if (**str == '=') {
        *str += 1;
        while (*str < end && (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\r' ||
                              **str == '\f' || **str == '\v'))
            *str += 1;
        if (*str >= end)
            goto unexpected_end;
        expr_text = expr_start;
        expr_text_len = (size_t)(*str - expr_start);
    }

    int conversion = -1;
    if (**str == '!') {
        *str += 1;
        if (*str >= end)
            goto unexpected_end;
        conversion = (unsigned char)**str;
        *str += 1;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
            error_last(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
    }

    jg_expr *format_spec = NULL;
    if (*str < end && **str == ':') {
        *str += 1;
        if (*str >= end)
            goto unexpected_end;
        /* The spec is an f-string of its own, one level down. */
        fstate sub;
        memset(&sub, 0, sizeof sub);
        sub.first = st->first;
        sub.lastt = st->lastt;
        if (!fstring_concat(p, &sub, str, end, raw, recurse_lvl + 1, t))
            return false;
        /* The spec's trailing text is located at its own token (CPython's
         * FstringParser_Finish(p, &state, t, t)). */
        sub.first = sub.lastt = (int)(t - p->tk);
        if (!fstate_flush(p, &sub))
            return false;
        format_spec = alloc(p, sizeof *format_spec);
        if (!format_spec)
            return false;
        format_spec->kind = JG_E_JOINEDSTR;
        format_spec->u.seq.elts = expr_list(&sub.values);
        /* CPython locates the spec at the token holding it. */
        format_spec->line = t->line;
        format_spec->col = t->col;
        format_spec->end_line = t->end_line;
        format_spec->end_col = t->end_col;
    }

    if (*str >= end || **str != '}')
        goto unexpected_end;
    *str += 1;

    if (expr_text && !format_spec && conversion == -1)
        conversion = 'r';

    if (expr_text && !fstate_add_text(p, st, expr_text, expr_text_len))
        return false;
    if (!fstate_flush(p, st))
        return false;
    jg_expr *fv = alloc(p, sizeof *fv);
    if (!fv)
        return false;
    fv->kind = JG_E_FORMATTEDVALUE;
    fv->u.fvalue.value = value;
    fv->u.fvalue.conversion = conversion;
    fv->u.fvalue.format_spec = format_spec;
    const jg_token *a = &p->tk[st->first], *b = &p->tk[st->lastt];
    fv->line = a->line;
    fv->col = a->col;
    fv->end_line = b->end_line;
    fv->end_col = b->end_col;
    return vec_push(p, &st->values, fv);

unexpected_end:
    error_last(p, "f-string: expecting '}'");
    return false;
}

/* Reads literal text up to the next field (CPython's fstring_find_literal):
 * returns 1 after a doubled brace (scan again), 0 at a '{', a '}' or the end,
 * -1 on error. */
static int fstring_find_literal(parser *p, fstate *st, const char **str, const char *end,
                                bool raw, int recurse_lvl, const jg_token *t)
{
    const char *s = *str;
    const char *literal_start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (recurse_lvl == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    error_last(p, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (literal_start != s) {
        if (raw) {
            if (!fstate_add_text(p, st, literal_start, (size_t)(s - literal_start)))
                return -1;
        } else {
            strbuf dec = {0};
            if (!sb_reserve(p, &dec, 0) ||
                !decode_str_escapes(p, literal_start, (size_t)(s - literal_start), &dec))
                return -1;
            if (!fstate_add_text(p, st, dec.s, dec.n))
                return -1;
        }
    }
    return result;
}

/* Parses the f-string text *str..end into 'st' (CPython's
 * _PyPegen_FstringParser_ConcatFstring). */
static bool fstring_concat(parser *p, fstate *st, const char **str, const char *end, bool raw,
                           int recurse_lvl, const jg_token *t)
{
    st->fmode = true;
    while (1) {
        int r = fstring_find_literal(p, st, str, end, raw, recurse_lvl, t);
        if (r < 0)
            return false;
        if (r == 1)
            continue;
        if (*str >= end || **str == '}')
            break;
        if (!fstring_find_expr(p, st, str, end, raw, recurse_lvl, t))
            return false;
    }
    if (recurse_lvl == 0 && *str < end - 1) {
        error_last(p, "f-string: unexpected end of string");
        return false;
    }
    if (recurse_lvl != 0 && (*str >= end || **str != '}')) {
        error_last(p, "f-string: expecting '}'");
        return false;
    }
    return true;
}

/* STRING+ -> Constant or JoinedStr (CPython's _PyPegen_concatenate_strings). */
static jg_expr *strings(parser *p)
{
    int first = p->pos;
    while (at(p, JG_TK_STRING))
        advance(p);
    int lastt = p->pos - 1;
    peek(p); /* pegen looked one token further, which is where errors point */
    if (p->failed)
        return NULL;

    bool bytesmode = false;
    strbuf bytes = {0};
    fstate st;
    memset(&st, 0, sizeof st);
    st.first = first;
    st.lastt = lastt;
    for (int i = first; i <= lastt; i++) {
        const jg_token *t = &p->tk[i];
        str_parts sp = split_string(t);
        if (sp.is_bytes) {
            for (size_t k = 0; k < sp.len; k++)
                if ((unsigned char)sp.body[k] >= 0x80)
                    return error_last(p, "bytes can only contain ASCII literal characters");
        }
        if (i != first && bytesmode != sp.is_bytes)
            return error_last(p, "cannot mix bytes and nonbytes literals");
        bytesmode = sp.is_bytes;
        if (sp.is_f) {
            const char *s = sp.body;
            if (!fstring_concat(p, &st, &s, sp.body + sp.len, sp.is_raw, 0, t))
                return NULL;
        } else if (bytesmode) {
            bool ok = sp.is_raw || !memchr(sp.body, '\\', sp.len)
                          ? sb_add(p, &bytes, sp.body, sp.len)
                          : decode_bytes_escapes(p, sp.body, sp.len, &bytes);
            if (!ok || !sb_reserve(p, &bytes, 0))
                return NULL;
        } else {
            if (sp.is_raw || !memchr(sp.body, '\\', sp.len)) {
                if (!fstate_add_text(p, &st, sp.body, sp.len))
                    return NULL;
            } else {
                strbuf dec = {0};
                if (!sb_reserve(p, &dec, 0) || !decode_str_escapes(p, sp.body, sp.len, &dec))
                    return NULL;
                if (!fstate_add_text(p, &st, dec.s, dec.n))
                    return NULL;
            }
        }
    }
    if (bytesmode) {
        jg_expr *e = new_expr(p, JG_E_CONSTANT, first);
        if (!e || !sb_reserve(p, &bytes, 0))
            return NULL;
        e->u.constant.kind = JG_CONST_BYTES;
        e->u.constant.text = bytes.s;
        e->u.constant.len = bytes.n;
        return e;
    }
    if (!st.fmode)
        return make_str_node(p, st.has_last ? st.last.s : "", st.has_last ? st.last.n : 0, first,
                             lastt);
    if (!fstate_flush(p, &st))
        return NULL;
    jg_expr *e = new_expr(p, JG_E_JOINEDSTR, first);
    if (!e)
        return NULL;
    e->u.seq.elts = expr_list(&st.values);
    return e;
}

/* ---------------------------------------------------------------- targets */

enum { TARGET_STAR, TARGET_DEL, TARGET_FOR };

/* CPython's _PyPegen_get_invalid_target: the first sub-expression of 'e'
 * that cannot be assigned to (or deleted), or NULL when 'e' is a valid target. */
static jg_expr *invalid_target(jg_expr *e, int type)
{
    if (!e)
        return NULL;
    switch (e->kind) {
        case JG_E_LIST:
        case JG_E_TUPLE:
            for (int i = 0; i < e->u.seq.elts.n; i++) {
                jg_expr *bad = invalid_target(e->u.seq.elts.items[i], type);
                if (bad)
                    return bad;
            }
            return NULL;
        case JG_E_STARRED:
            if (type == TARGET_DEL)
                return e;
            return invalid_target(e->u.starred.value, type);
        case JG_E_COMPARE:
            /* `for a in b` reaches here as the comparison `a in b`. */
            if (type == TARGET_FOR) {
                if (e->u.compare.ops[0] == JG_CMP_IN)
                    return invalid_target(e->u.compare.left, type);
                return NULL;
            }
            return e;
        case JG_E_NAME:
        case JG_E_SUBSCRIPT:
        case JG_E_ATTRIBUTE:
            return NULL;
        default:
            return e;
    }
}

/* CPython's _PyPegen_get_expr_name: how error messages name an expression. */
static const char *expr_name(const jg_expr *e)
{
    switch (e->kind) {
        case JG_E_ATTRIBUTE: return "attribute";
        case JG_E_SUBSCRIPT: return "subscript";
        case JG_E_STARRED: return "starred";
        case JG_E_NAME: return "name";
        case JG_E_LIST: return "list";
        case JG_E_TUPLE: return "tuple";
        case JG_E_LAMBDA: return "lambda";
        case JG_E_CALL: return "function call";
        case JG_E_BOOLOP:
        case JG_E_BINOP:
        case JG_E_UNARYOP: return "expression";
        case JG_E_GENEXP: return "generator expression";
        case JG_E_YIELD:
        case JG_E_YIELDFROM: return "yield expression";
        case JG_E_LISTCOMP: return "list comprehension";
        case JG_E_SETCOMP: return "set comprehension";
        case JG_E_DICTCOMP: return "dict comprehension";
        case JG_E_DICT: return "dict literal";
        case JG_E_SET: return "set display";
        case JG_E_JOINEDSTR:
        case JG_E_FORMATTEDVALUE: return "f-string expression";
        case JG_E_CONSTANT:
            switch (e->u.constant.kind) {
                case JG_CONST_NONE: return "None";
                case JG_CONST_TRUE: return "True";
                case JG_CONST_FALSE: return "False";
                case JG_CONST_ELLIPSIS: return "ellipsis";
                default: return "literal";
            }
        case JG_E_COMPARE: return "comparison";
        case JG_E_IFEXP: return "conditional expression";
        case JG_E_NAMEDEXPR: return "named expression";
        case JG_E_SLICE: return "slice";
    }
    return "expression";
}

/* The column CPython reports for an error at byte column 'col' (1-based) of
 * line 'line': the same bytes, or relative to "(expr)" inside an f-string. */
static int char_col(parser *p, int line, int col)
{
    if (p->parent)
        return line == p->frag_line ? col - p->frag_brace_col + 1 : col;
    return col;
}

/* Error at the start of expression 'e' (RAISE_SYNTAX_ERROR_KNOWN_LOCATION(e)). */
static void *error_expr(parser *p, const jg_expr *e, const char *fmt, ...) JG_PRINTF(3, 4);

static void *error_expr(parser *p, const jg_expr *e, const char *fmt, ...)
{
    char text[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    return error_at(p, NULL, e->line, char_col(p, e->line, e->col), "%s", text);
}

static void set_ctx(jg_expr *e, jg_ctx ctx)
{
    switch (e->kind) {
        case JG_E_NAME:
        case JG_E_ATTRIBUTE:
        case JG_E_SUBSCRIPT: e->ctx = ctx; break;
        case JG_E_STARRED:
            e->ctx = ctx;
            set_ctx(e->u.starred.value, ctx);
            break;
        case JG_E_LIST:
        case JG_E_TUPLE:
            e->ctx = ctx;
            for (int i = 0; i < e->u.seq.elts.n; i++)
                set_ctx(e->u.seq.elts.items[i], ctx);
            break;
        default: break;
    }
}

/* ---------------------------------------------------------------- numbers */

static jg_expr *number(parser *p)
{
    int start = p->pos;
    jg_token *t = advance(p);
    jg_expr *e = new_expr(p, JG_E_CONSTANT, start);
    if (!e)
        return NULL;
    const char *s = t->start;
    size_t n = t->len;
    bool is_hex = n > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    bool is_imag = s[n - 1] == 'j' || s[n - 1] == 'J';
    bool is_float = false;
    if (!is_hex && !is_imag)
        for (size_t i = 0; i < n; i++)
            if (s[i] == '.' || s[i] == 'e' || s[i] == 'E')
                is_float = true;
    if (is_imag || is_float) {
        char buf[128];
        char *clean = n < sizeof buf ? buf : jg_arena_alloc(p->arena, n + 1);
        if (!clean) {
            p->nomem = p->failed = true;
            return NULL;
        }
        size_t k = 0;
        for (size_t i = 0; i < n - (is_imag ? 1 : 0); i++)
            if (s[i] != '_')
                clean[k++] = s[i];
        clean[k] = '\0';
        e->u.constant.kind = is_imag ? JG_CONST_IMAG : JG_CONST_FLOAT;
        e->u.constant.f = strtod(clean, NULL);
        e->u.constant.text = jg_arena_strndup(p->arena, s, n);
        e->u.constant.len = n;
        if (!e->u.constant.text) {
            p->nomem = p->failed = true;
            return NULL;
        }
        return e;
    }
    size_t len;
    char *dec = jg_lex_int_to_decimal(p->arena, s, n, &len);
    if (!dec) {
        p->nomem = p->failed = true;
        return NULL;
    }
    bool is_decimal = !(n > 1 && s[0] == '0' && strchr("xXoObB", s[1]));
    if (is_decimal) {
        size_t digits = 0;
        for (size_t i = 0; i < n; i++)
            if (s[i] != '_')
                digits++;
        if (digits > JG_MAX_INT_DIGITS)
            return error_at(p, NULL, t->line, 0,
                            "Exceeds the limit (%d digits) for integer string conversion: value "
                            "has %zu digits; use sys.set_int_max_str_digits() to increase the "
                            "limit - Consider hexadecimal for huge integer literals to avoid "
                            "decimal conversion limits.",
                            JG_MAX_INT_DIGITS, digits);
    }
    e->u.constant.kind = JG_CONST_INT;
    e->u.constant.text = dec;
    e->u.constant.len = len;
    return e;
}

/* ---------------------------------------------------------------- atoms */

/* Tokens that can begin an expression (star_expression): used where an
 * expression is optional, so that pegen's backtracking is not needed. */
static bool starts_expression(jg_tok_kind k)
{
    switch (k) {
        case JG_TK_NAME:
        case JG_TK_NUMBER:
        case JG_TK_STRING:
        case JG_TK_LPAR:
        case JG_TK_LSQB:
        case JG_TK_LBRACE:
        case JG_TK_MINUS:
        case JG_TK_PLUS:
        case JG_TK_TILDE:
        case JG_TK_STAR:
        case JG_TK_ELLIPSIS:
        case JG_TK_KW_NOT:
        case JG_TK_KW_LAMBDA:
        case JG_TK_KW_NONE:
        case JG_TK_KW_TRUE:
        case JG_TK_KW_FALSE:
        case JG_TK_KW_AWAIT: return true;
        default: return false;
    }
}

static jg_expr *make_name(parser *p, int start, jg_ctx ctx)
{
    jg_token *t = advance(p);
    jg_expr *e = new_expr(p, JG_E_NAME, start);
    if (!e)
        return NULL;
    e->u.name.id = tok_str(p, t);
    e->ctx = ctx;
    return e;
}

static jg_expr *constant(parser *p, jg_const_kind kind)
{
    int start = p->pos;
    advance(p);
    jg_expr *e = new_expr(p, JG_E_CONSTANT, start);
    if (e)
        e->u.constant.kind = kind;
    return e;
}

static bool for_if_clauses(parser *p, jg_comp_list *out);

static jg_expr *comprehension(parser *p, jg_expr_kind kind, int start, jg_expr *elt, jg_expr *key,
                              jg_tok_kind close)
{
    jg_comp_list gens;
    if (!for_if_clauses(p, &gens))
        return NULL;
    if (!expect(p, close))
        return NULL;
    jg_expr *e = new_expr(p, kind, start);
    if (!e)
        return NULL;
    e->u.comp.key = key;
    e->u.comp.elt = elt;
    e->u.comp.generators = gens;
    return e;
}

static bool at_comp_for(parser *p)
{
    return at(p, JG_TK_KW_FOR) || (at(p, JG_TK_KW_ASYNC) && kind_at(p, 1) == JG_TK_KW_FOR);
}

/* '[' a=star_named_expression ',' ... for_if_clauses: CPython asks for parentheses. */
static void *comprehension_target_error(parser *p, jg_expr *first)
{
    if (at_comp_for(p) && CAN_DIAGNOSE(p)) {
        mark m = begin_diag(p);
        jg_comp_list g;
        bool ok = for_if_clauses(p, &g);
        end_diag(p, m, false);
        if (p->failed)
            return NULL;
        if (ok)
            return error_expr(p, first,
                              "did you forget parentheses around the comprehension target?");
    }
    return fail(p);
}

/* In the second pass pegen's invalid_comprehension reads a display's
 * starred first element as '*' expression; an error found there stands. */
static bool starred_element_error(parser *p)
{
    if (!at(p, JG_TK_STAR) || !p->second_pass || !CAN_DIAGNOSE(p))
        return false;
    mark m = begin_diag(p);
    advance(p);
    p->lenient++;
    expression(p);
    p->lenient--;
    end_diag(p, m, false);
    return p->failed;
}

/* '(' ... ')': tuple, group, generator expression or parenthesized yield. */
static jg_expr *paren_atom(parser *p)
{
    int start = p->pos;
    advance(p);
    if (accept(p, JG_TK_RPAR)) {
        jg_expr *e = new_expr(p, JG_E_TUPLE, start);
        return e;
    }
    if (at(p, JG_TK_KW_YIELD)) {
        jg_expr *y = yield_expr(p);
        if (!y || !expect(p, JG_TK_RPAR))
            return NULL;
        return y;
    }
    if (at(p, JG_TK_DOUBLESTAR)) {
        if (!CAN_DIAGNOSE(p))
            return fail(p);
        jg_token *dstar = peek(p);
        mark m = begin_try(p);
        advance(p);
        bool ok = expression(p) && at(p, JG_TK_RPAR);
        end_try(p, m, false);
        if (ok)
            return error_tok(p, dstar, "cannot use double starred expression here");
        return fail(p);
    }
    if (at(p, JG_TK_STAR) && CAN_DIAGNOSE(p)) {
        /* invalid_group: '(' '*' expression ')' */
        jg_token *star = peek(p);
        mark m = begin_try(p);
        advance(p);
        bool ok = expression(p) != NULL && at(p, JG_TK_RPAR);
        end_try(p, m, false);
        if (p->hard)
            return NULL;
        if (ok)
            return error_tok(p, star, "cannot use starred expression here");
    }
    if (starred_element_error(p))
        return NULL;
    jg_expr *first = star_named_expression(p);
    if (!first)
        return NULL;
    if (at_comp_for(p)) {
        if (first->kind == JG_E_STARRED)
            return error_expr(p, first, "iterable unpacking cannot be used in comprehension");
        return comprehension(p, JG_E_GENEXP, start, first, NULL, JG_TK_RPAR);
    }
    if (at(p, JG_TK_COMMA)) {
        vec elts = {0};
        if (!vec_push(p, &elts, first))
            return NULL;
        while (accept(p, JG_TK_COMMA)) {
            if (at(p, JG_TK_RPAR))
                break;
            jg_expr *x = star_named_expression(p);
            if (!x || !vec_push(p, &elts, x))
                return NULL;
        }
        if (!expect(p, JG_TK_RPAR))
            return NULL;
        jg_expr *e = new_expr(p, JG_E_TUPLE, start);
        if (e)
            e->u.seq.elts = expr_list(&elts);
        return e;
    }
    if (at(p, JG_TK_RPAR)) {
        if (first->kind == JG_E_STARRED)
            return error_expr(p, first, "cannot use starred expression here");
        advance(p);
        return first;
    }
    return fail(p);
}

static jg_expr *list_atom(parser *p)
{
    int start = p->pos;
    advance(p);
    vec elts = {0};
    if (!accept(p, JG_TK_RSQB)) {
        if (starred_element_error(p))
            return NULL;
        jg_expr *first = star_named_expression(p);
        if (!first)
            return NULL;
        if (at_comp_for(p)) {
            if (first->kind == JG_E_STARRED)
                return error_expr(p, first, "iterable unpacking cannot be used in comprehension");
            return comprehension(p, JG_E_LISTCOMP, start, first, NULL, JG_TK_RSQB);
        }
        if (!vec_push(p, &elts, first))
            return NULL;
        while (accept(p, JG_TK_COMMA)) {
            if (at(p, JG_TK_RSQB))
                break;
            if (at_comp_for(p))
                return comprehension_target_error(p, first);
            jg_expr *x = star_named_expression(p);
            if (!x || !vec_push(p, &elts, x))
                return NULL;
        }
        if (at_comp_for(p) && elts.n > 1)
            return comprehension_target_error(p, first);
        if (!expect(p, JG_TK_RSQB))
            return NULL;
    }
    jg_expr *e = new_expr(p, JG_E_LIST, start);
    if (e)
        e->u.seq.elts = expr_list(&elts);
    return e;
}

/* One "key: value" or "**mapping" of a dict display; *key is NULL for "**". */
static bool dict_item(parser *p, jg_expr **key, jg_expr **value, bool after_comma)
{
    if (accept(p, JG_TK_DOUBLESTAR)) {
        *key = NULL;
        *value = bitwise_or(p);
        return *value != NULL;
    }
    *key = expression(p);
    if (!*key)
        return false;
    if (!at(p, JG_TK_COLON)) {
        if (after_comma) {
            /* invalid_kvpair: located at the key's last character. */
            jg_expr *k = *key;
            int col = char_col(p, k->end_line, k->end_col) - 1;
            error_at(p, NULL, k->end_line, col, "':' expected after dictionary key");
            return false;
        }
        fail(p);
        return false;
    }
    jg_token *colon = advance(p);
    if (at(p, JG_TK_RBRACE) || at(p, JG_TK_COMMA)) {
        error_tok(p, colon, "expression expected after dictionary key and ':'");
        return false;
    }
    if (at(p, JG_TK_STAR) && CAN_DIAGNOSE(p)) {
        jg_token *star = peek(p);
        mark m = begin_try(p);
        advance(p);
        bool ok = bitwise_or(p) != NULL;
        end_try(p, m, false);
        if (ok) {
            error_tok(p, star, "cannot use a starred expression in a dictionary value");
            return false;
        }
    }
    *value = expression(p);
    return *value != NULL;
}

static jg_expr *brace_atom(parser *p)
{
    int start = p->pos;
    advance(p);
    if (accept(p, JG_TK_RBRACE))
        return new_expr(p, JG_E_DICT, start);

    bool is_dict = at(p, JG_TK_DOUBLESTAR);
    jg_expr *first = NULL;
    if (!is_dict) {
        if (at(p, JG_TK_STAR) || (at(p, JG_TK_NAME) && kind_at(p, 1) == JG_TK_COLONEQUAL)) {
            if (starred_element_error(p))
                return NULL;
            first = star_named_expression(p);
        } else {
            int fstart = p->pos;
            first = expression(p);
            if (first) {
                p->ln_start = fstart;
                p->ln_end = p->pos;
                p->ln_node = first;
            }
            if (first && at(p, JG_TK_COLON))
                is_dict = true;
            else if (first && at(p, JG_TK_COLONEQUAL))
                return error_expr(p, first, "cannot use assignment expressions with %s",
                                  expr_name(first));
        }
        if (!first)
            return NULL;
    }

    if (is_dict) {
        vec keys = {0}, values = {0};
        jg_expr *k, *v;
        if (first) {
            k = first;
            jg_token *colon = advance(p);
            if (at(p, JG_TK_RBRACE) || at(p, JG_TK_COMMA))
                return error_tok(p, colon, "expression expected after dictionary key and ':'");
            if (at(p, JG_TK_STAR) && CAN_DIAGNOSE(p)) {
                jg_token *star = peek(p);
                mark m = begin_try(p);
                advance(p);
                bool ok = bitwise_or(p) != NULL;
                end_try(p, m, false);
                if (ok)
                    return error_tok(p, star,
                                     "cannot use a starred expression in a dictionary value");
            }
            v = expression(p);
            if (!v)
                return NULL;
            if (at_comp_for(p))
                return comprehension(p, JG_E_DICTCOMP, start, v, k, JG_TK_RBRACE);
        } else {
            jg_token *dstar = peek(p);
            if (!dict_item(p, &k, &v, false))
                return NULL;
            if (at_comp_for(p)) {
                if (!CAN_DIAGNOSE(p))
                    return fail(p);
                mark m = begin_try(p);
                jg_comp_list g;
                bool ok = for_if_clauses(p, &g) && at(p, JG_TK_RBRACE);
                end_try(p, m, false);
                if (ok)
                    return error_tok(p, dstar, "dict unpacking cannot be used in dict comprehension");
                return fail(p);
            }
        }
        if (!vec_push(p, &keys, k) || !vec_push(p, &values, v))
            return NULL;
        while (accept(p, JG_TK_COMMA)) {
            if (at(p, JG_TK_RBRACE))
                break;
            if (!dict_item(p, &k, &v, true))
                return NULL;
            if (!vec_push(p, &keys, k) || !vec_push(p, &values, v))
                return NULL;
        }
        if (!expect(p, JG_TK_RBRACE))
            return NULL;
        jg_expr *e = new_expr(p, JG_E_DICT, start);
        if (e) {
            e->u.dict.keys = expr_list(&keys);
            e->u.dict.values = expr_list(&values);
        }
        return e;
    }

    if (at_comp_for(p)) {
        if (first->kind == JG_E_STARRED)
            return error_expr(p, first, "iterable unpacking cannot be used in comprehension");
        return comprehension(p, JG_E_SETCOMP, start, first, NULL, JG_TK_RBRACE);
    }
    vec elts = {0};
    if (!vec_push(p, &elts, first))
        return NULL;
    while (accept(p, JG_TK_COMMA)) {
        if (at(p, JG_TK_RBRACE))
            break;
        if (at_comp_for(p))
            return comprehension_target_error(p, first);
        jg_expr *x = star_named_expression(p);
        if (!x || !vec_push(p, &elts, x))
            return NULL;
    }
    if (at_comp_for(p) && elts.n > 1)
        return comprehension_target_error(p, first);
    if (!expect(p, JG_TK_RBRACE))
        return NULL;
    jg_expr *e = new_expr(p, JG_E_SET, start);
    if (e)
        e->u.seq.elts = expr_list(&elts);
    return e;
}

static jg_expr *atom(parser *p)
{
    if (p->failed)
        return NULL;
    int start = p->pos;
    switch (peek(p)->kind) {
        case JG_TK_NAME: return make_name(p, start, JG_CTX_LOAD);
        case JG_TK_KW_TRUE: return constant(p, JG_CONST_TRUE);
        case JG_TK_KW_FALSE: return constant(p, JG_CONST_FALSE);
        case JG_TK_KW_NONE: return constant(p, JG_CONST_NONE);
        case JG_TK_ELLIPSIS: return constant(p, JG_CONST_ELLIPSIS);
        case JG_TK_STRING: return strings(p);
        case JG_TK_NUMBER: return number(p);
        case JG_TK_LPAR: return paren_atom(p);
        case JG_TK_LSQB: return list_atom(p);
        case JG_TK_LBRACE: return brace_atom(p);
        default: return fail(p);
    }
}

/* ---------------------------------------------------------------- calls */

/* The arguments of a call whose '(' is at token 'lpar'; 'func' is the callee. */
static jg_expr *call_args(parser *p, int start, jg_expr *func)
{
    int lpar = p->pos;
    advance(p);
    vec args = {0};
    jg_keyword *kws = NULL;
    int n_kw = 0, cap_kw = 0;
    bool seen_kw = false, seen_dstar = false;
    bool positional_after_kw = false, after_unpacking = false;
    int first_arg = p->pos;

    while (!at(p, JG_TK_RPAR)) {
        if (p->failed)
            return NULL;
        jg_token *t = peek(p);
        int astart = p->pos;
        if (t->kind == JG_TK_STAR) {
            bool unpack_ok = !seen_dstar;
            if (unpack_ok && (args.n > 0 || n_kw > 0) && CAN_DIAGNOSE(p)) {
                /* `args ',' '*'`: a '*' that cannot start an unpacking ends the args */
                mark m = begin_try(p);
                advance(p);
                p->lenient++;
                unpack_ok = expression(p) != NULL;
                p->lenient--;
                end_try(p, m, false);
                if (p->hard)
                    return NULL;
            }
            if (!unpack_ok && (args.n > 0 || n_kw > 0))
                return error_tok(p, &p->tk[first_arg],
                                 "iterable argument unpacking follows keyword argument unpacking");
            advance(p);
            jg_expr *v = expression(p);
            if (!v)
                return NULL;
            jg_expr *s = new_expr(p, JG_E_STARRED, astart);
            if (!s)
                return NULL;
            s->u.starred.value = v;
            if (!vec_push(p, &args, s))
                return NULL;
        } else if (t->kind == JG_TK_DOUBLESTAR) {
            advance(p);
            jg_expr *v = expression(p);
            if (!v || !grow(p, (void **)&kws, &cap_kw, n_kw, sizeof *kws))
                return NULL;
            jg_keyword *k = &kws[n_kw++];
            memset(k, 0, sizeof *k);
            k->value = v;
            jg_token *b = last_real(p);
            k->line = t->line;
            k->col = t->col;
            k->end_line = b->end_line;
            k->end_col = b->end_col;
            seen_dstar = true;
        } else if ((t->kind == JG_TK_NAME || t->kind == JG_TK_KW_TRUE ||
                    t->kind == JG_TK_KW_FALSE || t->kind == JG_TK_KW_NONE) &&
                   kind_at(p, 1) == JG_TK_EQUAL) {
            if (t->kind != JG_TK_NAME)
                return error_tok(p, t, "cannot assign to %.*s", (int)t->len, t->start);
            advance(p);
            advance(p);
            jg_expr *v = expression(p);
            if (!v)
                return NULL;
            if (at_comp_for(p) && CAN_DIAGNOSE(p)) {
                mark m = begin_diag(p);
                jg_comp_list g;
                bool ok = for_if_clauses(p, &g);
                end_diag(p, m, false);
                if (p->failed)
                    return NULL;
                if (ok)
                    return error_tok(p, t,
                                     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            if (!grow(p, (void **)&kws, &cap_kw, n_kw, sizeof *kws))
                return NULL;
            jg_keyword *k = &kws[n_kw++];
            memset(k, 0, sizeof *k);
            k->arg = tok_str(p, t);
            k->value = v;
            jg_token *b = last_real(p);
            k->line = t->line;
            k->col = t->col;
            k->end_line = b->end_line;
            k->end_col = b->end_col;
            seen_kw = true;
        } else {
            jg_expr *v = named_expression_as(p, false);
            if (!v)
                return NULL;
            if (at_comp_for(p)) {
                /* f(x for x in y): the call's parentheses are the generator's. */
                bool alone = args.n == 0 && n_kw == 0;
                if (alone) {
                    jg_comp_list gens;
                    if (!for_if_clauses(p, &gens))
                        return NULL;
                    if (at(p, JG_TK_RPAR)) {
                        advance(p);
                        jg_expr *g = new_expr(p, JG_E_GENEXP, lpar);
                        jg_expr *c = new_expr(p, JG_E_CALL, start);
                        if (!g || !c)
                            return NULL;
                        g->u.comp.elt = v;
                        g->u.comp.generators = gens;
                        c->u.call.func = func;
                        if (!vec_push(p, &args, g))
                            return NULL;
                        c->u.call.args = expr_list(&args);
                        return c;
                    }
                    if (!at(p, JG_TK_COMMA))
                        return fail(p);
                    return error_expr(p, v, "Generator expression must be parenthesized");
                }
                if (!CAN_DIAGNOSE(p))
                    return fail(p);
                mark m = begin_diag(p);
                jg_comp_list g;
                bool ok = for_if_clauses(p, &g);
                end_diag(p, m, false);
                if (p->failed)
                    return NULL;
                if (ok)
                    return error_expr(p, v, "Generator expression must be parenthesized");
                return fail(p);
            }
            if (at(p, JG_TK_EQUAL) && v->kind != JG_E_NAME) {
                return error_expr(p, v,
                                  "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            if ((seen_kw || seen_dstar) && !positional_after_kw) {
                positional_after_kw = true;
                after_unpacking = seen_dstar;
            }
            if (!vec_push(p, &args, v))
                return NULL;
        }
        if (!accept(p, JG_TK_COMMA))
            break;
    }
    if (p->failed)
        return NULL;
    if (positional_after_kw) /* `args ',' args`, whatever follows */
        return error_last(p, after_unpacking
                                 ? "positional argument follows keyword argument unpacking"
                                 : "positional argument follows keyword argument");
    if (!expect(p, JG_TK_RPAR))
        return NULL;
    jg_expr *c = new_expr(p, JG_E_CALL, start);
    if (!c)
        return NULL;
    c->u.call.func = func;
    c->u.call.args = expr_list(&args);
    c->u.call.keywords.n = n_kw;
    c->u.call.keywords.items = kws;
    return c;
}

/* ---------------------------------------------------------------- subscripts */

static jg_expr *slice_item(parser *p)
{
    int start = p->pos;
    if (at(p, JG_TK_STAR)) {
        advance(p);
        jg_expr *v = expression(p);
        if (!v)
            return NULL;
        jg_expr *s = new_expr(p, JG_E_STARRED, start);
        if (s)
            s->u.starred.value = v;
        return s;
    }
    if (at(p, JG_TK_NAME) && kind_at(p, 1) == JG_TK_COLONEQUAL)
        return named_expression(p);
    jg_expr *lower = NULL, *upper = NULL, *step = NULL;
    if (!at(p, JG_TK_COLON)) {
        lower = expression(p);
        if (!lower)
            return NULL;
        if (!at(p, JG_TK_COLON)) {
            /* the element is a named_expression: its '=' and ':=' hints */
            p->ln_start = start;
            p->ln_end = p->pos;
            p->ln_node = lower;
            if (at(p, JG_TK_COLONEQUAL) && CAN_DIAGNOSE(p)) {
                mark m = begin_try(p);
                advance(p);
                bool ok = expression(p) != NULL;
                end_try(p, m, false);
                if (ok)
                    return error_expr(p, lower, "cannot use assignment expressions with %s",
                                      expr_name(lower));
            }
            return lower;
        }
    }
    advance(p);
    if (!at(p, JG_TK_COLON) && !at(p, JG_TK_COMMA) && !at(p, JG_TK_RSQB)) {
        upper = expression(p);
        if (!upper)
            return NULL;
    }
    if (accept(p, JG_TK_COLON)) {
        if (!at(p, JG_TK_COMMA) && !at(p, JG_TK_RSQB)) {
            step = expression(p);
            if (!step)
                return NULL;
        }
    }
    jg_expr *s = new_expr(p, JG_E_SLICE, start);
    if (s) {
        s->u.slice.lower = lower;
        s->u.slice.upper = upper;
        s->u.slice.step = step;
    }
    return s;
}

static jg_expr *slices(parser *p)
{
    int start = p->pos;
    jg_expr *first = slice_item(p);
    if (!first)
        return NULL;
    if (!at(p, JG_TK_COMMA) && first->kind != JG_E_STARRED)
        return first;
    vec elts = {0};
    if (!vec_push(p, &elts, first))
        return NULL;
    while (accept(p, JG_TK_COMMA)) {
        if (at(p, JG_TK_RSQB))
            break;
        jg_expr *x = slice_item(p);
        if (!x || !vec_push(p, &elts, x))
            return NULL;
    }
    jg_expr *t = new_expr(p, JG_E_TUPLE, start);
    if (t)
        t->u.seq.elts = expr_list(&elts);
    return t;
}

/* ---------------------------------------------------------------- primary */

static jg_expr *primary(parser *p)
{
    int start = p->pos;
    jg_expr *e = atom(p);
    while (e) {
        jg_tok_kind k = peek(p)->kind;
        if (p->lenient && (k == JG_TK_DOT || k == JG_TK_LPAR || k == JG_TK_LSQB)) {
            /* PEG: a trailer that does not parse is not part of the primary */
            mark m = begin_diag(p);
            jg_expr *x = NULL;
            if (k == JG_TK_DOT) {
                advance(p);
                if (at(p, JG_TK_NAME)) {
                    jg_token *name = advance(p);
                    x = new_expr(p, JG_E_ATTRIBUTE, start);
                    if (x) {
                        x->u.attribute.value = e;
                        x->u.attribute.attr = tok_str(p, name);
                    }
                } else {
                    fail(p);
                }
            } else if (k == JG_TK_LPAR) {
                x = call_args(p, start, e);
            } else {
                advance(p);
                jg_expr *sl = slices(p);
                if (sl && expect(p, JG_TK_RSQB)) {
                    x = new_expr(p, JG_E_SUBSCRIPT, start);
                    if (x) {
                        x->u.subscript.value = e;
                        x->u.subscript.slice = sl;
                    }
                }
            }
            if (!end_diag(p, m, x != NULL))
                return p->failed ? NULL : e;
            e = x;
            continue;
        }
        if (k == JG_TK_DOT) {
            advance(p);
            if (!at(p, JG_TK_NAME))
                return fail(p);
            jg_token *name = advance(p);
            jg_expr *a = new_expr(p, JG_E_ATTRIBUTE, start);
            if (!a)
                return NULL;
            a->u.attribute.value = e;
            a->u.attribute.attr = tok_str(p, name);
            e = a;
        } else if (k == JG_TK_LPAR) {
            e = call_args(p, start, e);
        } else if (k == JG_TK_LSQB) {
            advance(p);
            jg_expr *sl = slices(p);
            if (!sl || !expect(p, JG_TK_RSQB))
                return NULL;
            jg_expr *s = new_expr(p, JG_E_SUBSCRIPT, start);
            if (!s)
                return NULL;
            s->u.subscript.value = e;
            s->u.subscript.slice = sl;
            e = s;
        } else {
            break;
        }
    }
    return e;
}

/* ---------------------------------------------------------------- operators */

static jg_expr *factor(parser *p);

/* power: await_primary ['**' factor]; `await` is refused and read through. */
static jg_expr *power(parser *p)
{
    int start = p->pos;
    if (at(p, JG_TK_KW_AWAIT)) {
        refuse(p, peek(p), "await");
        advance(p);
    }
    jg_expr *e = primary(p);
    if (!e || !at(p, JG_TK_DOUBLESTAR))
        return e;
    if (!enter(p))
        return NULL;
    jg_expr *r;
    if (p->lenient) {
        mark m = begin_diag(p);
        advance(p);
        r = factor(p);
        bool ok = end_diag(p, m, r != NULL);
        if (!ok) {
            leave(p);
            return p->failed ? NULL : e;
        }
    } else {
        advance(p);
        r = factor(p);
    }
    leave(p);
    if (!r)
        return NULL;
    jg_expr *b = new_expr(p, JG_E_BINOP, start);
    if (!b)
        return NULL;
    b->u.binop.left = e;
    b->u.binop.op = JG_OP_POW;
    b->u.binop.right = r;
    return b;
}

/* factor: ('+' | '-' | '~')* power, read as a loop. */
static jg_expr *factor(parser *p)
{
    int n = 0, cap = 0;
    int *starts = NULL;
    jg_unaryop *ops = NULL;
    int cap2 = 0;
    for (;;) {
        jg_tok_kind k = peek(p)->kind;
        jg_unaryop op;
        if (k == JG_TK_PLUS)
            op = JG_UOP_UADD;
        else if (k == JG_TK_MINUS)
            op = JG_UOP_USUB;
        else if (k == JG_TK_TILDE)
            op = JG_UOP_INVERT;
        else
            break;
        if (!grow(p, (void **)&starts, &cap, n, sizeof *starts) ||
            !grow(p, (void **)&ops, &cap2, n, sizeof *ops))
            return NULL;
        starts[n] = p->pos;
        ops[n++] = op;
        advance(p);
    }
    jg_expr *e = power(p);
    for (int i = n - 1; i >= 0 && e; i--) {
        jg_expr *u = new_expr(p, JG_E_UNARYOP, starts[i]);
        if (!u)
            return NULL;
        u->u.unaryop.op = ops[i];
        u->u.unaryop.operand = e;
        e = u;
    }
    return e;
}

/* Binding power of a binary operator token (0: not one). */
static int binop_prec(jg_tok_kind k, jg_operator *op)
{
    switch (k) {
        case JG_TK_VBAR: *op = JG_OP_BITOR; return 1;
        case JG_TK_CIRCUMFLEX: *op = JG_OP_BITXOR; return 2;
        case JG_TK_AMPER: *op = JG_OP_BITAND; return 3;
        case JG_TK_LEFTSHIFT: *op = JG_OP_LSHIFT; return 4;
        case JG_TK_RIGHTSHIFT: *op = JG_OP_RSHIFT; return 4;
        case JG_TK_PLUS: *op = JG_OP_ADD; return 5;
        case JG_TK_MINUS: *op = JG_OP_SUB; return 5;
        case JG_TK_STAR: *op = JG_OP_MULT; return 6;
        case JG_TK_SLASH: *op = JG_OP_DIV; return 6;
        case JG_TK_DOUBLESLASH: *op = JG_OP_FLOORDIV; return 6;
        case JG_TK_PERCENT: *op = JG_OP_MOD; return 6;
        case JG_TK_AT: *op = JG_OP_MATMULT; return 6;
        default: return 0;
    }
}

/* bitwise_or down to term, by precedence climbing: left-associative chains
 * are loops, and recursion goes one level per precedence step. */
static jg_expr *binary(parser *p, int min_prec)
{
    int start = p->pos;
    jg_expr *left = factor(p);
    while (left) {
        jg_operator op;
        int prec = binop_prec(peek(p)->kind, &op);
        if (prec == 0 || prec < min_prec)
            break;
        jg_expr *right;
        if (p->lenient) {
            mark m = begin_diag(p);
            advance(p);
            right = binary(p, prec + 1);
            if (!end_diag(p, m, right != NULL)) {
                if (p->failed)
                    return NULL;
                break;
            }
        } else {
            advance(p);
            right = binary(p, prec + 1);
        }
        if (!right)
            return NULL;
        jg_expr *b = new_expr(p, JG_E_BINOP, start);
        if (!b)
            return NULL;
        b->u.binop.left = left;
        b->u.binop.op = op;
        b->u.binop.right = right;
        left = b;
    }
    return left;
}

static jg_expr *bitwise_or(parser *p)
{
    return binary(p, 1);
}

static jg_expr *comparison(parser *p)
{
    int start = p->pos;
    jg_expr *left = bitwise_or(p);
    if (!left)
        return NULL;
    int n = 0, cap = 0, cap2 = 0;
    jg_cmpop *ops = NULL;
    jg_expr **rights = NULL;
    for (;;) {
        jg_tok_kind k = peek(p)->kind;
        jg_cmpop op;
        int width = 1;
        switch (k) {
            case JG_TK_EQEQUAL: op = JG_CMP_EQ; break;
            case JG_TK_NOTEQUAL:
                if (peek(p)->len != 2 || peek(p)->start[0] != '!')
                    goto done; /* "<>" */
                op = JG_CMP_NOTEQ;
                break;
            case JG_TK_LESS: op = JG_CMP_LT; break;
            case JG_TK_LESSEQUAL: op = JG_CMP_LTE; break;
            case JG_TK_GREATER: op = JG_CMP_GT; break;
            case JG_TK_GREATEREQUAL: op = JG_CMP_GTE; break;
            case JG_TK_KW_IN: op = JG_CMP_IN; break;
            case JG_TK_KW_NOT:
                if (kind_at(p, 1) != JG_TK_KW_IN)
                    goto done;
                op = JG_CMP_NOTIN;
                width = 2;
                break;
            case JG_TK_KW_IS:
                if (kind_at(p, 1) == JG_TK_KW_NOT) {
                    op = JG_CMP_ISNOT;
                    width = 2;
                } else {
                    op = JG_CMP_IS;
                }
                break;
            default: goto done;
        }
        jg_expr *r;
        if (p->lenient) {
            mark m = begin_diag(p);
            while (width--)
                advance(p);
            r = bitwise_or(p);
            if (!end_diag(p, m, r != NULL)) {
                if (p->failed)
                    return NULL;
                goto done;
            }
        } else {
            while (width--)
                advance(p);
            r = bitwise_or(p);
        }
        if (!r || !grow(p, (void **)&ops, &cap, n, sizeof *ops) ||
            !grow(p, (void **)&rights, &cap2, n, sizeof *rights))
            return NULL;
        ops[n] = op;
        rights[n++] = r;
    }
done:
    if (p->failed)
        return NULL;
    if (n == 0)
        return left;
    jg_expr *c = new_expr(p, JG_E_COMPARE, start);
    if (!c)
        return NULL;
    c->u.compare.left = left;
    c->u.compare.ops = ops;
    c->u.compare.comparators.n = n;
    c->u.compare.comparators.items = rights;
    return c;
}

/* inversion: 'not'* comparison, read as a loop. */
static jg_expr *inversion(parser *p)
{
    int n = 0, cap = 0;
    int *starts = NULL;
    while (at(p, JG_TK_KW_NOT)) {
        if (!grow(p, (void **)&starts, &cap, n, sizeof *starts))
            return NULL;
        starts[n++] = p->pos;
        advance(p);
    }
    jg_expr *e = comparison(p);
    for (int i = n - 1; i >= 0 && e; i--) {
        jg_expr *u = new_expr(p, JG_E_UNARYOP, starts[i]);
        if (!u)
            return NULL;
        u->u.unaryop.op = JG_UOP_NOT;
        u->u.unaryop.operand = e;
        e = u;
    }
    return e;
}

static jg_expr *boolop(parser *p, jg_tok_kind kw, jg_boolop op, jg_expr *(*operand)(parser *))
{
    int start = p->pos;
    jg_expr *first = operand(p);
    if (!first || !at(p, kw))
        return first;
    vec values = {0};
    if (!vec_push(p, &values, first))
        return NULL;
    while (at(p, kw)) {
        jg_expr *x;
        if (p->lenient) {
            /* PEG: an operator without its operand is not part of the expression */
            mark m = begin_diag(p);
            advance(p);
            x = operand(p);
            if (!end_diag(p, m, x != NULL)) {
                if (p->failed)
                    return NULL;
                break;
            }
        } else {
            advance(p);
            x = operand(p);
        }
        if (!x || !vec_push(p, &values, x))
            return NULL;
    }
    if (values.n == 1)
        return first;
    jg_expr *b = new_expr(p, JG_E_BOOLOP, start);
    if (b) {
        b->u.boolop.op = op;
        b->u.boolop.values = expr_list(&values);
    }
    return b;
}

static jg_expr *conjunction(parser *p)
{
    return boolop(p, JG_TK_KW_AND, JG_BOOL_AND, inversion);
}

static jg_expr *disjunction(parser *p)
{
    return boolop(p, JG_TK_KW_OR, JG_BOOL_OR, conjunction);
}

/* ---------------------------------------------------------------- parameters */

typedef struct {
    jg_arg *items;
    int n, cap;
} argvec;

static jg_arg *push_arg(parser *p, argvec *v)
{
    if (!grow(p, (void **)&v->items, &v->cap, v->n, sizeof(jg_arg)))
        return NULL;
    jg_arg *a = &v->items[v->n++];
    memset(a, 0, sizeof *a);
    return a;
}

/* param: NAME [':' annotation]; 'star_annotation' allows `*args: *Ts`. */
static bool param(parser *p, jg_arg *a, bool annotations, bool star_annotation)
{
    if (!at(p, JG_TK_NAME)) {
        fail(p);
        return false;
    }
    jg_token *t = advance(p);
    a->name = tok_str(p, t);
    a->line = t->line;
    a->col = t->col;
    if (annotations && accept(p, JG_TK_COLON)) {
        a->annotation = star_annotation ? star_expression(p) : expression(p);
        if (!a->annotation)
            return false;
    }
    jg_token *b = last_real(p);
    a->end_line = b->end_line;
    a->end_col = b->end_col;
    return !p->failed;
}

static jg_arg *arena_arg(parser *p, const jg_arg *src)
{
    jg_arg *a = alloc(p, sizeof *a);
    if (a)
        *a = *src;
    return a;
}

/* The parameter list of a def (up to ')') or a lambda (up to ':'). */
static jg_arguments *parameters(parser *p, bool is_lambda)
{
    jg_tok_kind term = is_lambda ? JG_TK_COLON : JG_TK_RPAR;
    jg_arguments *args = alloc(p, sizeof *args);
    if (!args)
        return NULL;
    argvec pos = {0}, kwonly = {0};
    vec defaults = {0}, kw_defaults = {0};
    int n_posonly = 0;
    bool seen_default = false, seen_slash = false, seen_star = false;

    while (!p->failed && !at(p, term)) {
        jg_token *t = peek(p);
        if (t->kind == JG_TK_SLASH) {
            if (seen_star)
                return error_tok(p, t, "/ must be ahead of *");
            if (seen_slash)
                return error_tok(p, t, "/ may appear only once");
            if (pos.n == 0) {
                if (kind_at(p, 1) == JG_TK_COMMA)
                    return error_tok(p, t, "at least one argument must precede /");
                return fail(p);
            }
            advance(p);
            seen_slash = true;
            n_posonly = pos.n;
        } else if (t->kind == JG_TK_STAR) {
            if (seen_star) {
                jg_tok_kind k1 = kind_at(p, 1);
                if (k1 == JG_TK_NAME || k1 == JG_TK_COMMA)
                    return error_tok(p, t, "* argument may appear only once");
                return fail(p);
            }
            advance(p);
            seen_star = true;
            if (at(p, JG_TK_COMMA) || at(p, term)) {
                if (at(p, term) || kind_at(p, 1) == term || kind_at(p, 1) == JG_TK_DOUBLESTAR) {
                    if (is_lambda) {
                        if (at(p, JG_TK_COMMA))
                            peek_at(p, 1);
                        return error_last(p, "named arguments must follow bare *");
                    }
                    return error_tok(p, t, "named arguments must follow bare *");
                }
            } else {
                jg_arg a;
                memset(&a, 0, sizeof a);
                if (!param(p, &a, !is_lambda, true))
                    return NULL;
                if (at(p, JG_TK_EQUAL))
                    return error_tok(p, peek(p), "var-positional argument cannot have default value");
                args->vararg = arena_arg(p, &a);
            }
        } else if (t->kind == JG_TK_DOUBLESTAR) {
            advance(p);
            jg_arg a;
            memset(&a, 0, sizeof a);
            if (!param(p, &a, !is_lambda, false))
                return NULL;
            if (at(p, JG_TK_EQUAL))
                return error_tok(p, peek(p), "var-keyword argument cannot have default value");
            args->kwarg = arena_arg(p, &a);
            if (accept(p, JG_TK_COMMA) && !at(p, term)) {
                jg_token *next = peek(p);
                if (next->kind == JG_TK_NAME || next->kind == JG_TK_STAR ||
                    next->kind == JG_TK_DOUBLESTAR || next->kind == JG_TK_SLASH)
                    return error_tok(p, next, "arguments cannot follow var-keyword argument");
                return fail(p);
            }
            break;
        } else if (t->kind == JG_TK_NAME) {
            jg_arg a;
            memset(&a, 0, sizeof a);
            if (!param(p, &a, !is_lambda, false))
                return NULL;
            jg_expr *d = NULL;
            if (at(p, JG_TK_EQUAL)) {
                jg_token *eq = advance(p);
                if (at(p, JG_TK_COMMA) || at(p, term))
                    return error_tok(p, eq, "expected default value expression");
                d = expression(p);
                if (!d)
                    return NULL;
            }
            if (!at(p, JG_TK_COMMA) && !at(p, term))
                return fail(p);
            if (seen_star) {
                jg_arg *slot = push_arg(p, &kwonly);
                if (!slot || !vec_push(p, &kw_defaults, d))
                    return NULL;
                *slot = a;
            } else {
                if (!d && seen_default)
                    return error_tok(p, t, "non-default argument follows default argument");
                jg_arg *slot = push_arg(p, &pos);
                if (!slot)
                    return NULL;
                *slot = a;
                if (d) {
                    seen_default = true;
                    if (!vec_push(p, &defaults, d))
                        return NULL;
                }
            }
        } else if (t->kind == JG_TK_LPAR) {
            /* `def f((a, b))`: CPython names the mistake, when only plain
             * parameters come before it (param_no_default* '(' ...). */
            if (seen_default || seen_star || seen_slash)
                return fail(p);
            mark m = begin_try(p);
            advance(p);
            bool ok = at(p, JG_TK_NAME);
            while (ok && accept(p, JG_TK_NAME))
                if (!accept(p, JG_TK_COMMA))
                    break;
            ok = ok && at(p, JG_TK_RPAR);
            end_try(p, m, false);
            if (ok)
                return error_tok(p, t, is_lambda
                                           ? "Lambda expression parameters cannot be parenthesized"
                                           : "Function parameters cannot be parenthesized");
            return fail(p);
        } else {
            return fail(p);
        }
        if (!at(p, JG_TK_COMMA))
            break;
        advance(p);
    }
    if (p->failed)
        return NULL;
    args->posonlyargs.n = n_posonly;
    args->posonlyargs.items = pos.items;
    args->args.n = pos.n - n_posonly;
    args->args.items = pos.items ? pos.items + n_posonly : NULL;
    args->kwonlyargs.n = kwonly.n;
    args->kwonlyargs.items = kwonly.items;
    args->defaults = expr_list(&defaults);
    args->kw_defaults = expr_list(&kw_defaults);
    return args;
}

/* ---------------------------------------------------------------- expressions */

static jg_expr *lambdef(parser *p)
{
    int start = p->pos;
    advance(p);
    jg_arguments *args = parameters(p, true);
    if (!args || !expect(p, JG_TK_COLON))
        return NULL;
    jg_expr *body = expression(p);
    if (!body)
        return NULL;
    jg_expr *e = new_expr(p, JG_E_LAMBDA, start);
    if (e) {
        e->u.lambda.args = args;
        e->u.lambda.body = body;
    }
    return e;
}

static jg_expr *expression(parser *p)
{
    spend(p);
    if (p->failed || !enter(p))
        return NULL;
    int start = p->pos;
    jg_expr *r = NULL;
    if (at(p, JG_TK_KW_LAMBDA)) {
        r = lambdef(p);
    } else {
        if ((p->second_pass || p->pass2) && !p->speculating && !*p->diag_off &&
            at(p, JG_TK_NAME) && kind_at(p, 1) != JG_TK_LPAR &&
            (is_name_text(peek(p), "print") || is_name_text(peek(p), "exec")) &&
            starts_expression(kind_at(p, 1)) && p->in_legacy < 3) {
            /* invalid_legacy_expression: print/exec NAME !'(' star_expressions */
            jg_token *a = peek(p);
            mark m = begin_diag(p);
            p->in_legacy++;
            advance(p);
            p->lenient++;
            bool ok = star_expressions(p) != NULL;
            p->lenient--;
            p->in_legacy--;
            end_diag(p, m, false);
            if (!p->failed && ok)
                error_tok(p, a, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                          (int)a->len, a->start, (int)a->len, a->start);
            if (p->failed) {
                leave(p);
                return NULL;
            }
        }
        jg_expr *body = disjunction(p);
        if (body) {
            p->ld_start = start;
            p->ld_end = p->pos;
            p->ld_node = body;
            /* a second-pass read tries invalid_expression at every expression */
            if ((p->pass2 || p->second_pass) && !p->speculating &&
                starts_expression(peek(p)->kind) && juxtaposed(p, start, body, p->pos)) {
                leave(p);
                return NULL;
            }
        }
        if (body && at(p, JG_TK_KW_IF) && p->lenient) {
            /* PEG: when the conditional does not complete, the disjunction alone is the expression */
            mark m = begin_diag(p);
            advance(p);
            jg_expr *test = disjunction(p);
            jg_expr *orelse = NULL;
            if (test && accept(p, JG_TK_KW_ELSE))
                orelse = expression(p);
            else if (test && !at(p, JG_TK_COLON) && !p->failed && !p->speculating)
                error_at(p, NULL, p->tk[start].line, tok_char_col(p, &p->tk[start]),
                         "expected 'else' after 'if' expression");
            bool ok = end_diag(p, m, orelse != NULL) && orelse;
            if (ok) {
                r = new_expr(p, JG_E_IFEXP, start);
                if (r) {
                    r->u.ifexp.test = test;
                    r->u.ifexp.body = body;
                    r->u.ifexp.orelse = orelse;
                }
            } else if (!p->failed) {
                r = body;
            }
        } else if (body && at(p, JG_TK_KW_IF)) {
            advance(p);
            int test_start = p->pos;
            jg_expr *test;
            if (!CAN_DIAGNOSE(p)) {
                test = disjunction(p);
            } else {
                mark m = begin_try(p);
                test = disjunction(p);
                end_try(p, m, test != NULL);
            }
            if (!test && !p->hard && !p->nomem && CAN_DIAGNOSE(p)) {
                mark m;
                /* invalid_expression: a disjunction 'if' disjunction without
                 * 'else' after it, the second stopping where PEG would */
                m = begin_try(p);
                p->lenient++;
                jg_expr *part = disjunction(p);
                p->lenient--;
                bool no_else = part && !at(p, JG_TK_KW_ELSE) && !at(p, JG_TK_COLON);
                end_try(p, m, false);
                if (no_else && !p->hard)
                    error_at(p, NULL, p->tk[start].line, tok_char_col(p, &p->tk[start]),
                             "expected 'else' after 'if' expression");
                p->pos = test_start;
                if (!p->failed)
                    test = disjunction(p);
            }
            if (test && !at(p, JG_TK_KW_ELSE)) {
                if (!at(p, JG_TK_COLON))
                    error_at(p, NULL, p->tk[start].line, tok_char_col(p, &p->tk[start]),
                             "expected 'else' after 'if' expression");
                else
                    fail(p);
            } else if (test) {
                advance(p);
                jg_expr *orelse = expression(p);
                if (orelse) {
                    r = new_expr(p, JG_E_IFEXP, start);
                    if (r) {
                        r->u.ifexp.test = test;
                        r->u.ifexp.body = body;
                        r->u.ifexp.orelse = orelse;
                    }
                }
            }
        } else {
            r = body;
        }
    }
    leave(p);
    return p->failed ? NULL : r;
}

/* named_expression: NAME ':=' expression | expression */
static jg_expr *named_expression(parser *p)
{
    return named_expression_as(p, true);
}

/* NAME ':=' expression | expression; 'hint' enables pegen's
 * invalid_named_expression messages (off where the grammar has
 * `assignment_expression | expression !':='`, as in call arguments). */
static jg_expr *named_expression_as(parser *p, bool hint)
{
    int start = p->pos;
    if (at(p, JG_TK_NAME) && kind_at(p, 1) == JG_TK_COLONEQUAL) {
        jg_expr *target = make_name(p, start, JG_CTX_STORE);
        advance(p);
        jg_expr *value = expression(p);
        if (!target || !value)
            return NULL;
        jg_expr *e = new_expr(p, JG_E_NAMEDEXPR, start);
        if (e) {
            e->u.namedexpr.target = target;
            e->u.namedexpr.value = value;
        }
        return e;
    }
    jg_expr *e = expression(p);
    if (e && hint) {
        p->ln_start = start;
        p->ln_end = p->pos;
        p->ln_node = e;
        /* the second pass tries invalid_named_expression at every named_expression */
        if ((p->second_pass || p->pass2) && !p->speculating && at(p, JG_TK_EQUAL) &&
            maybe_meant_eq(p, e, start))
            return NULL;
    }
    if (e && hint && at(p, JG_TK_COLONEQUAL) && CAN_DIAGNOSE(p)) {
        mark m = begin_try(p);
        advance(p);
        bool ok = expression(p) != NULL;
        end_try(p, m, false);
        if (ok)
            return error_expr(p, e, "cannot use assignment expressions with %s", expr_name(e));
    }
    return e;
}

static jg_expr *starred(parser *p)
{
    int start = p->pos;
    advance(p);
    jg_expr *v = bitwise_or(p);
    if (!v)
        return NULL;
    jg_expr *s = new_expr(p, JG_E_STARRED, start);
    if (s)
        s->u.starred.value = v;
    return s;
}

static jg_expr *star_named_expression(parser *p)
{
    if (at(p, JG_TK_STAR))
        return starred(p);
    return named_expression(p);
}

static jg_expr *star_expression(parser *p)
{
    if (at(p, JG_TK_STAR))
        return starred(p);
    return expression(p);
}

/* star_expressions: a tuple when there is a comma, else the expression. */
static jg_expr *star_expressions(parser *p)
{
    int start = p->pos;
    jg_expr *first = star_expression(p);
    if (!first || !at(p, JG_TK_COMMA))
        return first;
    vec elts = {0};
    if (!vec_push(p, &elts, first))
        return NULL;
    while (accept(p, JG_TK_COMMA)) {
        if (!starts_expression(peek(p)->kind))
            break;
        jg_expr *x;
        if (p->lenient) {
            /* PEG: the repetition stops before an element that does not
             * parse, keeping the comma as a trailing one */
            mark m = begin_diag(p);
            x = star_expression(p);
            if (!end_diag(p, m, x != NULL)) {
                if (p->failed)
                    return NULL;
                break;
            }
        } else {
            x = star_expression(p);
        }
        if (!x || !vec_push(p, &elts, x))
            return NULL;
    }
    jg_expr *t = new_expr(p, JG_E_TUPLE, start);
    if (t)
        t->u.seq.elts = expr_list(&elts);
    return t;
}

static jg_expr *yield_expr(parser *p)
{
    int start = p->pos;
    advance(p);
    if (accept(p, JG_TK_KW_FROM)) {
        jg_expr *v = expression(p);
        if (!v)
            return NULL;
        jg_expr *e = new_expr(p, JG_E_YIELDFROM, start);
        if (e)
            e->u.yield_.value = v;
        return e;
    }
    jg_expr *v = NULL;
    if (starts_expression(peek(p)->kind)) {
        v = star_expressions(p);
        if (!v)
            return NULL;
    }
    jg_expr *e = new_expr(p, JG_E_YIELD, start);
    if (e)
        e->u.yield_.value = v;
    return e;
}

/* ---------------------------------------------------------------- for targets */

static bool starts_target(jg_tok_kind k)
{
    return k == JG_TK_NAME || k == JG_TK_LPAR || k == JG_TK_LSQB || k == JG_TK_STAR;
}

/* star_target: '*' star_target | a primary that is a valid target. */
static jg_expr *star_target(parser *p)
{
    int start = p->pos;
    if (at(p, JG_TK_STAR)) {
        advance(p);
        if (at(p, JG_TK_STAR) || !enter(p))
            return fail(p);
        jg_expr *inner = star_target(p);
        leave(p);
        if (!inner)
            return NULL;
        jg_expr *s = new_expr(p, JG_E_STARRED, start);
        if (!s)
            return NULL;
        s->u.starred.value = inner;
        s->ctx = JG_CTX_STORE;
        return s;
    }
    jg_expr *e = primary(p);
    if (!e)
        return NULL;
    if (invalid_target(e, TARGET_STAR) || e->kind == JG_E_STARRED)
        return fail(p);
    set_ctx(e, JG_CTX_STORE);
    return e;
}

static jg_expr *star_targets(parser *p)
{
    int start = p->pos;
    jg_expr *first = star_target(p);
    if (!first || !at(p, JG_TK_COMMA))
        return first;
    vec elts = {0};
    if (!vec_push(p, &elts, first))
        return NULL;
    while (accept(p, JG_TK_COMMA)) {
        if (!starts_target(peek(p)->kind))
            break;
        jg_expr *x = star_target(p);
        if (!x || !vec_push(p, &elts, x))
            return NULL;
    }
    jg_expr *t = new_expr(p, JG_E_TUPLE, start);
    if (t) {
        t->u.seq.elts = expr_list(&elts);
        t->ctx = JG_CTX_STORE;
    }
    return t;
}

/* The target of a `for` (statement or clause) up to its 'in'; when it is not
 * a valid target, CPython's invalid_for_target names the culprit. */
static jg_expr *for_target(parser *p)
{
    int tstart = p->pos;
    if (p->speculating || *p->diag_off) {
        /* A trial's errors are dropped, so one pass is enough; re-parsing
         * here would make nested targets exponential. */
        jg_expr *t = star_targets(p);
        if (t && !at(p, JG_TK_KW_IN))
            return fail(p);
        return t;
    }
    mark m = begin_try(p);
    jg_expr *target = star_targets(p);
    bool ok = target && at(p, JG_TK_KW_IN);
    end_try(p, m, ok);
    if (ok)
        return target;
    if (p->nomem)
        return NULL;
    m = begin_diag(p);
    p->lenient++;
    jg_expr *e = star_expressions(p);
    p->lenient--;
    end_diag(p, m, false);
    if (p->failed)
        return NULL;
    jg_expr *bad = e ? invalid_target(e, TARGET_FOR) : NULL;
    if (bad)
        return error_expr(p, bad, "cannot assign to %s", expr_name(bad));
    if (p->pass2)
        return fail(p);
    p->pos = tstart;
    target = star_targets(p);
    if (target)
        expect(p, JG_TK_KW_IN);
    return fail(p);
}

static bool for_if_clauses(parser *p, jg_comp_list *out)
{
    jg_comprehension *items = NULL;
    int n = 0, cap = 0;
    while (!p->failed && at_comp_for(p)) {
        if (at(p, JG_TK_KW_ASYNC)) {
            refuse(p, peek(p), "async for");
            advance(p);
        }
        advance(p);
        jg_expr *target = for_target(p);
        if (!target)
            return false;
        advance(p); /* 'in' */
        jg_expr *iter = disjunction(p);
        if (!iter)
            return false;
        vec ifs = {0};
        while (accept(p, JG_TK_KW_IF)) {
            jg_expr *c = disjunction(p);
            if (!c || !vec_push(p, &ifs, c))
                return false;
        }
        if (!grow(p, (void **)&items, &cap, n, sizeof *items))
            return false;
        items[n].target = target;
        items[n].iter = iter;
        items[n].ifs = expr_list(&ifs);
        n++;
    }
    out->n = n;
    out->items = items;
    return !p->failed;
}

/* ---------------------------------------------------------------- '=' misuse */

/* Is the leftmost atom of 'e' a list, tuple, genexp, True, None or False
 * display?  (pegen's !(list|tuple|genexp|'True'|'None'|'False') lookahead.) */
static bool starts_with_display(parser *p, const jg_expr *e, int start)
{
    jg_tok_kind k = p->tk[start].kind;
    if (k == JG_TK_KW_TRUE || k == JG_TK_KW_NONE || k == JG_TK_KW_FALSE)
        return true;
    if (k != JG_TK_LPAR && k != JG_TK_LSQB)
        return false;
    const jg_expr *x = e;
    for (;;) {
        if (x->kind == JG_E_BINOP)
            x = x->u.binop.left;
        else if (x->kind == JG_E_ATTRIBUTE)
            x = x->u.attribute.value;
        else if (x->kind == JG_E_SUBSCRIPT)
            x = x->u.subscript.value;
        else if (x->kind == JG_E_CALL)
            x = x->u.call.func;
        else
            break;
    }
    if (x->line != p->tk[start].line || x->col != p->tk[start].col)
        return false;
    if (k == JG_TK_LSQB)
        return x->kind == JG_E_LIST;
    return x->kind == JG_E_TUPLE || x->kind == JG_E_GENEXP;
}

/* pegen's invalid_named_expression for an expression 'e' (starting at token
 * 'start') that is followed by '=' at the current position.  Produces the
 * "Maybe you meant '=='" errors; returns whether it did. */
static bool maybe_meant_eq(parser *p, const jg_expr *e, int start)
{
    if (!at(p, JG_TK_EQUAL))
        return false;
    bool is_name = e->kind == JG_E_NAME && p->tk[start].kind == JG_TK_NAME;
    if (!is_name && starts_with_display(p, e, start))
        return false; /* the rule's lookahead fails before reading on */
    mark m = begin_diag(p);
    advance(p);
    p->lenient++;
    bool ok = bitwise_or(p) != NULL && !at(p, JG_TK_EQUAL) && !at(p, JG_TK_COLONEQUAL);
    p->lenient--;
    end_diag(p, m, false);
    if (p->failed)
        return true; /* an error found on the way stands */
    if (!ok)
        return false;
    if (e->kind == JG_E_NAME && p->tk[start].kind == JG_TK_NAME) {
        error_expr(p, e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    if (starts_with_display(p, e, start))
        return false;
    /* Only an expression that is a bitwise_or (or parenthesized) reaches '='. */
    bool bitwise_level = p->tk[start].kind == JG_TK_LPAR && e->line == p->tk[start].line &&
                         e->col == p->tk[start].col;
    switch (e->kind) {
        case JG_E_COMPARE:
        case JG_E_BOOLOP:
        case JG_E_IFEXP:
        case JG_E_LAMBDA:
        case JG_E_NAMEDEXPR:
        case JG_E_STARRED:
        case JG_E_YIELD:
        case JG_E_YIELDFROM: break;
        case JG_E_UNARYOP:
            if (e->u.unaryop.op != JG_UOP_NOT)
                bitwise_level = true;
            break;
        default: bitwise_level = true; break;
    }
    if (p->tk[start].kind == JG_TK_LPAR && !(e->line == p->tk[start].line && e->col == p->tk[start].col))
        bitwise_level = true; /* a group: its node starts inside the parentheses */
    if (!bitwise_level)
        return false;
    error_expr(p, e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(e));
    return true;
}

/* ---------------------------------------------------------------- diagnosis */

static bool is_soft_keyword(const jg_token *t)
{
    return is_name_text(t, "match") || is_name_text(t, "case") || is_name_text(t, "_");
}

/* pegen's invalid_legacy_expression and invalid_expression for an expression
 * whose disjunction spans tokens [a_start, f) followed by token f that could
 * start another: "Missing parentheses in call to 'print'" for a bare print or
 * exec, "Perhaps you forgot a comma?" inside brackets.  Returns whether it
 * raised one. */
static bool juxtaposed(parser *p, int a_start, const jg_expr *a_node, int f)
{
    if (*p->diag_off)
        return false;
    jg_token *a = &p->tk[a_start];
    jg_token *t = &p->tk[f];
    bool skip = (a->kind == JG_TK_NAME && p->tk[a_start + 1].kind == JG_TK_STRING) ||
                is_soft_keyword(a);
    bool legacy = f - a_start == 1 && (is_name_text(a, "print") || is_name_text(a, "exec"));
    if (!skip && !legacy && starts_expression(t->kind) && t->kind != JG_TK_STAR) {
        /* invalid_expression: b = expression_without_invalid */
        mark m = begin_try(p);
        p->lenient++;
        bool ok = expression(p) != NULL;
        p->lenient--;
        int end = p->pos;
        end_try(p, m, false);
        if (p->failed)
            return true;
        if (ok && end > 0 && p->tk[end - 1].level != 0) {
            /* located at the expression node: inside parentheses, not at them */
            if (a_node)
                error_expr(p, a_node, "invalid syntax. Perhaps you forgot a comma?");
            else
                error_tok(p, a, "invalid syntax. Perhaps you forgot a comma?");
            return true;
        }
    }
    /* invalid_legacy_expression: NAME !'(' b=star_expressions, b read as the
     * second pass reads (its own errors stand); the message only for print/exec */
    if (f - a_start == 1 && a->kind == JG_TK_NAME && t->kind != JG_TK_LPAR &&
        t->kind != JG_TK_LSQB && starts_expression(t->kind) && p->in_legacy < 3 &&
        !*p->diag_off) {
        p->in_legacy++;
        mark m = begin_diag(p);
        p->lenient++;
        bool ok = star_expressions(p) != NULL;
        p->lenient--;
        end_diag(p, m, false);
        p->in_legacy--;
        if (p->failed)
            return true;
        if (ok && legacy) {
            error_tok(p, a, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                      (int)a->len, a->start, (int)a->len, a->start);
            return true;
        }
    }
    return false;
}

/* Called once at the first generic failure, at the token the parser could
 * not use: the second-pass "invalid_*" rules of pegen that apply there. */
static void diagnose(parser *p)
{
    int f = p->pos;
    jg_token *t = &p->tk[f];
    if (t->kind == JG_TK_ERRORTOKEN)
        return;
    if (t->kind == JG_TK_EQUAL && p->ln_end == f && p->ln_node &&
        maybe_meant_eq(p, p->ln_node, p->ln_start))
        return;
    if (p->ld_end == f && p->ld_start < f)
        juxtaposed(p, p->ld_start, p->ld_node, f);
}

/* ---------------------------------------------------------------- blocks */

/* A block after ':' — NEWLINE INDENT statements DEDENT, or simple statements
 * on the same line.  'what' and 'line' word CPython's IndentationError. */
static bool block(parser *p, jg_stmt_list *out, const char *what, int line)
{
    vec body = {0};
    if (at(p, JG_TK_NEWLINE)) {
        advance(p);
        if (!at(p, JG_TK_INDENT)) {
            if (!p->failed) {
                jg_token *t = peek(p);
                if (!p->failed)
                    error_at(p, "IndentationError", t->line, tok_char_col(p, t),
                             "expected an indented block after %s on line %d", what, line);
            }
            return false;
        }
        advance(p);
        while (!p->failed && !at(p, JG_TK_DEDENT) && !at(p, JG_TK_ENDMARKER))
            statement_list(p, &body);
        if (!expect(p, JG_TK_DEDENT))
            return false;
    } else {
        simple_stmts(p, &body); /* a compound statement cannot follow ':' on its line */
    }
    *out = stmt_list(&body);
    return !p->failed;
}

/* ':' where a compound statement needs it; a NEWLINE instead is "expected ':'". */
static bool colon(parser *p)
{
    if (accept(p, JG_TK_COLON))
        return true;
    if (!p->failed && at(p, JG_TK_NEWLINE))
        error_last(p, "expected ':'");
    fail(p);
    return false;
}

static bool else_block(parser *p, jg_stmt_list *out)
{
    jg_token *kw = advance(p);
    return expect_forced(p, JG_TK_COLON) && block(p, out, "'else' statement", kw->line);
}

/* ---------------------------------------------------------------- compound statements */

static jg_stmt *if_stmt(parser *p, bool is_elif)
{
    int start = p->pos;
    jg_token *kw = advance(p);
    jg_expr *test = named_expression(p);
    if (!test || !colon(p))
        return NULL;
    jg_stmt *s = alloc(p, sizeof *s);
    if (!s || !block(p, &s->u.if_.body, is_elif ? "'elif' statement" : "'if' statement", kw->line))
        return NULL;
    if (at(p, JG_TK_KW_ELIF)) {
        jg_stmt *elif = if_stmt(p, true);
        if (!elif)
            return NULL;
        jg_stmt **one = alloc(p, sizeof *one);
        if (!one)
            return NULL;
        one[0] = elif;
        s->u.if_.orelse.n = 1;
        s->u.if_.orelse.items = one;
    } else if (at(p, JG_TK_KW_ELSE)) {
        if (!else_block(p, &s->u.if_.orelse))
            return NULL;
    }
    jg_stmt *r = new_stmt(p, JG_S_IF, start);
    if (!r)
        return NULL;
    r->u.if_ = s->u.if_;
    r->u.if_.test = test;
    return r;
}

static jg_stmt *while_stmt(parser *p)
{
    int start = p->pos;
    jg_token *kw = advance(p);
    jg_expr *test = named_expression(p);
    if (!test || !colon(p))
        return NULL;
    jg_stmt_list body = {0}, orelse = {0};
    if (!block(p, &body, "'while' statement", kw->line))
        return NULL;
    if (at(p, JG_TK_KW_ELSE) && !else_block(p, &orelse))
        return NULL;
    jg_stmt *s = new_stmt(p, JG_S_WHILE, start);
    if (s) {
        s->u.loop.iter = test;
        s->u.loop.body = body;
        s->u.loop.orelse = orelse;
    }
    return s;
}

static jg_stmt *for_stmt(parser *p, int start)
{
    jg_token *kw = advance(p);
    jg_expr *target = for_target(p);
    if (!target)
        return NULL;
    advance(p); /* 'in' */
    jg_expr *iter = star_expressions(p);
    if (!iter || !colon(p))
        return NULL;
    jg_stmt_list body = {0}, orelse = {0};
    if (!block(p, &body, "'for' statement", kw->line))
        return NULL;
    if (at(p, JG_TK_KW_ELSE) && !else_block(p, &orelse))
        return NULL;
    jg_stmt *s = new_stmt(p, JG_S_FOR, start);
    if (s) {
        s->u.loop.target = target;
        s->u.loop.iter = iter;
        s->u.loop.body = body;
        s->u.loop.orelse = orelse;
    }
    return s;
}

typedef struct {
    jg_withitem *items;
    int n, cap;
} itemvec;

/* with_item: expression ['as' star_target &(',' | ')' | ':')] */
static bool with_item(parser *p, itemvec *v)
{
    jg_expr *e = expression(p);
    if (!e)
        return false;
    jg_expr *target = NULL;
    if (accept(p, JG_TK_KW_AS) && (p->speculating || *p->diag_off)) {
        target = star_target(p);
        if (!target)
            return false;
    } else if (p->pos > 0 && p->tk[p->pos - 1].kind == JG_TK_KW_AS) {
        int tstart = p->pos;
        mark m = begin_try(p);
        target = star_target(p);
        bool ok = target && (at(p, JG_TK_COMMA) || at(p, JG_TK_RPAR) || at(p, JG_TK_COLON));
        end_try(p, m, ok);
        if (!ok) {
            if (p->nomem)
                return false;
            /* invalid_with_item: expression 'as' expression, read as the second pass */
            m = begin_diag(p);
            p->lenient++;
            jg_expr *x = expression(p);
            p->lenient--;
            bool follows = x && (at(p, JG_TK_COMMA) || at(p, JG_TK_RPAR) || at(p, JG_TK_COLON));
            end_diag(p, m, false);
            if (p->failed)
                return false;
            jg_expr *bad = follows ? invalid_target(x, TARGET_STAR) : NULL;
            if (bad) {
                error_expr(p, bad, "cannot assign to %s", expr_name(bad));
                return false;
            }
            if (!p->pass2) {
                p->pos = tstart;
                star_target(p);
            }
            fail(p);
            return false;
        }
    }
    if (!grow(p, (void **)&v->items, &v->cap, v->n, sizeof *v->items))
        return false;
    v->items[v->n].context_expr = e;
    v->items[v->n].optional_vars = target;
    v->n++;
    return true;
}

static jg_stmt *with_stmt(parser *p, int start)
{
    jg_token *kw = advance(p);
    itemvec items = {0};
    bool done = false;
    if (at(p, JG_TK_LPAR)) {
        /* with (a as b, c): -- tried first, as pegen does; in the second
         * pass the errors its invalid rules find there stand */
        bool diag = p->second_pass && CAN_DIAGNOSE(p);
        mark m = diag ? begin_diag(p) : begin_try(p);
        advance(p);
        bool ok = with_item(p, &items);
        while (ok && accept(p, JG_TK_COMMA)) {
            if (at(p, JG_TK_RPAR))
                break;
            ok = with_item(p, &items);
        }
        ok = ok && accept(p, JG_TK_RPAR) && at(p, JG_TK_COLON);
        if (diag)
            end_diag(p, m, ok);
        else
            end_try(p, m, ok);
        if (p->failed)
            return NULL;
        done = ok && !p->nomem;
        if (!done)
            items.n = 0;
    }
    if (!done) {
        if (!with_item(p, &items))
            return NULL;
        while (accept(p, JG_TK_COMMA))
            if (!with_item(p, &items))
                return NULL;
    }
    if (!colon(p))
        return NULL;
    jg_stmt_list body;
    if (!block(p, &body, "'with' statement", kw->line))
        return NULL;
    jg_stmt *s = new_stmt(p, JG_S_WITH, start);
    if (s) {
        s->u.with.items.n = items.n;
        s->u.with.items.items = items.items;
        s->u.with.body = body;
    }
    return s;
}

static jg_stmt *try_stmt(parser *p)
{
    int start = p->pos;
    jg_token *kw = advance(p);
    if (!expect_forced(p, JG_TK_COLON))
        return NULL;
    jg_stmt_list body = {0}, orelse = {0}, finalbody = {0};
    if (p->second_pass && at(p, JG_TK_KW_EXCEPT)) {
        /* `try: except`: pegen's invalid_try_stmt reads 'try' ':' block*
         * except_block+, so the except line is checked on its own */
    } else if (!block(p, &body, "'try' statement", kw->line)) {
        return NULL;
    }
    jg_excepthandler *hs = NULL;
    int n = 0, cap = 0;
    while (at(p, JG_TK_KW_EXCEPT)) {
        int hstart = p->pos;
        jg_token *ex = advance(p);
        const char *what = "'except' statement";
        if (at(p, JG_TK_STAR)) {
            refuse(p, ex, "except*");
            advance(p);
            what = "'except*' statement";
            if (at(p, JG_TK_COLON) || at(p, JG_TK_NEWLINE)) {
                peek(p);
                return error_last(p, "expected one or more exception types");
            }
        }
        jg_expr *type = NULL;
        const char *name = NULL;
        if (!at(p, JG_TK_COLON)) {
            if (at(p, JG_TK_NEWLINE)) {
                error_last(p, "expected ':'");
                return NULL;
            }
            type = expression(p);
            if (!type)
                return NULL;
            if (at(p, JG_TK_COMMA)) {
                mark m = begin_try(p);
                advance(p);
                bool ok = star_expressions(p) != NULL;
                if (ok && accept(p, JG_TK_KW_AS))
                    ok = accept(p, JG_TK_NAME) != NULL;
                ok = ok && at(p, JG_TK_COLON);
                end_try(p, m, false);
                if (ok)
                    return error_expr(p, type, "multiple exception types must be parenthesized");
                return fail(p);
            }
            if (accept(p, JG_TK_KW_AS)) {
                jg_token *nm = expect(p, JG_TK_NAME);
                if (!nm)
                    return NULL;
                name = tok_str(p, nm);
            }
        }
        if (!colon(p))
            return NULL;
        jg_stmt_list hbody;
        if (!block(p, &hbody, what, ex->line))
            return NULL;
        if (!grow(p, (void **)&hs, &cap, n, sizeof *hs))
            return NULL;
        jg_excepthandler *h = &hs[n++];
        memset(h, 0, sizeof *h);
        h->type = type;
        h->name = name;
        h->body = hbody;
        h->line = p->tk[hstart].line;
        h->col = p->tk[hstart].col;
        jg_token *b = last_real(p);
        h->end_line = b->end_line;
        h->end_col = b->end_col;
    }
    if (n > 0 && at(p, JG_TK_KW_ELSE) && !else_block(p, &orelse))
        return NULL;
    if (at(p, JG_TK_KW_FINALLY)) {
        jg_token *fk = advance(p);
        if (!expect_forced(p, JG_TK_COLON) || !block(p, &finalbody, "'finally' statement", fk->line))
            return NULL;
    } else if (n == 0) {
        peek(p);
        return error_last(p, "expected 'except' or 'finally' block");
    }
    jg_stmt *s = new_stmt(p, JG_S_TRY, start);
    if (s) {
        s->u.try_.body = body;
        s->u.try_.handlers.n = n;
        s->u.try_.handlers.items = hs;
        s->u.try_.orelse = orelse;
        s->u.try_.finalbody = finalbody;
    }
    return s;
}

static jg_stmt *function_def(parser *p, int start, jg_expr_list decorators)
{
    jg_token *kw = advance(p);
    jg_token *name = expect(p, JG_TK_NAME);
    if (!name || !expect_forced(p, JG_TK_LPAR))
        return NULL;
    jg_arguments *args = parameters(p, false);
    if (!args || !expect(p, JG_TK_RPAR))
        return NULL;
    jg_expr *returns = NULL;
    if (at(p, JG_TK_RARROW)) {
        /* ['->' expression] is optional: when it does not parse, pegen
         * backs up and reports the forced ':' at the '->'. */
        mark m = begin_try(p);
        advance(p);
        p->lenient++;
        returns = expression(p);
        p->lenient--;
        end_try(p, m, returns != NULL);
        if (p->hard || p->nomem)
            return NULL;
    }
    if (!expect_forced(p, JG_TK_COLON))
        return NULL;
    jg_stmt_list body;
    if (!block(p, &body, "function definition", kw->line))
        return NULL;
    jg_stmt *s = new_stmt(p, JG_S_FUNCTIONDEF, start);
    if (s) {
        s->u.funcdef.name = tok_str(p, name);
        s->u.funcdef.args = args;
        s->u.funcdef.body = body;
        s->u.funcdef.decorator_list = decorators;
        s->u.funcdef.returns = returns;
    }
    return s;
}

static jg_stmt *class_def(parser *p, jg_expr_list decorators)
{
    int start = p->pos;
    jg_token *kw = advance(p);
    jg_token *name = expect(p, JG_TK_NAME);
    if (!name)
        return NULL;
    jg_expr *call = NULL;
    if (at(p, JG_TK_LPAR)) {
        call = call_args(p, start, NULL);
        if (!call)
            return NULL;
    }
    if (!colon(p))
        return NULL;
    jg_stmt_list body;
    if (!block(p, &body, "class definition", kw->line))
        return NULL;
    jg_stmt *s = new_stmt(p, JG_S_CLASSDEF, start);
    if (s) {
        s->u.classdef.name = tok_str(p, name);
        if (call) {
            s->u.classdef.bases = call->u.call.args;
            s->u.classdef.keywords = call->u.call.keywords;
        }
        s->u.classdef.body = body;
        s->u.classdef.decorator_list = decorators;
    }
    return s;
}

static jg_stmt *decorated(parser *p)
{
    vec decs = {0};
    while (at(p, JG_TK_AT)) {
        advance(p);
        jg_expr *d = named_expression(p);
        if (!d || !expect(p, JG_TK_NEWLINE) || !vec_push(p, &decs, d))
            return NULL;
    }
    if (at(p, JG_TK_KW_DEF))
        return function_def(p, p->pos, expr_list(&decs));
    if (at(p, JG_TK_KW_CLASS))
        return class_def(p, expr_list(&decs));
    if (at(p, JG_TK_KW_ASYNC) && kind_at(p, 1) == JG_TK_KW_DEF) {
        int start = p->pos;
        refuse(p, peek(p), "async def");
        advance(p);
        return function_def(p, start, expr_list(&decs));
    }
    return fail(p);
}

/* `match subject:` followed by an indented block is a match statement, which
 * is refused; its block is skipped so that later errors are still found. */
static bool is_match_stmt(parser *p)
{
    if (!is_name_text(peek(p), "match"))
        return false;
    jg_tok_kind k1 = p->tk[p->pos + 1 < p->toks.n ? p->pos + 1 : p->pos].kind;
    if (!starts_expression(k1) || k1 == JG_TK_KW_LAMBDA || k1 == JG_TK_KW_NOT)
        return k1 == JG_TK_KW_NOT;
    int i = p->pos + 1;
    while (i < p->toks.n && p->tk[i].kind != JG_TK_NEWLINE && p->tk[i].kind != JG_TK_ERRORTOKEN &&
           p->tk[i].kind != JG_TK_ENDMARKER)
        i++;
    return i < p->toks.n && p->tk[i].kind == JG_TK_NEWLINE && p->tk[i - 1].kind == JG_TK_COLON;
}

/* invalid_match_stmt: "match" subject_expr NEWLINE is "expected ':'" (the
 * subject read as the second pass reads, its own errors standing). */
static bool match_subject_error(parser *p)
{
    mark m = begin_diag(p);
    p->lenient++;
    advance(p);
    jg_expr *subject = star_named_expression(p);
    if (subject && accept(p, JG_TK_COMMA)) {
        while (subject && starts_expression(peek(p)->kind)) {
            subject = star_named_expression(p);
            if (!accept(p, JG_TK_COMMA))
                break;
        }
    }
    bool newline = subject && at(p, JG_TK_NEWLINE);
    p->lenient--;
    end_diag(p, m, false);
    if (p->failed)
        return true;
    if (newline) {
        error_last(p, "expected ':'");
        return true;
    }
    return false;
}

static void skip_match_stmt(parser *p)
{
    jg_token *kw = peek(p);
    refuse(p, kw, "match");
    while (!at(p, JG_TK_NEWLINE) && !p->failed)
        advance(p);
    advance(p);
    if (p->failed)
        return;
    if (!at(p, JG_TK_INDENT)) {
        jg_token *t = peek(p);
        if (!p->failed)
            error_at(p, "IndentationError", t->line, tok_char_col(p, t),
                     "expected an indented block after 'match' statement on line %d", kw->line);
        return;
    }
    advance(p);
    /* case <pattern> [if guard]: block -- the patterns are skipped up to the
     * ':' at the case's own bracket level, the bodies parsed */
    while (!p->failed && !at(p, JG_TK_DEDENT)) {
        jg_token *c = peek(p);
        if (!is_name_text(c, "case")) {
            fail(p);
            return;
        }
        advance(p);
        while (!p->failed && !(at(p, JG_TK_COLON) && peek(p)->level == c->level) &&
               !at(p, JG_TK_NEWLINE) && !at(p, JG_TK_ENDMARKER))
            advance(p);
        if (!colon(p))
            return;
        jg_stmt_list body;
        if (!block(p, &body, "'case' statement", c->line))
            return;
    }
    expect(p, JG_TK_DEDENT);
}

/* ---------------------------------------------------------------- simple statements */

static const char *aug_op(jg_tok_kind k, jg_operator *op)
{
    switch (k) {
        case JG_TK_PLUSEQUAL: *op = JG_OP_ADD; break;
        case JG_TK_MINEQUAL: *op = JG_OP_SUB; break;
        case JG_TK_STAREQUAL: *op = JG_OP_MULT; break;
        case JG_TK_ATEQUAL: *op = JG_OP_MATMULT; break;
        case JG_TK_SLASHEQUAL: *op = JG_OP_DIV; break;
        case JG_TK_PERCENTEQUAL: *op = JG_OP_MOD; break;
        case JG_TK_AMPEREQUAL: *op = JG_OP_BITAND; break;
        case JG_TK_VBAREQUAL: *op = JG_OP_BITOR; break;
        case JG_TK_CIRCUMFLEXEQUAL: *op = JG_OP_BITXOR; break;
        case JG_TK_LEFTSHIFTEQUAL: *op = JG_OP_LSHIFT; break;
        case JG_TK_RIGHTSHIFTEQUAL: *op = JG_OP_RSHIFT; break;
        case JG_TK_DOUBLESTAREQUAL: *op = JG_OP_POW; break;
        case JG_TK_DOUBLESLASHEQUAL: *op = JG_OP_FLOORDIV; break;
        default: return NULL;
    }
    return "";
}

static jg_expr *rhs(parser *p)
{
    return at(p, JG_TK_KW_YIELD) ? yield_expr(p) : star_expressions(p);
}

/* The errors of an assignment with an invalid target, in pegen's order:
 * the '==' hint on the first target's last element, then the first target
 * that cannot be assigned to. */
static void *assignment_error(parser *p, vec *targets, int start, int first_eq)
{
    jg_expr *t0 = targets->items[0];
    jg_expr *last = t0;
    int last_start = start;
    if (t0->kind == JG_E_TUPLE && t0->u.seq.elts.n > 0 &&
        !(p->tk[start].kind == JG_TK_LPAR && t0->col == p->tk[start].col && t0->line == p->tk[start].line &&
          p->tk[first_eq - 1].kind == JG_TK_RPAR)) {
        last = t0->u.seq.elts.items[t0->u.seq.elts.n - 1];
        for (int i = start; i < first_eq; i++)
            if (p->tk[i].line == last->line && p->tk[i].col == last->col) {
                last_start = i;
                break;
            }
    }
    if (last->kind != JG_E_STARRED && p->tk[first_eq - 1].kind != JG_TK_COMMA) {
        int save = p->pos;
        p->pos = first_eq;
        bool done = maybe_meant_eq(p, last, last_start);
        if (!done)
            p->pos = save;
        if (done)
            return NULL;
    }
    for (int i = 0; i < targets->n; i++) {
        jg_expr *t = targets->items[i];
        if (t->kind == JG_E_YIELD || t->kind == JG_E_YIELDFROM)
            return error_expr(p, t, "assignment to yield expression not possible");
        jg_expr *bad = invalid_target(t, TARGET_STAR);
        if (bad)
            return error_expr(p, bad, "cannot assign to %s", expr_name(bad));
    }
    return fail(p);
}

/* pegen's invalid_assignment reads a statement as star_named_expression ','
 * star_named_expressions* (the repetition running on past a missing comma),
 * with the second pass's checks at each element. */
static bool statement_elements_error(parser *p)
{
    if (!p->second_pass || !CAN_DIAGNOSE(p) || at(p, JG_TK_KW_YIELD))
        return false;
    mark m = begin_diag(p);
    p->lenient++;
    jg_expr *a = star_named_expression(p);
    if (a && accept(p, JG_TK_COMMA)) {
        while (!p->failed && starts_expression(peek(p)->kind)) {
            int before = p->pos;
            do {
                if (!star_named_expression(p))
                    break;
            } while (accept(p, JG_TK_COMMA) && starts_expression(peek(p)->kind));
            if (p->pos == before || p->failed)
                break;
        }
    }
    p->lenient--;
    end_diag(p, m, false);
    return p->failed;
}

/* statement_elements_error from 'start' after the valid assignment forms
 * failed there, keeping the current failure (if any) when it finds nothing. */
static bool invalid_assignment_elements(parser *p, int start)
{
    if (!p->second_pass || !CAN_DIAGNOSE(p) || p->hard || p->nomem || p->has_msg)
        return p->failed && (p->has_msg || p->hard || p->nomem);
    mark now = {p->pos, p->fill, p->ld_start, p->ld_end, p->ln_start, p->ln_end, p->ln_node, p->ld_node};
    bool was_failed = p->failed;
    p->failed = false;
    p->pos = start;
    if (statement_elements_error(p))
        return true;
    restore(p, now);
    p->failed = was_failed;
    return false;
}

static jg_stmt *expr_stmt(parser *p)
{
    int start = p->pos;
    jg_expr *first = rhs(p);
    if (!first) {
        invalid_assignment_elements(p, start);
        return NULL;
    }
    jg_tok_kind k = peek(p)->kind;
    jg_operator op;
    if (k != JG_TK_COLON && k != JG_TK_EQUAL && !aug_op(k, &op) &&
        invalid_assignment_elements(p, start))
        return NULL;

    if (k == JG_TK_COLONEQUAL) {
        /* `a.b := 1`: pegen's invalid_named_expression on the last element. */
        jg_expr *last = first;
        if (first->kind == JG_E_TUPLE && first->u.seq.elts.n > 0 && p->tk[start].kind != JG_TK_LPAR)
            last = first->u.seq.elts.items[first->u.seq.elts.n - 1];
        if (last->kind != JG_E_NAME && last->kind != JG_E_STARRED) {
            mark m = begin_try(p);
            advance(p);
            bool ok = expression(p) != NULL;
            end_try(p, m, false);
            if (ok)
                return error_expr(p, last, "cannot use assignment expressions with %s",
                                  expr_name(last));
        }
        return fail(p);
    }

    bool is_yield = first->kind == JG_E_YIELD || first->kind == JG_E_YIELDFROM;
    if (is_yield && k != JG_TK_EQUAL && (k == JG_TK_COLON || aug_op(k, &op)))
        return fail(p);
    if (aug_op(k, &op) && first->kind != JG_E_NAME && first->kind != JG_E_ATTRIBUTE &&
        first->kind != JG_E_SUBSCRIPT) {
        /* pegen reads no further than the operator unless its right side
         * parses (invalid_assignment's last alternative) */
        mark m = begin_diag(p);
        advance(p);
        p->lenient++;
        bool ok = rhs(p) != NULL;
        p->lenient--;
        end_diag(p, m, false);
        if (p->failed)
            return NULL;
        if (ok)
            return error_expr(p, first, "'%s' is an illegal expression for augmented assignment",
                              expr_name(first));
        return fail(p);
    }

    if (k == JG_TK_COLON) {
        advance(p);
        jg_expr *ann = expression(p);
        if (!ann)
            return NULL;
        bool paren = p->tk[start].kind == JG_TK_LPAR;
        if (first->kind == JG_E_LIST || (first->kind == JG_E_TUPLE && paren))
            return error_expr(p, first, "only single target (not %s) can be annotated",
                              expr_name(first));
        if (first->kind == JG_E_TUPLE)
            /* (An empty one without parentheses: what a refused `await`
             * read through left.) */
            return error_expr(p, first->u.seq.elts.n ? first->u.seq.elts.items[0] : first,
                              "only single target (not tuple) can be annotated");
        if (first->kind != JG_E_NAME && first->kind != JG_E_ATTRIBUTE &&
            first->kind != JG_E_SUBSCRIPT)
            return error_expr(p, first, "illegal target for annotation");
        jg_expr *value = NULL;
        if (accept(p, JG_TK_EQUAL)) {
            value = rhs(p);
            if (!value)
                return NULL;
        }
        set_ctx(first, JG_CTX_STORE);
        jg_stmt *s = new_stmt(p, JG_S_ANNASSIGN, start);
        if (s) {
            s->u.annassign.target = first;
            s->u.annassign.annotation = ann;
            s->u.annassign.value = value;
            s->u.annassign.simple = first->kind == JG_E_NAME && !paren;
        }
        return s;
    }

    if (k == JG_TK_EQUAL) {
        vec targets = {0};
        if (!vec_push(p, &targets, first))
            return NULL;
        int first_eq = p->pos;
        jg_expr *value = NULL;
        while (accept(p, JG_TK_EQUAL)) {
            jg_expr *v = rhs(p);
            if (!v) {
                /* invalid_assignment still names a bad target before the '=' */
                if (p->failed && !p->has_msg && !p->hard && !p->nomem) {
                    if (invalid_assignment_elements(p, start))
                        return NULL;
                    for (int i = 0; i < targets.n; i++) {
                        jg_expr *t = targets.items[i];
                        if (t->kind == JG_E_YIELD || t->kind == JG_E_YIELDFROM ||
                            invalid_target(t, TARGET_STAR)) {
                            mark m = {p->pos, p->fill, p->ld_start, p->ld_end, p->ln_start,
                                      p->ln_end, p->ln_node, p->ld_node};
                            p->failed = false;
                            assignment_error(p, &targets, start, first_eq);
                            if (!p->has_msg && !p->hard) {
                                restore(p, m); /* keep the original failure's place */
                                p->failed = true;
                            }
                            break;
                        }
                    }
                }
                return NULL;
            }
            if (at(p, JG_TK_EQUAL)) {
                if (!vec_push(p, &targets, v))
                    return NULL;
            } else {
                value = v;
            }
        }
        for (int i = 0; i < targets.n; i++) {
            jg_expr *t = targets.items[i];
            if (t->kind == JG_E_YIELD || t->kind == JG_E_YIELDFROM || invalid_target(t, TARGET_STAR)) {
                if (invalid_assignment_elements(p, start))
                    return NULL;
                return assignment_error(p, &targets, start, first_eq);
            }
        }
        for (int i = 0; i < targets.n; i++)
            set_ctx(targets.items[i], JG_CTX_STORE);
        jg_stmt *s = new_stmt(p, JG_S_ASSIGN, start);
        if (s) {
            s->u.assign.targets = expr_list(&targets);
            s->u.assign.value = value;
        }
        return s;
    }

    if (aug_op(k, &op)) {
        advance(p);
        jg_expr *value = rhs(p);
        if (!value)
            return NULL;
        if (first->kind != JG_E_NAME && first->kind != JG_E_ATTRIBUTE &&
            first->kind != JG_E_SUBSCRIPT)
            return error_expr(p, first, "'%s' is an illegal expression for augmented assignment",
                              expr_name(first));
        set_ctx(first, JG_CTX_STORE);
        jg_stmt *s = new_stmt(p, JG_S_AUGASSIGN, start);
        if (s) {
            s->u.augassign.target = first;
            s->u.augassign.op = op;
            s->u.augassign.value = value;
        }
        return s;
    }

    jg_stmt *s = new_stmt(p, JG_S_EXPR, start);
    if (s)
        s->u.value = first;
    return s;
}

static bool names_list(parser *p, jg_name_list *out)
{
    vec names = {0};
    do {
        jg_token *t = expect(p, JG_TK_NAME);
        if (!t || !vec_push(p, &names, (void *)tok_str(p, t)))
            return false;
    } while (accept(p, JG_TK_COMMA));
    out->n = names.n;
    out->items = (const char **)names.items;
    return !p->failed;
}

/* dotted_name: NAME ('.' NAME)* as one string. */
static const char *dotted_name(parser *p)
{
    jg_token *first = expect(p, JG_TK_NAME);
    if (!first)
        return NULL;
    strbuf b = {0};
    if (!sb_add(p, &b, first->start, first->len))
        return NULL;
    while (at(p, JG_TK_DOT)) {
        advance(p);
        jg_token *t = expect(p, JG_TK_NAME);
        if (!t || !sb_putc(p, &b, '.') || !sb_add(p, &b, t->start, t->len))
            return NULL;
    }
    return b.s;
}

typedef struct {
    jg_alias *items;
    int n, cap;
} aliasvec;

static bool push_alias(parser *p, aliasvec *v, int start, const char *name, const char *asname)
{
    if (!grow(p, (void **)&v->items, &v->cap, v->n, sizeof *v->items))
        return false;
    jg_alias *a = &v->items[v->n++];
    a->name = name;
    a->asname = asname;
    a->line = p->tk[start].line;
    a->col = p->tk[start].col;
    jg_token *b = last_real(p);
    a->end_line = b->end_line;
    a->end_col = b->end_col;
    return true;
}

static jg_stmt *import_name(parser *p)
{
    int start = p->pos;
    advance(p);
    aliasvec v = {0};
    do {
        int astart = p->pos;
        const char *name = dotted_name(p);
        if (!name)
            return NULL;
        const char *asname = NULL;
        if (accept(p, JG_TK_KW_AS)) {
            jg_token *t = expect(p, JG_TK_NAME);
            if (!t)
                return NULL;
            asname = tok_str(p, t);
        }
        if (!push_alias(p, &v, astart, name, asname))
            return NULL;
    } while (accept(p, JG_TK_COMMA));
    jg_stmt *s = new_stmt(p, JG_S_IMPORT, start);
    if (s) {
        s->u.import.names.n = v.n;
        s->u.import.names.items = v.items;
    }
    return s;
}

static bool import_as_names(parser *p, aliasvec *v, bool parenthesized)
{
    do {
        if (parenthesized && at(p, JG_TK_RPAR) && v->n > 0)
            break;
        int astart = p->pos;
        jg_token *t = expect(p, JG_TK_NAME);
        if (!t)
            return false;
        const char *asname = NULL;
        if (accept(p, JG_TK_KW_AS)) {
            jg_token *a = expect(p, JG_TK_NAME);
            if (!a)
                return false;
            asname = tok_str(p, a);
        }
        if (!push_alias(p, v, astart, tok_str(p, t), asname))
            return false;
        if (!parenthesized && at(p, JG_TK_COMMA) && kind_at(p, 1) == JG_TK_NEWLINE) {
            advance(p);
            error_last(p, "trailing comma not allowed without surrounding parentheses");
            return false;
        }
    } while (accept(p, JG_TK_COMMA));
    return !p->failed;
}

static jg_stmt *import_from(parser *p)
{
    int start = p->pos;
    jg_token *kw = advance(p);
    int level = 0;
    while (at(p, JG_TK_DOT) || at(p, JG_TK_ELLIPSIS))
        level += advance(p)->kind == JG_TK_DOT ? 1 : 3;
    const char *module = NULL;
    if (level == 0 || !at(p, JG_TK_KW_IMPORT)) {
        module = dotted_name(p);
        if (!module)
            return NULL;
    }
    if (!expect(p, JG_TK_KW_IMPORT))
        return NULL;
    if (level > 0)
        refuse_with(p, kw, "relative imports are not supported by jumpgate");
    aliasvec v = {0};
    if (at(p, JG_TK_STAR)) {
        int astart = p->pos;
        advance(p);
        if (!push_alias(p, &v, astart, "*", NULL))
            return NULL;
    } else if (accept(p, JG_TK_LPAR)) {
        if (!import_as_names(p, &v, true) || !expect(p, JG_TK_RPAR))
            return NULL;
    } else if (!import_as_names(p, &v, false)) {
        return NULL;
    }
    jg_stmt *s = new_stmt(p, JG_S_IMPORTFROM, start);
    if (s) {
        s->u.import.module = module;
        s->u.import.names.n = v.n;
        s->u.import.names.items = v.items;
    }
    return s;
}

static jg_stmt *del_stmt(parser *p)
{
    int start = p->pos;
    advance(p);
    vec targets = {0};
    bool bad_target = false;
    do {
        if (!starts_expression(peek(p)->kind))
            break;
        jg_expr *t = star_expression(p);
        if (!t || !vec_push(p, &targets, t))
            return NULL;
        if (invalid_target(t, TARGET_DEL))
            bad_target = true;
    } while (accept(p, JG_TK_COMMA));
    if (p->failed)
        return NULL;
    if (targets.n == 0)
        return fail(p);
    if (bad_target) {
        for (int i = 0; i < targets.n; i++) {
            jg_expr *bad = invalid_target(targets.items[i], TARGET_DEL);
            if (bad)
                return error_expr(p, bad, "cannot delete %s", expr_name(bad));
        }
    }
    if (!at(p, JG_TK_SEMI) && !at(p, JG_TK_NEWLINE))
        return fail(p);
    for (int i = 0; i < targets.n; i++)
        set_ctx(targets.items[i], JG_CTX_DEL);
    jg_stmt *s = new_stmt(p, JG_S_DELETE, start);
    if (s)
        s->u.targets = expr_list(&targets);
    return s;
}

static jg_stmt *simple_stmt(parser *p)
{
    int start = p->pos;
    jg_token *t = peek(p);
    jg_stmt *s;
    switch (t->kind) {
        case JG_TK_KW_PASS:
        case JG_TK_KW_BREAK:
        case JG_TK_KW_CONTINUE:
            advance(p);
            return new_stmt(p, t->kind == JG_TK_KW_PASS    ? JG_S_PASS
                               : t->kind == JG_TK_KW_BREAK ? JG_S_BREAK
                                                           : JG_S_CONTINUE,
                            start);
        case JG_TK_KW_RETURN: {
            advance(p);
            jg_expr *v = NULL;
            if (starts_expression(peek(p)->kind) && !(v = star_expressions(p)))
                return NULL;
            s = new_stmt(p, JG_S_RETURN, start);
            if (s)
                s->u.value = v;
            return s;
        }
        case JG_TK_KW_RAISE: {
            advance(p);
            jg_expr *exc = NULL, *cause = NULL;
            if (starts_expression(peek(p)->kind) && peek(p)->kind != JG_TK_STAR) {
                exc = expression(p);
                if (!exc)
                    return NULL;
                if (accept(p, JG_TK_KW_FROM) && !(cause = expression(p)))
                    return NULL;
            }
            s = new_stmt(p, JG_S_RAISE, start);
            if (s) {
                s->u.raise.exc = exc;
                s->u.raise.cause = cause;
            }
            return s;
        }
        case JG_TK_KW_GLOBAL:
        case JG_TK_KW_NONLOCAL: {
            advance(p);
            jg_name_list names;
            if (!names_list(p, &names))
                return NULL;
            s = new_stmt(p, t->kind == JG_TK_KW_GLOBAL ? JG_S_GLOBAL : JG_S_NONLOCAL, start);
            if (s)
                s->u.names = names;
            return s;
        }
        case JG_TK_KW_ASSERT: {
            advance(p);
            jg_expr *test = expression(p), *msg = NULL;
            if (!test)
                return NULL;
            if (accept(p, JG_TK_COMMA) && !(msg = expression(p)))
                return NULL;
            s = new_stmt(p, JG_S_ASSERT, start);
            if (s) {
                s->u.assert_.test = test;
                s->u.assert_.msg = msg;
            }
            return s;
        }
        case JG_TK_KW_DEL: return del_stmt(p);
        case JG_TK_KW_IMPORT: return import_name(p);
        case JG_TK_KW_FROM: return import_from(p);
        default: return expr_stmt(p);
    }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static void simple_stmts(parser *p, vec *out)
{
    for (;;) {
        jg_stmt *s = simple_stmt(p);
        if (!s || !vec_push(p, out, s))
            return;
        if (!accept(p, JG_TK_SEMI))
            break;
        if (at(p, JG_TK_NEWLINE))
            break;
    }
    expect(p, JG_TK_NEWLINE);
}

/* One statement (a compound one, or a line of simple ones) appended to 'out'.
 * Returns the last statement added, NULL on failure. */
static jg_stmt *statement_list(parser *p, vec *out)
{
    if (p->failed)
        return NULL;
    int start = p->pos;
    jg_token *t = peek(p);
    jg_stmt *s = NULL;
    jg_expr_list no_decorators = {0, NULL};
    switch (t->kind) {
        case JG_TK_KW_IF: s = if_stmt(p, false); break;
        case JG_TK_KW_WHILE: s = while_stmt(p); break;
        case JG_TK_KW_FOR: s = for_stmt(p, start); break;
        case JG_TK_KW_WITH: s = with_stmt(p, start); break;
        case JG_TK_KW_TRY: s = try_stmt(p); break;
        case JG_TK_KW_DEF: s = function_def(p, start, no_decorators); break;
        case JG_TK_KW_CLASS: s = class_def(p, no_decorators); break;
        case JG_TK_AT: s = decorated(p); break;
        case JG_TK_KW_ASYNC: {
            jg_tok_kind k1 = kind_at(p, 1);
            if (k1 == JG_TK_KW_DEF) {
                refuse(p, t, "async def");
                advance(p);
                s = function_def(p, start, no_decorators);
            } else if (k1 == JG_TK_KW_FOR) {
                refuse(p, t, "async for");
                advance(p);
                s = for_stmt(p, start);
            } else if (k1 == JG_TK_KW_WITH) {
                refuse(p, t, "async with");
                advance(p);
                s = with_stmt(p, start);
            } else {
                return fail(p);
            }
            break;
        }
        default:
            if (t->kind == JG_TK_NAME && is_match_stmt(p)) {
                skip_match_stmt(p);
                return NULL;
            }
            if (t->kind == JG_TK_NAME && p->second_pass && CAN_DIAGNOSE(p) &&
                is_name_text(t, "match") && match_subject_error(p))
                return NULL;
            {
                int before = out->n;
                simple_stmts(p, out);
                return out->n > before && !p->failed ? out->items[out->n - 1] : NULL;
            }
    }
    if (s)
        vec_push(p, out, s);
    return s;
}

/* ---------------------------------------------------------------- depth check */

static bool deep_expr(const jg_expr *e, int d);

static bool deep_list(const jg_expr_list *l, int d)
{
    for (int i = 0; i < l->n; i++)
        if (deep_expr(l->items[i], d))
            return true;
    return false;
}

static bool deep_args(const jg_arguments *a, int d)
{
    if (!a)
        return false;
    const jg_arg_list *lists[] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lists[k]->n; i++)
            if (deep_expr(lists[k]->items[i].annotation, d))
                return true;
    if (a->vararg && deep_expr(a->vararg->annotation, d))
        return true;
    if (a->kwarg && deep_expr(a->kwarg->annotation, d))
        return true;
    return deep_list(&a->defaults, d) || deep_list(&a->kw_defaults, d);
}

static bool deep_comp(const jg_comp_list *g, int d)
{
    for (int i = 0; i < g->n; i++)
        if (deep_expr(g->items[i].target, d) || deep_expr(g->items[i].iter, d) ||
            deep_list(&g->items[i].ifs, d))
            return true;
    return false;
}

/* True when 'e' nests deeper than JG_PARSE_MAX_DEPTH; the walk stops there,
 * so it recurses no deeper than the limit itself. */
static bool deep_expr(const jg_expr *e, int d)
{
    if (!e)
        return false;
    if (++d > JG_PARSE_MAX_DEPTH)
        return true;
    switch (e->kind) {
        case JG_E_BOOLOP: return deep_list(&e->u.boolop.values, d);
        case JG_E_NAMEDEXPR: return deep_expr(e->u.namedexpr.value, d);
        case JG_E_BINOP: return deep_expr(e->u.binop.left, d) || deep_expr(e->u.binop.right, d);
        case JG_E_UNARYOP: return deep_expr(e->u.unaryop.operand, d);
        case JG_E_LAMBDA: return deep_args(e->u.lambda.args, d) || deep_expr(e->u.lambda.body, d);
        case JG_E_IFEXP:
            return deep_expr(e->u.ifexp.test, d) || deep_expr(e->u.ifexp.body, d) ||
                   deep_expr(e->u.ifexp.orelse, d);
        case JG_E_DICT: return deep_list(&e->u.dict.keys, d) || deep_list(&e->u.dict.values, d);
        case JG_E_SET:
        case JG_E_JOINEDSTR:
        case JG_E_LIST:
        case JG_E_TUPLE: return deep_list(&e->u.seq.elts, d);
        case JG_E_LISTCOMP:
        case JG_E_SETCOMP:
        case JG_E_DICTCOMP:
        case JG_E_GENEXP:
            return deep_expr(e->u.comp.key, d) || deep_expr(e->u.comp.elt, d) ||
                   deep_comp(&e->u.comp.generators, d);
        case JG_E_YIELD:
        case JG_E_YIELDFROM: return deep_expr(e->u.yield_.value, d);
        case JG_E_COMPARE:
            return deep_expr(e->u.compare.left, d) || deep_list(&e->u.compare.comparators, d);
        case JG_E_CALL:
            if (deep_expr(e->u.call.func, d) || deep_list(&e->u.call.args, d))
                return true;
            for (int i = 0; i < e->u.call.keywords.n; i++)
                if (deep_expr(e->u.call.keywords.items[i].value, d))
                    return true;
            return false;
        case JG_E_FORMATTEDVALUE:
            return deep_expr(e->u.fvalue.value, d) || deep_expr(e->u.fvalue.format_spec, d);
        case JG_E_ATTRIBUTE: return deep_expr(e->u.attribute.value, d);
        case JG_E_SUBSCRIPT:
            return deep_expr(e->u.subscript.value, d) || deep_expr(e->u.subscript.slice, d);
        case JG_E_STARRED: return deep_expr(e->u.starred.value, d);
        case JG_E_SLICE:
            return deep_expr(e->u.slice.lower, d) || deep_expr(e->u.slice.upper, d) ||
                   deep_expr(e->u.slice.step, d);
        case JG_E_CONSTANT:
        case JG_E_NAME: return false;
    }
    return false;
}

static const jg_stmt *deep_stmts(const jg_stmt_list *l, int d);

/* The first statement of 'l' holding an expression nested too deeply. */
static const jg_stmt *deep_stmt(const jg_stmt *s, int d)
{
    const jg_stmt *r = NULL;
    bool deep = false;
    d++;
    switch (s->kind) {
        case JG_S_FUNCTIONDEF:
            deep = deep_args(s->u.funcdef.args, d) || deep_list(&s->u.funcdef.decorator_list, d) ||
                   deep_expr(s->u.funcdef.returns, d);
            if (!deep)
                r = deep_stmts(&s->u.funcdef.body, d);
            break;
        case JG_S_CLASSDEF:
            deep = deep_list(&s->u.classdef.bases, d) || deep_list(&s->u.classdef.decorator_list, d);
            for (int i = 0; !deep && i < s->u.classdef.keywords.n; i++)
                deep = deep_expr(s->u.classdef.keywords.items[i].value, d);
            if (!deep)
                r = deep_stmts(&s->u.classdef.body, d);
            break;
        case JG_S_RETURN:
        case JG_S_EXPR: deep = deep_expr(s->u.value, d); break;
        case JG_S_DELETE: deep = deep_list(&s->u.targets, d); break;
        case JG_S_ASSIGN:
            deep = deep_list(&s->u.assign.targets, d) || deep_expr(s->u.assign.value, d);
            break;
        case JG_S_AUGASSIGN:
            deep = deep_expr(s->u.augassign.target, d) || deep_expr(s->u.augassign.value, d);
            break;
        case JG_S_ANNASSIGN:
            deep = deep_expr(s->u.annassign.target, d) || deep_expr(s->u.annassign.annotation, d) ||
                   deep_expr(s->u.annassign.value, d);
            break;
        case JG_S_FOR:
        case JG_S_WHILE:
            deep = deep_expr(s->u.loop.target, d) || deep_expr(s->u.loop.iter, d);
            if (!deep && !(r = deep_stmts(&s->u.loop.body, d)))
                r = deep_stmts(&s->u.loop.orelse, d);
            break;
        case JG_S_IF:
            deep = deep_expr(s->u.if_.test, d);
            if (!deep && !(r = deep_stmts(&s->u.if_.body, d)))
                r = deep_stmts(&s->u.if_.orelse, d);
            break;
        case JG_S_WITH:
            for (int i = 0; !deep && i < s->u.with.items.n; i++)
                deep = deep_expr(s->u.with.items.items[i].context_expr, d) ||
                       deep_expr(s->u.with.items.items[i].optional_vars, d);
            if (!deep)
                r = deep_stmts(&s->u.with.body, d);
            break;
        case JG_S_RAISE: deep = deep_expr(s->u.raise.exc, d) || deep_expr(s->u.raise.cause, d); break;
        case JG_S_TRY:
            if ((r = deep_stmts(&s->u.try_.body, d)))
                break;
            for (int i = 0; !r && !deep && i < s->u.try_.handlers.n; i++) {
                deep = deep_expr(s->u.try_.handlers.items[i].type, d);
                if (!deep)
                    r = deep_stmts(&s->u.try_.handlers.items[i].body, d);
            }
            if (!r && !deep && !(r = deep_stmts(&s->u.try_.orelse, d)))
                r = deep_stmts(&s->u.try_.finalbody, d);
            break;
        case JG_S_ASSERT: deep = deep_expr(s->u.assert_.test, d) || deep_expr(s->u.assert_.msg, d); break;
        default: break;
    }
    return deep ? s : r;
}

static const jg_stmt *deep_stmts(const jg_stmt_list *l, int d)
{
    for (int i = 0; i < l->n; i++) {
        const jg_stmt *r = deep_stmt(l->items[i], d);
        if (r)
            return r;
    }
    return NULL;
}

/* ---------------------------------------------------------------- entry */

/* Copies as much of 'src' as fits in 'cap' bytes, NUL-terminated. */
static void copy_text(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static void set_err(jg_err *err, const char *filename, const char *msg, int line, int col)
{
    if (!err)
        return;
    err->code = JG_ERR_SYNTAX;
    err->line = line;
    err->col = col;
    err->exit_code = 1;
    copy_text(err->where, sizeof err->where, filename ? filename : "<string>");
    copy_text(err->msg, sizeof err->msg, msg);
}

jg_status jg_parse(jg_arena *arena, const char *filename, const char *src, size_t len,
                   jg_module_ast **out, jg_err *err)
{
    *out = NULL;
    parser p;
    memset(&p, 0, sizeof p);
    p.arena = arena;
    p.filename = filename ? filename : "<string>";
    p.ld_end = -1;
    jg_lex_options opts = {1, 1, 0, false, p.filename};
    if (jg_lex(arena, src, len, &opts, &p.toks) != JG_OK)
        return jg_fail(err, JG_ERR_NOMEM, "out of memory while parsing %s", p.filename);
    p.tk = p.toks.items;
    /* A valid program costs a few units per token; diagnosis of an invalid
     * one may re-read, but never beyond this. */
    long work = 0;
    bool diag_off = false;
    p.work = &work;
    p.diag_off = &diag_off;
    p.budget = 64L * p.toks.n + 100000;

    vec body = {0};
    while (!p.failed && !at(&p, JG_TK_ENDMARKER)) {
        int start = p.pos;
        statement_list(&p, &body);
        if (p.failed && !p.has_msg && !p.hard && !p.nomem && !diag_off) {
            /* pegen's second pass: read the statement again with PEG
             * backtracking and its invalid_* rules; an error they raise
             * stands, else the first pass's "invalid syntax" does. */
            int fill = p.fill;
            p.failed = false;
            p.pos = start;
            p.second_pass = true;
            p.lenient++;
            vec scratch = {0};
            while (!p.failed && p.pos == start)
                statement_list(&p, &scratch);
            p.lenient--;
            p.second_pass = false;
            if (!(p.failed && (p.has_msg || p.hard || p.nomem))) {
                p.failed = true;
                p.has_msg = false;
                p.fill = fill;
            }
        }
    }

    if (p.nomem)
        return jg_fail(err, JG_ERR_NOMEM, "out of memory while parsing %s", p.filename);
    jg_lex_error *le = &p.toks.error;
    /* pegen reports "unexpected indent" without tokenizing further */
    bool at_indent = p.failed && !p.has_msg &&
                     (last_fetched(&p)->kind == JG_TK_INDENT || last_fetched(&p)->kind == JG_TK_DEDENT);
    if (le->kind != JG_LEXERR_NONE && le->overrides && !at_indent) {
        /* A tokenizer error anywhere wins over the parser's (pegen tokenizes the rest). */
        set_err(err, p.filename, le->msg, le->line, le->col);
        return JG_ERR_SYNTAX;
    }
    if (p.failed) {
        if (!p.has_msg) {
            jg_token *t = last_fetched(&p);
            const char *m = t->kind == JG_TK_INDENT   ? "IndentationError: unexpected indent"
                            : t->kind == JG_TK_DEDENT ? "IndentationError: unexpected unindent"
                                                      : "SyntaxError: invalid syntax";
            snprintf(p.msg, sizeof p.msg, "%s", m);
            p.err_line = t->line;
            p.err_col = tok_char_col(&p, t);
        }
        /* pegen tokenizes on after a parser error: end of input inside a
         * bracket opened on a line before the last token looked at wins. */
        if (le->kind == JG_LEXERR_EOF && le->open_level > 0 && !p.err_from_lexer &&
            p.tk[p.max_fill > 0 ? p.max_fill - 1 : 0].line > le->open_line &&
            strncmp(p.msg, "SyntaxError", 11) == 0) {
            char m[64];
            snprintf(m, sizeof m, "SyntaxError: '%c' was never closed", le->open_char);
            set_err(err, p.filename, m, le->open_line, le->open_col);
            return JG_ERR_SYNTAX;
        }
        set_err(err, p.filename, p.msg, p.err_line, p.err_col);
        return JG_ERR_SYNTAX;
    }
    if (p.refused) {
        set_err(err, p.filename, p.ref_msg, p.ref_line, p.ref_col);
        return JG_ERR_SYNTAX;
    }
    jg_module_ast *m = alloc(&p, sizeof *m);
    if (!m)
        return jg_fail(err, JG_ERR_NOMEM, "out of memory while parsing %s", p.filename);
    m->body = stmt_list(&body);
    m->filename = jg_arena_strndup(arena, p.filename, strlen(p.filename));
    const jg_stmt *deep = deep_stmts(&m->body, 0);
    if (deep) {
        set_err(err, p.filename, "RecursionError: maximum recursion depth exceeded during compilation",
                deep->line, 0);
        return JG_ERR_SYNTAX;
    }
    *out = m;
    return JG_OK;
}
