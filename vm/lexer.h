/*
 * vm/lexer.h - source text -> tokens, the way CPython 3.11's tokenizer cuts them.
 *
 * The whole source is tokenized up front into an array in the parser's arena,
 * so the parser can look ahead and back freely.  Tokenizing stops at the first
 * error: the array then ends with a JG_TK_ERRORTOKEN and jg_tokens.error says
 * what went wrong, worded and located as CPython's tokenizer would.  Whether
 * that error or an earlier parser error wins is the parser's decision
 * (parser.c mirrors pegen's rules).
 *
 * Positions: lines are 1-based; columns are 1-based byte offsets into the line
 * (CPython's col_offset + 1), and end_col is one past the token's last byte
 * (CPython's end_col_offset + 1).
 */
#ifndef JG_LEXER_H
#define JG_LEXER_H

#include "ast.h"
#include "limits.h"

/* CPython's tokenizer limits (Parser/tokenizer.h MAXINDENT, MAXLEVEL): programs
 * that pass CPython pass here, and hostile input cannot grow the stacks. */
#define JG_LEX_MAX_INDENT 100
#define JG_LEX_MAX_LEVEL  JG_MAX_PAREN_DEPTH

/* Every token kind once: name and the text of operators (NULL for the rest). */
#define JG_TOKEN_KINDS(X)                                                                          \
    X(ENDMARKER, NULL)                                                                             \
    X(NAME, NULL)                                                                                  \
    X(NUMBER, NULL)                                                                                \
    X(STRING, NULL)                                                                                \
    X(NEWLINE, NULL)                                                                               \
    X(INDENT, NULL)                                                                                \
    X(DEDENT, NULL)                                                                                \
    X(ERRORTOKEN, NULL)                                                                            \
    X(OP, NULL) /* a character no rule accepts, such as '$' or '?' */                              \
    X(LPAR, "(")                                                                                   \
    X(RPAR, ")")                                                                                   \
    X(LSQB, "[")                                                                                   \
    X(RSQB, "]")                                                                                   \
    X(LBRACE, "{")                                                                                 \
    X(RBRACE, "}")                                                                                 \
    X(COLON, ":")                                                                                  \
    X(COMMA, ",")                                                                                  \
    X(SEMI, ";")                                                                                   \
    X(PLUS, "+")                                                                                   \
    X(MINUS, "-")                                                                                  \
    X(STAR, "*")                                                                                   \
    X(SLASH, "/")                                                                                  \
    X(VBAR, "|")                                                                                   \
    X(AMPER, "&")                                                                                  \
    X(LESS, "<")                                                                                   \
    X(GREATER, ">")                                                                                \
    X(EQUAL, "=")                                                                                  \
    X(DOT, ".")                                                                                    \
    X(PERCENT, "%")                                                                                \
    X(TILDE, "~")                                                                                  \
    X(CIRCUMFLEX, "^")                                                                             \
    X(AT, "@")                                                                                     \
    X(EQEQUAL, "==")                                                                               \
    X(NOTEQUAL, "!=")                                                                              \
    X(LESSEQUAL, "<=")                                                                             \
    X(GREATEREQUAL, ">=")                                                                          \
    X(LEFTSHIFT, "<<")                                                                             \
    X(RIGHTSHIFT, ">>")                                                                            \
    X(DOUBLESTAR, "**")                                                                            \
    X(DOUBLESLASH, "//")                                                                           \
    X(RARROW, "->")                                                                                \
    X(COLONEQUAL, ":=")                                                                            \
    X(ELLIPSIS, "...")                                                                             \
    X(PLUSEQUAL, "+=")                                                                             \
    X(MINEQUAL, "-=")                                                                              \
    X(STAREQUAL, "*=")                                                                             \
    X(SLASHEQUAL, "/=")                                                                            \
    X(PERCENTEQUAL, "%=")                                                                          \
    X(AMPEREQUAL, "&=")                                                                            \
    X(VBAREQUAL, "|=")                                                                             \
    X(CIRCUMFLEXEQUAL, "^=")                                                                       \
    X(ATEQUAL, "@=")                                                                               \
    X(LEFTSHIFTEQUAL, "<<=")                                                                       \
    X(RIGHTSHIFTEQUAL, ">>=")                                                                      \
    X(DOUBLESTAREQUAL, "**=")                                                                      \
    X(DOUBLESLASHEQUAL, "//=")                                                                     \
    /* hard keywords: lexed as NAME text, given their own kind */                                  \
    X(KW_FALSE, "False")                                                                           \
    X(KW_NONE, "None")                                                                             \
    X(KW_TRUE, "True")                                                                             \
    X(KW_AND, "and")                                                                               \
    X(KW_AS, "as")                                                                                 \
    X(KW_ASSERT, "assert")                                                                         \
    X(KW_ASYNC, "async")                                                                           \
    X(KW_AWAIT, "await")                                                                           \
    X(KW_BREAK, "break")                                                                           \
    X(KW_CLASS, "class")                                                                           \
    X(KW_CONTINUE, "continue")                                                                     \
    X(KW_DEF, "def")                                                                               \
    X(KW_DEL, "del")                                                                               \
    X(KW_ELIF, "elif")                                                                             \
    X(KW_ELSE, "else")                                                                             \
    X(KW_EXCEPT, "except")                                                                         \
    X(KW_FINALLY, "finally")                                                                       \
    X(KW_FOR, "for")                                                                               \
    X(KW_FROM, "from")                                                                             \
    X(KW_GLOBAL, "global")                                                                         \
    X(KW_IF, "if")                                                                                 \
    X(KW_IMPORT, "import")                                                                         \
    X(KW_IN, "in")                                                                                 \
    X(KW_IS, "is")                                                                                 \
    X(KW_LAMBDA, "lambda")                                                                         \
    X(KW_NONLOCAL, "nonlocal")                                                                     \
    X(KW_NOT, "not")                                                                               \
    X(KW_OR, "or")                                                                                 \
    X(KW_PASS, "pass")                                                                             \
    X(KW_RAISE, "raise")                                                                           \
    X(KW_RETURN, "return")                                                                         \
    X(KW_TRY, "try")                                                                               \
    X(KW_WHILE, "while")                                                                           \
    X(KW_WITH, "with")                                                                             \
    X(KW_YIELD, "yield")

typedef enum {
#define JG_TK_ENUM(name, text) JG_TK_##name,
    JG_TOKEN_KINDS(JG_TK_ENUM)
#undef JG_TK_ENUM
        JG_TK_COUNT
} jg_tok_kind;

#define JG_TK_FIRST_KEYWORD JG_TK_KW_FALSE

typedef struct {
    jg_tok_kind kind;
    int line, col;         /* first byte */
    int end_line, end_col; /* one past the last byte */
    int level;             /* bracket depth after the token, as CPython's token->level */
    const char *start;     /* the token's bytes in the lexer's copy of the source */
    size_t len;
} jg_token;

/* What stopped the tokenizer.  'overrides' is true for the errors CPython's
 * tokenizer raises itself (unterminated string, bad number, unmatched bracket,
 * ...): those win over any parser error.  The others (bad dedent, tabs, EOF in
 * brackets, ...) count only when the parser reaches the error token. */
typedef enum {
    JG_LEXERR_NONE,
    JG_LEXERR_RAISED,   /* msg/line/col are final */
    JG_LEXERR_EOF,      /* end of input inside brackets: "'(' was never closed" */
    JG_LEXERR_DEDENT,   /* unindent does not match any outer indentation level */
    JG_LEXERR_TABSPACE, /* inconsistent use of tabs and spaces in indentation */
    JG_LEXERR_TOODEEP,  /* too many levels of indentation */
    JG_LEXERR_LINECONT, /* unexpected character after line continuation character */
    JG_LEXERR_NOMEM,
} jg_lex_error_kind;

typedef struct {
    jg_lex_error_kind kind;
    bool overrides;
    /* "SyntaxError: ...", "IndentationError: ...", "TabError: ..." */
    char msg[200];
    /* col: CPython's SyntaxError.offset for it: characters for the errors the
     * tokenizer raises itself, bytes for the others (as pegen reports them) */
    int line, col;
    /* The innermost bracket still open when the error (or EOF) was met. */
    int open_level;
    char open_char;
    int open_line, open_col; /* open_col: 1-based byte column */
} jg_lex_error;

typedef struct {
    jg_token *items; /* ends with ENDMARKER, or ERRORTOKEN when error.kind != NONE */
    int n;
    jg_lex_error error;
    const char *text; /* the normalized source the tokens point into (NUL-terminated) */
    size_t text_len;
} jg_tokens;

/* Options for lexing a fragment (an f-string expression) in place. */
typedef struct {
    int first_line;    /* line of the first byte of 'src' */
    int first_col;     /* 1-based byte column of the first byte of 'src' */
    int start_level;   /* bracket depth to start at (1: newlines are insignificant) */
    bool is_fragment;  /* 'src' is not a whole module: no NUL/BOM checks */
    const char *filename; /* for the message of a line that is not UTF-8 */
} jg_lex_options;

/*
 * Tokenizes 'len' bytes at 'src' into out->items, allocated in 'arena'.  The
 * source is first copied with "\r\n" and "\r" turned into "\n" and a final
 * "\n" added, as CPython reads files; tokens point into that copy (out->text).
 * 'opts' may be NULL for a whole module.  Returns JG_ERR_NOMEM when out of
 * memory; otherwise JG_OK, with any source error described in out->error.
 */
jg_status jg_lex(jg_arena *arena, const char *src, size_t len, const jg_lex_options *opts,
                 jg_tokens *out);

/* The name of a token kind ("NAME", "LPAR", "KW_IF", ...). */
const char *jg_tok_kind_name(jg_tok_kind kind);

/* The text of an operator or keyword kind ("(", "**=", "lambda"), else NULL. */
const char *jg_tok_kind_text(jg_tok_kind kind);

/* True when CPython's str.isprintable() holds for code point 'cp'. */
bool jg_lex_is_printable(uint32_t cp);

/* True when 'cp' may start ('first') or continue an identifier (XID_Start /
 * XID_Continue, with '_'). */
bool jg_lex_is_ident_char(uint32_t cp, bool first);

/* The 1-based character column of byte column 'col' (1-based) in the line
 * starting at 'line_start' (character columns count UTF-8 code points). */
int jg_lex_char_col(const char *line_start, int col);

/*
 * Converts the digits of an integer literal (as lexed: "0x1F", "1_000", "0o17",
 * "0b101", "12") to decimal digit text without leading zeros ("0" for zero),
 * allocated in 'arena'.  Returns NULL when out of memory.  Linear in the
 * literal's length for decimal input, quadratic only in the digit count of a
 * non-decimal literal.
 */
char *jg_lex_int_to_decimal(jg_arena *arena, const char *text, size_t len, size_t *out_len);

#endif
