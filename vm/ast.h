/*
 * vm/ast.h - the syntax tree the parser builds and the compiler consumes.
 *
 * The tree mirrors CPython 3.11's `ast` module node for node (same node names,
 * same fields, same meaning), restricted to the subset in LANGUAGE.md, so the
 * compiler can follow CPython's compile.c and a reader can check a tree against
 * `python3 -c "import ast; print(ast.dump(ast.parse(src)))"`.
 *
 * Every node, list and string lives in one jg_arena owned by the caller of the
 * parser and is freed with it: the tree is C-owned memory, never GC'd, and holds
 * no jg_value.  Literals are kept as text or C numbers; the compiler turns them
 * into constants.
 *
 * Invariant: every node carries the 1-based line and column of its first token
 * (end_line for statements, used by tracebacks spanning several lines).
 *
 * Positions are CPython's, shifted to count from 1: line/end_line are
 * ast.lineno/end_lineno; col is ast.col_offset + 1 and end_col is
 * ast.end_col_offset + 1, both in bytes of the UTF-8 line, end_col one past
 * the node's last byte.  (The parser compares them with CPython's in tests.)
 *
 * A few fields exist only so the tree dumps exactly as ast.dump does
 * (annotations, Constant.kind == 'u'); the compiler ignores them.
 */
#ifndef JG_AST_H
#define JG_AST_H

#include "jumpgate.h"
#include "operators.h"

/* ---------------------------------------------------------------- arena */

typedef struct jg_arena jg_arena;

jg_arena *jg_arena_new(void);
void jg_arena_free(jg_arena **a);
/* Zeroed memory for the arena's lifetime; NULL only when out of memory. */
void *jg_arena_alloc(jg_arena *a, size_t size);
/* Copies 'len' bytes of 's' and adds a NUL. */
char *jg_arena_strndup(jg_arena *a, const char *s, size_t len);

/* ---------------------------------------------------------------- nodes */

typedef struct jg_expr jg_expr;
typedef struct jg_stmt jg_stmt;

typedef struct {
    int n;
    jg_expr **items;
} jg_expr_list;

typedef struct {
    int n;
    jg_stmt **items;
} jg_stmt_list;

/* Identifiers are NUL-terminated UTF-8 in the arena. */
typedef struct {
    int n;
    const char **items;
} jg_name_list;

typedef enum {
    JG_CTX_LOAD,
    JG_CTX_STORE,
    JG_CTX_DEL,
} jg_ctx;

/* One `for ... in ... if ...` clause of a comprehension. */
typedef struct {
    jg_expr *target;
    jg_expr *iter;
    jg_expr_list ifs;
} jg_comprehension;

typedef struct {
    int n;
    jg_comprehension *items;
} jg_comp_list;

/* keyword argument at a call site; arg == NULL means `**value`. */
typedef struct {
    const char *arg;
    jg_expr *value;
    int line, col;
    int end_line, end_col;
} jg_keyword;

typedef struct {
    int n;
    jg_keyword *items;
} jg_keyword_list;

/* One parameter of a def or lambda.  The annotation is kept for ast dumps
 * only; it is never evaluated (NULL when absent, always NULL in a lambda). */
typedef struct {
    const char *name;
    int line, col;
    int end_line, end_col;
    jg_expr *annotation;
} jg_arg;

typedef struct {
    int n;
    jg_arg *items;
} jg_arg_list;

/* CPython's ast.arguments.  defaults align with the *last* posonly+args;
 * kw_defaults[i] is NULL when kwonlyargs[i] has no default. */
typedef struct {
    jg_arg_list posonlyargs;
    jg_arg_list args;
    jg_arg *vararg; /* NULL when absent */
    jg_arg_list kwonlyargs;
    jg_expr_list kw_defaults;
    jg_arg *kwarg; /* NULL when absent */
    jg_expr_list defaults;
} jg_arguments;

typedef enum {
    JG_E_BOOLOP,    /* boolop.op, boolop.values (n >= 2) */
    JG_E_NAMEDEXPR, /* namedexpr.target (a Name), namedexpr.value */
    JG_E_BINOP,     /* binop.left, binop.op, binop.right */
    JG_E_UNARYOP,   /* unaryop.op, unaryop.operand */
    JG_E_LAMBDA,    /* lambda.args, lambda.body */
    JG_E_IFEXP,     /* ifexp.test, ifexp.body, ifexp.orelse */
    JG_E_DICT,      /* dict.keys (NULL key = `**value`), dict.values */
    JG_E_SET,       /* seq.elts */
    JG_E_LISTCOMP,  /* comp.elt, comp.generators */
    JG_E_SETCOMP,   /* comp.elt, comp.generators */
    JG_E_DICTCOMP,  /* comp.key, comp.elt (the value), comp.generators */
    JG_E_GENEXP,    /* comp.elt, comp.generators */
    JG_E_YIELD,     /* yield_.value, may be NULL */
    JG_E_YIELDFROM, /* yield_.value */
    JG_E_COMPARE,   /* compare.left, compare.ops[n], compare.comparators (n) */
    JG_E_CALL,      /* call.func, call.args (Starred for *x), call.keywords */
    JG_E_FORMATTEDVALUE, /* fvalue.value, fvalue.conversion (-1, 's', 'r', 'a'),
                            fvalue.format_spec (a JoinedStr or NULL) */
    JG_E_JOINEDSTR, /* seq.elts: Constant str and FormattedValue */
    JG_E_CONSTANT,  /* constant */
    JG_E_ATTRIBUTE, /* attribute.value, attribute.attr, ctx */
    JG_E_SUBSCRIPT, /* subscript.value, subscript.slice, ctx */
    JG_E_STARRED,   /* starred.value, ctx */
    JG_E_NAME,      /* name.id, ctx */
    JG_E_LIST,      /* seq.elts, ctx */
    JG_E_TUPLE,     /* seq.elts, ctx */
    JG_E_SLICE,     /* slice.lower, slice.upper, slice.step: each may be NULL */
} jg_expr_kind;

typedef enum {
    JG_CONST_NONE,
    JG_CONST_TRUE,
    JG_CONST_FALSE,
    JG_CONST_ELLIPSIS,
    JG_CONST_INT,     /* text: decimal digits only, no sign, no '_' (the parser
                         converts hex/octal/binary literals to decimal text) */
    JG_CONST_FLOAT,   /* f */
    JG_CONST_IMAG,    /* refused by the compiler: complex is outside the subset */
    JG_CONST_STR,     /* text/len: decoded UTF-8, escapes processed */
    JG_CONST_BYTES,   /* text/len: raw bytes, escapes processed */
} jg_const_kind;

typedef struct {
    jg_const_kind kind;
    double f;         /* FLOAT; IMAG: the imaginary part */
    const char *text; /* NUL-terminated as well, but may contain NULs: use len.
                         FLOAT/IMAG: the literal as written */
    size_t len;
    bool is_u;        /* STR written u"..." (ast's Constant.kind == 'u'); no meaning */
} jg_constant;

struct jg_expr {
    jg_expr_kind kind;
    jg_ctx ctx; /* for Attribute, Subscript, Starred, Name, List, Tuple */
    int line, col, end_line, end_col;
    union {
        struct {
            jg_boolop op;
            jg_expr_list values;
        } boolop;
        struct {
            jg_expr *target, *value;
        } namedexpr;
        struct {
            jg_expr *left;
            jg_operator op;
            jg_expr *right;
        } binop;
        struct {
            jg_unaryop op;
            jg_expr *operand;
        } unaryop;
        struct {
            jg_arguments *args;
            jg_expr *body;
        } lambda;
        struct {
            jg_expr *test, *body, *orelse;
        } ifexp;
        struct {
            jg_expr_list keys, values;
        } dict;
        struct {
            jg_expr *key; /* DictComp only */
            jg_expr *elt;
            jg_comp_list generators;
        } comp;
        struct {
            jg_expr *value;
        } yield_;
        struct {
            jg_expr *left;
            jg_cmpop *ops;
            jg_expr_list comparators;
        } compare;
        struct {
            jg_expr *func;
            jg_expr_list args;
            jg_keyword_list keywords;
        } call;
        struct {
            jg_expr *value;
            int conversion;
            jg_expr *format_spec;
        } fvalue;
        jg_constant constant;
        struct {
            jg_expr *value;
            const char *attr;
        } attribute;
        struct {
            jg_expr *value, *slice;
        } subscript;
        struct {
            jg_expr *value;
        } starred;
        struct {
            const char *id;
        } name;
        struct {
            jg_expr_list elts;
        } seq;
        struct {
            jg_expr *lower, *upper, *step;
        } slice;
    } u;
};

typedef struct {
    jg_expr *type; /* NULL for a bare `except:` */
    const char *name; /* `as name`, or NULL */
    jg_stmt_list body;
    int line, col;
    int end_line, end_col;
} jg_excepthandler;

typedef struct {
    int n;
    jg_excepthandler *items;
} jg_handler_list;

typedef struct {
    jg_expr *context_expr;
    jg_expr *optional_vars; /* NULL when there is no `as` */
} jg_withitem;

typedef struct {
    int n;
    jg_withitem *items;
} jg_withitem_list;

/* `import a.b as c` -> name "a.b", asname "c"; `from m import *` -> name "*". */
typedef struct {
    const char *name;
    const char *asname; /* NULL when absent */
    int line, col;
    int end_line, end_col;
} jg_alias;

typedef struct {
    int n;
    jg_alias *items;
} jg_alias_list;

typedef enum {
    JG_S_FUNCTIONDEF, /* funcdef */
    JG_S_CLASSDEF,    /* classdef */
    JG_S_RETURN,      /* value (may be NULL) */
    JG_S_DELETE,      /* targets */
    JG_S_ASSIGN,      /* assign.targets (n >= 1, chained a = b = v), assign.value */
    JG_S_AUGASSIGN,   /* augassign */
    JG_S_ANNASSIGN,   /* annassign: target, value (may be NULL); annotation for dumps only */
    JG_S_FOR,         /* loop: target, iter, body, orelse */
    JG_S_WHILE,       /* loop: test (in iter), body, orelse */
    JG_S_IF,          /* if_: test, body, orelse (elif is a nested If in orelse) */
    JG_S_WITH,        /* with: items, body */
    JG_S_RAISE,       /* raise: exc (may be NULL), cause (may be NULL) */
    JG_S_TRY,         /* try_: body, handlers, orelse, finalbody */
    JG_S_ASSERT,      /* assert_: test, msg (may be NULL) */
    JG_S_IMPORT,      /* import: names */
    JG_S_IMPORTFROM,  /* import: module, names; level is always 0 (relative imports refused) */
    JG_S_GLOBAL,      /* names */
    JG_S_NONLOCAL,    /* names */
    JG_S_EXPR,        /* value */
    JG_S_PASS,
    JG_S_BREAK,
    JG_S_CONTINUE,
} jg_stmt_kind;

struct jg_stmt {
    jg_stmt_kind kind;
    int line, col, end_line, end_col;
    union {
        struct {
            const char *name;
            jg_arguments *args;
            jg_stmt_list body;
            jg_expr_list decorator_list;
            jg_expr *returns; /* the `-> X` annotation, for ast dumps only; may be NULL */
        } funcdef;
        struct {
            const char *name;
            jg_expr_list bases;
            jg_keyword_list keywords; /* refused by the compiler when non-empty (metaclass=) */
            jg_stmt_list body;
            jg_expr_list decorator_list;
        } classdef;
        jg_expr *value; /* Return, Expr */
        jg_expr_list targets; /* Delete */
        struct {
            jg_expr_list targets;
            jg_expr *value;
        } assign;
        struct {
            jg_expr *target;
            jg_operator op;
            jg_expr *value;
        } augassign;
        struct {
            jg_expr *target;
            jg_expr *value;
            int simple; /* 1 when the target is a plain name, not in parentheses */
            jg_expr *annotation; /* for ast dumps only; never evaluated */
        } annassign;
        struct {
            jg_expr *target; /* For only */
            jg_expr *iter;   /* For: the iterable; While: the test */
            jg_stmt_list body, orelse;
        } loop;
        struct {
            jg_expr *test;
            jg_stmt_list body, orelse;
        } if_;
        struct {
            jg_withitem_list items;
            jg_stmt_list body;
        } with;
        struct {
            jg_expr *exc, *cause;
        } raise;
        struct {
            jg_stmt_list body;
            jg_handler_list handlers;
            jg_stmt_list orelse, finalbody;
        } try_;
        struct {
            jg_expr *test, *msg;
        } assert_;
        struct {
            const char *module; /* ImportFrom only */
            jg_alias_list names;
        } import;
        jg_name_list names; /* Global, Nonlocal */
    } u;
};

/* A parsed module: its statements and the source it came from (for tracebacks). */
typedef struct {
    jg_stmt_list body;
    const char *filename;
} jg_module_ast;

/*
 * Parses 'src' ('len' bytes of UTF-8) named 'filename' into a tree allocated
 * in 'arena'.  On a syntax error or a construct outside the subset returns
 * JG_ERR_SYNTAX with err->line, err->col (CPython's SyntaxError.offset when
 * it runs a file: 1-based, in bytes for parser errors and in characters for
 * the tokenizer's own; 0 when CPython gives none), err->where (the file
 * name) and err->msg set to the last line CPython prints, exception class
 * first: "SyntaxError: invalid syntax", "IndentationError: unexpected indent",
 * "TabError: inconsistent use of tabs and spaces in indentation",
 * "SyntaxError: 'async def' is not supported by jumpgate", ...; a caller
 * prints err->msg verbatim.  Nesting deeper than the parser's limit gives
 * "RecursionError: maximum recursion depth exceeded during compilation" (also
 * JG_ERR_SYNTAX).  JG_ERR_NOMEM when out of memory.  The tree is valid only
 * when JG_OK is returned; it holds no expression nested more than
 * JG_MAX_SYNTAX_DEPTH (limits.h) deep, so recursive walks of it are safe.
 */
jg_status jg_parse(jg_arena *arena, const char *filename, const char *src, size_t len,
                   jg_module_ast **out, jg_err *err);

/* Writes the tree in the format of CPython's ast.dump(tree) (no attributes),
 * for tests that compare our parser with CPython's.  Returns a malloc'd string
 * (NULL when out of memory). */
char *jg_ast_dump(const jg_module_ast *m);

/* As jg_ast_dump, with include_attributes=True when 'attributes' (lineno,
 * col_offset, end_lineno, end_col_offset of every node, CPython's numbering). */
char *jg_ast_dump_ex(const jg_module_ast *m, bool attributes);

#endif
