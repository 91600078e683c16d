/*
 * vm/symtable.h - scope analysis: which names are local, global, cell or free
 * in every scope of a module, before any bytecode is emitted.
 *
 * The analysis is CPython 3.11's symtable.c: a first pass walks the syntax
 * tree, opening a scope for the module, every def, lambda, class body and
 * comprehension, and records how each name is used there (bound, used,
 * declared global or nonlocal, a parameter); a second pass resolves each name
 * to a scope, passing bound names down to nested functions and free names up,
 * which turns captured locals into cells.  The compiler (compile.c) asks it
 * for the scope of a name and for a scope's parameters.
 *
 * Names are stored mangled (`__x` inside class C is `_C__x`).  Everything
 * lives in the table's own arena and dies with jg_symtable_free.
 *
 * Invariant: after jg_symtable_build returns JG_OK, every name of every scope
 * has a resolved scope (JG_SC_*), and a scope's free names are exactly the
 * names its enclosing function scopes bind.
 */
#ifndef JG_SYMTABLE_H
#define JG_SYMTABLE_H

#include "ast.h"
#include "limits.h"
#include "object.h"

/* Nesting of statements plus expressions that symtable.c and compile.c follow
 * recursively.  The parser stops far below it, so only a hand-built tree meets
 * it; it keeps their C stack use to about a megabyte. */
#define JG_MAX_COMPILE_DEPTH (4 * JG_MAX_SYNTAX_DEPTH)

/* How a name is used in one scope (CPython's DEF_* flags). */
enum {
    JG_DEF_GLOBAL = 1 << 0,      /* `global` statement */
    JG_DEF_LOCAL = 1 << 1,       /* assigned, deleted, def/class/for/with/except target */
    JG_DEF_PARAM = 1 << 2,       /* parameter */
    JG_DEF_NONLOCAL = 1 << 3,    /* `nonlocal` statement */
    JG_DEF_USE = 1 << 4,         /* read */
    JG_DEF_FREE = 1 << 5,        /* free in an inner scope */
    JG_DEF_FREE_CLASS = 1 << 6,  /* class scope: free in a method and bound in the class */
    JG_DEF_IMPORT = 1 << 7,      /* bound by import */
    JG_DEF_ANNOT = 1 << 8,       /* annotated name */
    JG_DEF_COMP_ITER = 1 << 9,   /* comprehension iteration variable */
    JG_DEF_APPEND = 1 << 10,     /* target of `name += ...` */
    JG_DEF_STR_INIT = 1 << 11,   /* assigned a str literal (`name = ""`) */
};
#define JG_DEF_BOUND (JG_DEF_LOCAL | JG_DEF_PARAM | JG_DEF_IMPORT)

/* Where a name lives once analysed (CPython's scope values). */
enum {
    JG_SC_UNKNOWN = 0, /* the scope never mentions the name */
    JG_SC_LOCAL = 1,
    JG_SC_GLOBAL_EXPLICIT = 2,
    JG_SC_GLOBAL_IMPLICIT = 3,
    JG_SC_FREE = 4,
    JG_SC_CELL = 5,
};

typedef enum {
    JG_BLOCK_MODULE,
    JG_BLOCK_FUNCTION, /* def, lambda and comprehension scopes */
    JG_BLOCK_CLASS,
} jg_block_kind;

typedef enum {
    JG_COMP_NONE,
    JG_COMP_LIST,
    JG_COMP_SET,
    JG_COMP_DICT,
    JG_COMP_GENEXP,
} jg_comp_kind;

typedef struct {
    const char *name; /* mangled */
    uint32_t flags;   /* JG_DEF_* */
    int scope;        /* JG_SC_*, set by the analysis */
} jg_symbol;

typedef struct jg_scope jg_scope;
struct jg_scope {
    jg_block_kind kind;
    jg_comp_kind comprehension; /* JG_COMP_NONE unless a comprehension scope */
    bool is_lambda;
    const char *name;   /* def/class name, "lambda", "listcomp", ..., "top" */
    const void *node;   /* the jg_stmt, jg_expr or jg_module_ast that opened it */
    int line, col;

    jg_symbol *symbols; /* in order of first mention */
    uint32_t n_symbols, cap_symbols;
    int32_t *index;     /* hash index into symbols, -1 empty */
    uint32_t index_mask;

    const char **params; /* parameter names (mangled) in slot order */
    uint32_t n_params, cap_params;

    jg_scope **children; /* nested scopes in source order */
    uint32_t n_children, cap_children;

    bool is_nested;      /* inside a function scope */
    bool is_generator;   /* contains yield (or is a generator expression) */
    bool has_varargs, has_varkw;
    bool has_free;       /* has free variables */
    bool has_child_free; /* some nested scope has free variables */
    bool needs_class_closure; /* class scope: a method uses __class__ or super */

    /* Pass-one state. */
    int comp_iter_expr;     /* > 0 while visiting a comprehension's iterable */
    bool comp_iter_target;  /* while visiting a comprehension's target */
    struct jg_directive *directives; /* global/nonlocal statements, for error lines */
};

typedef struct jg_symtable jg_symtable;

/*
 * Builds the symbol table of module 'm'.  Returns JG_OK and *out (owned by
 * the caller, freed with jg_symtable_free), JG_ERR_NOMEM, or JG_ERR_SYNTAX
 * with err->msg worded as CPython's ("SyntaxError: no binding for nonlocal
 * 'x' found") and err->line/col/where set.
 */
JG_INTERNAL jg_status jg_symtable_build(const jg_module_ast *m, jg_symtable **out, jg_err *err);
/* Frees 'st' and every scope and name in it; *st becomes NULL.  NULL is fine. */
JG_INTERNAL void jg_symtable_free(jg_symtable **st);

/* The module scope. */
JG_INTERNAL jg_scope *jg_symtable_top(const jg_symtable *st);
/* The scope opened by 'node' (a def/class jg_stmt, a lambda or comprehension
 * jg_expr, or the module), or NULL. */
JG_INTERNAL jg_scope *jg_symtable_lookup(const jg_symtable *st, const void *node);

/* The symbol 'name' (already mangled) of scope 's', or NULL. */
JG_INTERNAL const jg_symbol *jg_scope_symbol(const jg_scope *s, const char *name);
/* The resolved JG_SC_* scope of 'name' (already mangled) in 's'. */
JG_INTERNAL int jg_scope_of(const jg_scope *s, const char *name);

/*
 * CPython's _Py_Mangle: inside class 'private_name', `__spam` becomes
 * `_Class__spam`; names ending in `__`, dotted names and names outside a
 * class are returned unchanged.  A new name is allocated in 'arena'; returns
 * NULL only when out of memory.
 */
JG_INTERNAL const char *jg_mangle(jg_arena *arena, const char *private_name, const char *name);

#endif
