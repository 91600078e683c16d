/*
 * vm/ast_dump.c - a syntax tree as text, exactly as CPython 3.11's ast.dump prints it.
 *
 * The parser's differential tests compare this output with
 * `ast.dump(ast.parse(src))` (optionally include_attributes=True), so field
 * order, the omission of None-valued optional fields, and the repr() of every
 * constant (shortest round-trip floats, str/bytes quoting and escapes) follow
 * CPython byte for byte.
 *
 * Invariant: the output is built in one malloc'd buffer; any allocation
 * failure yields NULL, never a truncated dump.
 */
#include "ast.h"
#include "lexer.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *s;
    size_t n, cap;
    bool oom;
    bool attrs; /* include_attributes */
} out;

static void put_n(out *o, const char *s, size_t n)
{
    if (o->oom)
        return;
    if (o->n + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap : 256;
        while (cap < o->n + n + 1)
            cap *= 2;
        char *fresh = realloc(o->s, cap);
        if (!fresh) {
            o->oom = true;
            return;
        }
        o->s = fresh;
        o->cap = cap;
    }
    memcpy(o->s + o->n, s, n);
    o->n += n;
    o->s[o->n] = '\0';
}

static void put(out *o, const char *s)
{
    put_n(o, s, strlen(s));
}

static void putf(out *o, const char *fmt, ...) JG_PRINTF(2, 3);

static void putf(out *o, const char *fmt, ...)
{
    char buf[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        put_n(o, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* ---------------------------------------------------------------- reprs */

/* CPython's float repr ('r' format): the shortest digits that read back as
 * 'x', in fixed notation when the decimal exponent is in [-4, 16), with ".0"
 * added to integral values when 'add_dot_0'. */
static void float_repr(out *o, double x, bool add_dot_0)
{
    if (isnan(x)) {
        put(o, "nan");
        return;
    }
    if (isinf(x)) {
        put(o, x < 0 ? "-inf" : "inf");
        return;
    }
    char buf[40];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    /* buf is "[-]d[.ddd]e[+-]XX" */
    const char *s = buf;
    bool neg = *s == '-';
    if (neg)
        s++;
    char digits[24];
    int nd = 0;
    while (*s && *s != 'e') {
        if (*s != '.')
            digits[nd++] = *s;
        s++;
    }
    int exp10 = atoi(s + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = '\0';
    int decpt = exp10 + 1;
    if (neg)
        put(o, "-");
    if (x == 0) {
        put(o, add_dot_0 ? "0.0" : "0");
        return;
    }
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            put(o, "0.");
            for (int i = 0; i < -decpt; i++)
                put(o, "0");
            put(o, digits);
        } else if (decpt >= nd) {
            put(o, digits);
            for (int i = nd; i < decpt; i++)
                put(o, "0");
            if (add_dot_0)
                put(o, ".0");
        } else {
            put_n(o, digits, (size_t)decpt);
            put(o, ".");
            put(o, digits + decpt);
        }
    } else {
        put_n(o, digits, 1);
        if (nd > 1) {
            put(o, ".");
            put(o, digits + 1);
        }
        int e = decpt - 1;
        putf(o, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    }
}

/* Decodes one code point of UTF-8 (surrogates allowed, as the parser stores
 * "\ud800"); returns the bytes used. */
static size_t next_cp(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned char c = s[0];
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (len > n || (len > 1 && c < 0xC0)) {
        *cp = c;
        return 1;
    }
    uint32_t v = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (size_t i = 1; i < len; i++)
        v = (v << 6) | (s[i] & 0x3Fu);
    *cp = v;
    return len;
}

/* repr() of a str. */
static void str_repr(out *o, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    bool has_sq = memchr(s, '\'', len) != NULL;
    bool has_dq = memchr(s, '"', len) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    put_n(o, &quote, 1);
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        size_t k = next_cp(s + i, len - i, &cp);
        if (cp == (uint32_t)quote || cp == '\\') {
            char e[2] = {'\\', (char)cp};
            put_n(o, e, 2);
        } else if (cp == '\t') {
            put(o, "\\t");
        } else if (cp == '\n') {
            put(o, "\\n");
        } else if (cp == '\r') {
            put(o, "\\r");
        } else if (cp < ' ' || cp == 0x7F) {
            putf(o, "\\x%02x", (unsigned)cp);
        } else if (cp < 0x7F) {
            char c = (char)cp;
            put_n(o, &c, 1);
        } else if (jg_lex_is_printable(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            put_n(o, text + i, k);
        } else if (cp <= 0xFF) {
            putf(o, "\\x%02x", (unsigned)cp);
        } else if (cp <= 0xFFFF) {
            putf(o, "\\u%04x", (unsigned)cp);
        } else {
            putf(o, "\\U%08x", (unsigned)cp);
        }
        i += k;
    }
    put_n(o, &quote, 1);
}

/* repr() of a bytes. */
static void bytes_repr(out *o, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    bool has_sq = memchr(s, '\'', len) != NULL;
    bool has_dq = memchr(s, '"', len) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    put(o, "b");
    put_n(o, &quote, 1);
    for (size_t i = 0; i < len; i++) {
        unsigned c = s[i];
        if (c == (unsigned char)quote || c == '\\') {
            char e[2] = {'\\', (char)c};
            put_n(o, e, 2);
        } else if (c == '\t') {
            put(o, "\\t");
        } else if (c == '\n') {
            put(o, "\\n");
        } else if (c == '\r') {
            put(o, "\\r");
        } else if (c < ' ' || c >= 0x7F) {
            putf(o, "\\x%02x", c);
        } else {
            char ch = (char)c;
            put_n(o, &ch, 1);
        }
    }
    put_n(o, &quote, 1);
}

/* ---------------------------------------------------------------- nodes */

static void dump_expr(out *o, const jg_expr *e);
static void dump_stmts(out *o, const jg_stmt_list *l);

/* ", name=" before every field but the first of a node. */
static void field(out *o, bool *first, const char *name)
{
    if (!*first)
        put(o, ", ");
    *first = false;
    put(o, name);
    put(o, "=");
}

static void attrs(out *o, bool first, int line, int col, int end_line, int end_col)
{
    if (!o->attrs)
        return;
    putf(o, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", first ? "" : ", ",
         line, col - 1, end_line, end_col - 1);
}

static void dump_exprs(out *o, const jg_expr_list *l)
{
    put(o, "[");
    for (int i = 0; i < l->n; i++) {
        if (i)
            put(o, ", ");
        if (l->items[i])
            dump_expr(o, l->items[i]);
        else
            put(o, "None");
    }
    put(o, "]");
}

static const char *ctx_name(jg_ctx c)
{
    return c == JG_CTX_STORE ? "Store()" : c == JG_CTX_DEL ? "Del()" : "Load()";
}

static const char *op_name(jg_operator op)
{
    static const char *const names[] = {"Add()",    "Sub()",    "Mult()",   "MatMult()", "Div()",
                                        "Mod()",    "Pow()",    "LShift()", "RShift()",  "BitOr()",
                                        "BitXor()", "BitAnd()", "FloorDiv()"};
    return names[op];
}

static const char *unaryop_name(jg_unaryop op)
{
    static const char *const names[] = {"Invert()", "Not()", "UAdd()", "USub()"};
    return names[op];
}

static const char *cmpop_name(jg_cmpop op)
{
    static const char *const names[] = {"Eq()", "NotEq()", "Lt()", "LtE()", "Gt()",
                                        "GtE()", "Is()", "IsNot()", "In()", "NotIn()"};
    return names[op];
}

static void dump_arg(out *o, const jg_arg *a)
{
    bool first = true;
    put(o, "arg(");
    field(o, &first, "arg");
    str_repr(o, a->name, strlen(a->name));
    if (a->annotation) {
        field(o, &first, "annotation");
        dump_expr(o, a->annotation);
    }
    attrs(o, first, a->line, a->col, a->end_line, a->end_col);
    put(o, ")");
}

static void dump_arg_list(out *o, const jg_arg_list *l)
{
    put(o, "[");
    for (int i = 0; i < l->n; i++) {
        if (i)
            put(o, ", ");
        dump_arg(o, &l->items[i]);
    }
    put(o, "]");
}

static void dump_arguments(out *o, const jg_arguments *a)
{
    bool first = true;
    put(o, "arguments(");
    field(o, &first, "posonlyargs");
    dump_arg_list(o, &a->posonlyargs);
    field(o, &first, "args");
    dump_arg_list(o, &a->args);
    if (a->vararg) {
        field(o, &first, "vararg");
        dump_arg(o, a->vararg);
    }
    field(o, &first, "kwonlyargs");
    dump_arg_list(o, &a->kwonlyargs);
    field(o, &first, "kw_defaults");
    dump_exprs(o, &a->kw_defaults);
    if (a->kwarg) {
        field(o, &first, "kwarg");
        dump_arg(o, a->kwarg);
    }
    field(o, &first, "defaults");
    dump_exprs(o, &a->defaults);
    put(o, ")");
}

static void dump_keywords(out *o, const jg_keyword_list *l)
{
    put(o, "[");
    for (int i = 0; i < l->n; i++) {
        const jg_keyword *k = &l->items[i];
        bool first = true;
        if (i)
            put(o, ", ");
        put(o, "keyword(");
        if (k->arg) {
            field(o, &first, "arg");
            str_repr(o, k->arg, strlen(k->arg));
        }
        field(o, &first, "value");
        dump_expr(o, k->value);
        attrs(o, first, k->line, k->col, k->end_line, k->end_col);
        put(o, ")");
    }
    put(o, "]");
}

static void dump_generators(out *o, const jg_comp_list *g)
{
    put(o, "[");
    for (int i = 0; i < g->n; i++) {
        const jg_comprehension *c = &g->items[i];
        if (i)
            put(o, ", ");
        put(o, "comprehension(target=");
        dump_expr(o, c->target);
        put(o, ", iter=");
        dump_expr(o, c->iter);
        put(o, ", ifs=");
        dump_exprs(o, &c->ifs);
        put(o, ", is_async=0)");
    }
    put(o, "]");
}

static void dump_constant(out *o, const jg_constant *c)
{
    switch (c->kind) {
        case JG_CONST_NONE: put(o, "None"); break;
        case JG_CONST_TRUE: put(o, "True"); break;
        case JG_CONST_FALSE: put(o, "False"); break;
        case JG_CONST_ELLIPSIS: put(o, "Ellipsis"); break;
        case JG_CONST_INT: put_n(o, c->text, c->len); break;
        case JG_CONST_FLOAT: float_repr(o, c->f, true); break;
        case JG_CONST_IMAG:
            float_repr(o, c->f, false);
            put(o, "j");
            break;
        case JG_CONST_STR: str_repr(o, c->text, c->len); break;
        case JG_CONST_BYTES: bytes_repr(o, c->text, c->len); break;
    }
}

static void dump_comp(out *o, const char *name, const jg_expr *e)
{
    put(o, name);
    put(o, "(");
    if (e->kind == JG_E_DICTCOMP) {
        put(o, "key=");
        dump_expr(o, e->u.comp.key);
        put(o, ", value=");
    } else {
        put(o, "elt=");
    }
    dump_expr(o, e->u.comp.elt);
    put(o, ", generators=");
    dump_generators(o, &e->u.comp.generators);
}

static void dump_expr(out *o, const jg_expr *e)
{
    bool first = false;
    switch (e->kind) {
        case JG_E_BOOLOP:
            put(o, e->u.boolop.op == JG_BOOL_AND ? "BoolOp(op=And(), values=" : "BoolOp(op=Or(), values=");
            dump_exprs(o, &e->u.boolop.values);
            break;
        case JG_E_NAMEDEXPR:
            put(o, "NamedExpr(target=");
            dump_expr(o, e->u.namedexpr.target);
            put(o, ", value=");
            dump_expr(o, e->u.namedexpr.value);
            break;
        case JG_E_BINOP:
            put(o, "BinOp(left=");
            dump_expr(o, e->u.binop.left);
            put(o, ", op=");
            put(o, op_name(e->u.binop.op));
            put(o, ", right=");
            dump_expr(o, e->u.binop.right);
            break;
        case JG_E_UNARYOP:
            put(o, "UnaryOp(op=");
            put(o, unaryop_name(e->u.unaryop.op));
            put(o, ", operand=");
            dump_expr(o, e->u.unaryop.operand);
            break;
        case JG_E_LAMBDA:
            put(o, "Lambda(args=");
            dump_arguments(o, e->u.lambda.args);
            put(o, ", body=");
            dump_expr(o, e->u.lambda.body);
            break;
        case JG_E_IFEXP:
            put(o, "IfExp(test=");
            dump_expr(o, e->u.ifexp.test);
            put(o, ", body=");
            dump_expr(o, e->u.ifexp.body);
            put(o, ", orelse=");
            dump_expr(o, e->u.ifexp.orelse);
            break;
        case JG_E_DICT:
            put(o, "Dict(keys=");
            dump_exprs(o, &e->u.dict.keys);
            put(o, ", values=");
            dump_exprs(o, &e->u.dict.values);
            break;
        case JG_E_SET:
            put(o, "Set(elts=");
            dump_exprs(o, &e->u.seq.elts);
            break;
        case JG_E_LISTCOMP: dump_comp(o, "ListComp", e); break;
        case JG_E_SETCOMP: dump_comp(o, "SetComp", e); break;
        case JG_E_DICTCOMP: dump_comp(o, "DictComp", e); break;
        case JG_E_GENEXP: dump_comp(o, "GeneratorExp", e); break;
        case JG_E_YIELD:
        case JG_E_YIELDFROM:
            put(o, e->kind == JG_E_YIELD ? "Yield(" : "YieldFrom(");
            first = true;
            if (e->u.yield_.value) {
                field(o, &first, "value");
                dump_expr(o, e->u.yield_.value);
            }
            break;
        case JG_E_COMPARE:
            put(o, "Compare(left=");
            dump_expr(o, e->u.compare.left);
            put(o, ", ops=[");
            for (int i = 0; i < e->u.compare.comparators.n; i++) {
                if (i)
                    put(o, ", ");
                put(o, cmpop_name(e->u.compare.ops[i]));
            }
            put(o, "], comparators=");
            dump_exprs(o, &e->u.compare.comparators);
            break;
        case JG_E_CALL:
            put(o, "Call(func=");
            dump_expr(o, e->u.call.func);
            put(o, ", args=");
            dump_exprs(o, &e->u.call.args);
            put(o, ", keywords=");
            dump_keywords(o, &e->u.call.keywords);
            break;
        case JG_E_FORMATTEDVALUE:
            put(o, "FormattedValue(value=");
            dump_expr(o, e->u.fvalue.value);
            putf(o, ", conversion=%d", e->u.fvalue.conversion);
            if (e->u.fvalue.format_spec) {
                put(o, ", format_spec=");
                dump_expr(o, e->u.fvalue.format_spec);
            }
            break;
        case JG_E_JOINEDSTR:
            put(o, "JoinedStr(values=");
            dump_exprs(o, &e->u.seq.elts);
            break;
        case JG_E_CONSTANT:
            put(o, "Constant(value=");
            dump_constant(o, &e->u.constant);
            if (e->u.constant.kind == JG_CONST_STR && e->u.constant.is_u)
                put(o, ", kind='u'");
            break;
        case JG_E_ATTRIBUTE:
            put(o, "Attribute(value=");
            dump_expr(o, e->u.attribute.value);
            put(o, ", attr=");
            str_repr(o, e->u.attribute.attr, strlen(e->u.attribute.attr));
            put(o, ", ctx=");
            put(o, ctx_name(e->ctx));
            break;
        case JG_E_SUBSCRIPT:
            put(o, "Subscript(value=");
            dump_expr(o, e->u.subscript.value);
            put(o, ", slice=");
            dump_expr(o, e->u.subscript.slice);
            put(o, ", ctx=");
            put(o, ctx_name(e->ctx));
            break;
        case JG_E_STARRED:
            put(o, "Starred(value=");
            dump_expr(o, e->u.starred.value);
            put(o, ", ctx=");
            put(o, ctx_name(e->ctx));
            break;
        case JG_E_NAME:
            put(o, "Name(id=");
            str_repr(o, e->u.name.id, strlen(e->u.name.id));
            put(o, ", ctx=");
            put(o, ctx_name(e->ctx));
            break;
        case JG_E_LIST:
        case JG_E_TUPLE:
            put(o, e->kind == JG_E_LIST ? "List(elts=" : "Tuple(elts=");
            dump_exprs(o, &e->u.seq.elts);
            put(o, ", ctx=");
            put(o, ctx_name(e->ctx));
            break;
        case JG_E_SLICE:
            put(o, "Slice(");
            first = true;
            if (e->u.slice.lower) {
                field(o, &first, "lower");
                dump_expr(o, e->u.slice.lower);
            }
            if (e->u.slice.upper) {
                field(o, &first, "upper");
                dump_expr(o, e->u.slice.upper);
            }
            if (e->u.slice.step) {
                field(o, &first, "step");
                dump_expr(o, e->u.slice.step);
            }
            break;
    }
    attrs(o, first, e->line, e->col, e->end_line, e->end_col);
    put(o, ")");
}

static void dump_handlers(out *o, const jg_handler_list *l)
{
    put(o, "[");
    for (int i = 0; i < l->n; i++) {
        const jg_excepthandler *h = &l->items[i];
        bool first = true;
        if (i)
            put(o, ", ");
        put(o, "ExceptHandler(");
        if (h->type) {
            field(o, &first, "type");
            dump_expr(o, h->type);
        }
        if (h->name) {
            field(o, &first, "name");
            str_repr(o, h->name, strlen(h->name));
        }
        field(o, &first, "body");
        dump_stmts(o, &h->body);
        attrs(o, first, h->line, h->col, h->end_line, h->end_col);
        put(o, ")");
    }
    put(o, "]");
}

static void dump_aliases(out *o, const jg_alias_list *l)
{
    put(o, "[");
    for (int i = 0; i < l->n; i++) {
        const jg_alias *a = &l->items[i];
        bool first = true;
        if (i)
            put(o, ", ");
        put(o, "alias(");
        field(o, &first, "name");
        str_repr(o, a->name, strlen(a->name));
        if (a->asname) {
            field(o, &first, "asname");
            str_repr(o, a->asname, strlen(a->asname));
        }
        attrs(o, first, a->line, a->col, a->end_line, a->end_col);
        put(o, ")");
    }
    put(o, "]");
}

static void dump_names(out *o, const jg_name_list *l)
{
    put(o, "names=[");
    for (int i = 0; i < l->n; i++) {
        if (i)
            put(o, ", ");
        str_repr(o, l->items[i], strlen(l->items[i]));
    }
    put(o, "]");
}

static void dump_stmt(out *o, const jg_stmt *s)
{
    bool first = false;
    switch (s->kind) {
        case JG_S_FUNCTIONDEF:
            put(o, "FunctionDef(name=");
            str_repr(o, s->u.funcdef.name, strlen(s->u.funcdef.name));
            put(o, ", args=");
            dump_arguments(o, s->u.funcdef.args);
            put(o, ", body=");
            dump_stmts(o, &s->u.funcdef.body);
            put(o, ", decorator_list=");
            dump_exprs(o, &s->u.funcdef.decorator_list);
            if (s->u.funcdef.returns) {
                put(o, ", returns=");
                dump_expr(o, s->u.funcdef.returns);
            }
            break;
        case JG_S_CLASSDEF:
            put(o, "ClassDef(name=");
            str_repr(o, s->u.classdef.name, strlen(s->u.classdef.name));
            put(o, ", bases=");
            dump_exprs(o, &s->u.classdef.bases);
            put(o, ", keywords=");
            dump_keywords(o, &s->u.classdef.keywords);
            put(o, ", body=");
            dump_stmts(o, &s->u.classdef.body);
            put(o, ", decorator_list=");
            dump_exprs(o, &s->u.classdef.decorator_list);
            break;
        case JG_S_RETURN:
            put(o, "Return(");
            first = true;
            if (s->u.value) {
                field(o, &first, "value");
                dump_expr(o, s->u.value);
            }
            break;
        case JG_S_DELETE:
            put(o, "Delete(targets=");
            dump_exprs(o, &s->u.targets);
            break;
        case JG_S_ASSIGN:
            put(o, "Assign(targets=");
            dump_exprs(o, &s->u.assign.targets);
            put(o, ", value=");
            dump_expr(o, s->u.assign.value);
            break;
        case JG_S_AUGASSIGN:
            put(o, "AugAssign(target=");
            dump_expr(o, s->u.augassign.target);
            put(o, ", op=");
            put(o, op_name(s->u.augassign.op));
            put(o, ", value=");
            dump_expr(o, s->u.augassign.value);
            break;
        case JG_S_ANNASSIGN:
            put(o, "AnnAssign(target=");
            dump_expr(o, s->u.annassign.target);
            put(o, ", annotation=");
            dump_expr(o, s->u.annassign.annotation);
            if (s->u.annassign.value) {
                put(o, ", value=");
                dump_expr(o, s->u.annassign.value);
            }
            putf(o, ", simple=%d", s->u.annassign.simple);
            break;
        case JG_S_FOR:
            put(o, "For(target=");
            dump_expr(o, s->u.loop.target);
            put(o, ", iter=");
            dump_expr(o, s->u.loop.iter);
            put(o, ", body=");
            dump_stmts(o, &s->u.loop.body);
            put(o, ", orelse=");
            dump_stmts(o, &s->u.loop.orelse);
            break;
        case JG_S_WHILE:
            put(o, "While(test=");
            dump_expr(o, s->u.loop.iter);
            put(o, ", body=");
            dump_stmts(o, &s->u.loop.body);
            put(o, ", orelse=");
            dump_stmts(o, &s->u.loop.orelse);
            break;
        case JG_S_IF:
            put(o, "If(test=");
            dump_expr(o, s->u.if_.test);
            put(o, ", body=");
            dump_stmts(o, &s->u.if_.body);
            put(o, ", orelse=");
            dump_stmts(o, &s->u.if_.orelse);
            break;
        case JG_S_WITH:
            put(o, "With(items=[");
            for (int i = 0; i < s->u.with.items.n; i++) {
                const jg_withitem *w = &s->u.with.items.items[i];
                if (i)
                    put(o, ", ");
                put(o, "withitem(context_expr=");
                dump_expr(o, w->context_expr);
                if (w->optional_vars) {
                    put(o, ", optional_vars=");
                    dump_expr(o, w->optional_vars);
                }
                put(o, ")");
            }
            put(o, "], body=");
            dump_stmts(o, &s->u.with.body);
            break;
        case JG_S_RAISE:
            put(o, "Raise(");
            first = true;
            if (s->u.raise.exc) {
                field(o, &first, "exc");
                dump_expr(o, s->u.raise.exc);
            }
            if (s->u.raise.cause) {
                field(o, &first, "cause");
                dump_expr(o, s->u.raise.cause);
            }
            break;
        case JG_S_TRY:
            put(o, "Try(body=");
            dump_stmts(o, &s->u.try_.body);
            put(o, ", handlers=");
            dump_handlers(o, &s->u.try_.handlers);
            put(o, ", orelse=");
            dump_stmts(o, &s->u.try_.orelse);
            put(o, ", finalbody=");
            dump_stmts(o, &s->u.try_.finalbody);
            break;
        case JG_S_ASSERT:
            put(o, "Assert(test=");
            dump_expr(o, s->u.assert_.test);
            if (s->u.assert_.msg) {
                put(o, ", msg=");
                dump_expr(o, s->u.assert_.msg);
            }
            break;
        case JG_S_IMPORT:
            put(o, "Import(names=");
            dump_aliases(o, &s->u.import.names);
            break;
        case JG_S_IMPORTFROM:
            put(o, "ImportFrom(");
            if (s->u.import.module) {
                put(o, "module=");
                str_repr(o, s->u.import.module, strlen(s->u.import.module));
                put(o, ", ");
            }
            put(o, "names=");
            dump_aliases(o, &s->u.import.names);
            put(o, ", level=0");
            break;
        case JG_S_GLOBAL:
        case JG_S_NONLOCAL:
            put(o, s->kind == JG_S_GLOBAL ? "Global(" : "Nonlocal(");
            dump_names(o, &s->u.names);
            break;
        case JG_S_EXPR:
            put(o, "Expr(value=");
            dump_expr(o, s->u.value);
            break;
        case JG_S_PASS:
            put(o, "Pass(");
            first = true;
            break;
        case JG_S_BREAK:
            put(o, "Break(");
            first = true;
            break;
        case JG_S_CONTINUE:
            put(o, "Continue(");
            first = true;
            break;
    }
    attrs(o, first, s->line, s->col, s->end_line, s->end_col);
    put(o, ")");
}

static void dump_stmts(out *o, const jg_stmt_list *l)
{
    put(o, "[");
    for (int i = 0; i < l->n; i++) {
        if (i)
            put(o, ", ");
        dump_stmt(o, l->items[i]);
    }
    put(o, "]");
}

/* Returns the dump of 'm' as ast.dump(tree, include_attributes='attributes')
 * prints it, malloc'd; NULL when out of memory. */
char *jg_ast_dump_ex(const jg_module_ast *m, bool attributes)
{
    out o = {NULL, 0, 0, false, attributes};
    put(&o, "Module(body=");
    dump_stmts(&o, &m->body);
    put(&o, ", type_ignores=[])");
    if (o.oom) {
        free(o.s);
        return NULL;
    }
    return o.s;
}

/* Returns the dump of 'm' as ast.dump(tree) prints it, malloc'd; NULL when out of memory. */
char *jg_ast_dump(const jg_module_ast *m)
{
    return jg_ast_dump_ex(m, false);
}
