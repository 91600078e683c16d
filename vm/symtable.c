/*
 * vm/symtable.c - scope analysis of a module (CPython 3.11's symtable.c).
 *
 * Pass one walks the tree in source order and records, per scope, how each
 * (mangled) name is used: DEF_* flags.  It reports the errors that depend only
 * on statement order (`global` after use, duplicate parameters, `yield` in a
 * comprehension, `:=` misuse).  Pass two, analyze_block(), resolves every name
 * to LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE / CELL by passing the
 * set of names bound by enclosing functions down and the set of free names up,
 * exactly as CPython does, so cell and free variables come out identical.
 *
 * Invariant: a scope's symbol array and its hash index always agree; every
 * string the table holds lives in its arena.
 */
#include "symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "limits.h"

typedef struct jg_directive {
    const char *name; /* mangled */
    int line, col;
    struct jg_directive *next;
} jg_directive;

struct jg_symtable {
    jg_arena *arena;
    jg_scope *top;
    jg_scope *cur;
    jg_scope **stack; /* open scopes, outermost first (namedexpr needs them) */
    uint32_t n_stack, cap_stack;
    const char *private_name; /* class whose body is being visited, for mangling */

    /* node -> scope, open addressing on the pointer */
    const void **map_keys;
    jg_scope **map_vals;
    uint32_t map_mask, map_used;

    const char *filename;
    jg_err *err;
    jg_status status; /* first failure; the walk stops at it */
    int depth;        /* recursion guard */
};

/* ---------------------------------------------------------------- failure */

static bool failed(jg_symtable *st)
{
    return st->status != JG_OK;
}

static void fail_nomem(jg_symtable *st)
{
    if (st->status == JG_OK)
        st->status = jg_fail(st->err, JG_ERR_NOMEM, "out of memory during compilation");
}

static void fail_syntax(jg_symtable *st, int line, int col, const char *fmt, ...)
    JG_PRINTF(4, 5);

static void fail_syntax(jg_symtable *st, int line, int col, const char *fmt, ...)
{
    if (st->status != JG_OK)
        return;
    st->status = JG_ERR_SYNTAX;
    if (!st->err)
        return;
    char msg[sizeof st->err->msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    jg_fail(st->err, JG_ERR_SYNTAX, "SyntaxError: %s", msg);
    st->err->line = line;
    st->err->col = col;
    snprintf(st->err->where, sizeof st->err->where, "%s", st->filename ? st->filename : "");
}

/* Nesting beyond what the parser lets through (a hand-built tree): refused
 * the way the parser refuses it, rather than risking the C stack. */
static void fail_too_deep(jg_symtable *st, int line, int col)
{
    fail_syntax(st, line, col, "too deeply nested");
    if (st->err && st->status == JG_ERR_SYNTAX)
        snprintf(st->err->msg, sizeof st->err->msg,
                 "RecursionError: maximum recursion depth exceeded during compilation");
}

/* ---------------------------------------------------------------- strings */

static uint32_t str_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static bool starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* 'name' as written inside class 'private_name' (symtable.h); NULL on nomem. */
const char *jg_mangle(jg_arena *arena, const char *private_name, const char *name)
{
    if (!private_name || !starts_with(name, "__"))
        return name;
    size_t n = strlen(name);
    /* Dunder names and dotted (import) names are left alone. */
    if ((n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (*private_name == '_')
        private_name++;
    if (!*private_name)
        return name;
    size_t p = strlen(private_name);
    char *out = jg_arena_alloc(arena, 1 + p + n + 1);
    if (!out)
        return NULL;
    out[0] = '_';
    memcpy(out + 1, private_name, p);
    memcpy(out + 1 + p, name, n + 1);
    return out;
}

/* ---------------------------------------------------------------- sets of names
 * Pass two works on sets of names (CPython uses Python sets); these are
 * malloc'd open-addressing tables of arena strings, with tombstones. */

#define TOMB ((const char *)1)

typedef struct {
    const char **slots;
    uint32_t mask; /* capacity - 1, or 0 with slots NULL */
    uint32_t used; /* live + tombstones */
} strset;

static void set_free(strset *s)
{
    free(s->slots);
    s->slots = NULL;
    s->mask = s->used = 0;
}

static bool set_has(const strset *s, const char *name)
{
    if (!s->slots)
        return false;
    for (uint32_t i = str_hash(name) & s->mask;; i = (i + 1) & s->mask) {
        const char *k = s->slots[i];
        if (!k)
            return false;
        if (k != TOMB && strcmp(k, name) == 0)
            return true;
    }
}

static bool set_add(strset *s, const char *name);

static bool set_grow(strset *s)
{
    uint32_t cap = s->slots ? (s->mask + 1) * 2 : 16;
    strset fresh = {calloc(cap, sizeof(const char *)), cap - 1, 0};
    if (!fresh.slots)
        return false;
    for (uint32_t i = 0; s->slots && i <= s->mask; i++)
        if (s->slots[i] && s->slots[i] != TOMB)
            set_add(&fresh, s->slots[i]);
    free(s->slots);
    *s = fresh;
    return true;
}

/* Returns false only when out of memory. */
static bool set_add(strset *s, const char *name)
{
    if (!s->slots || (s->used + 1) * 4 >= (s->mask + 1) * 3) {
        if (!set_grow(s))
            return false;
    }
    uint32_t tomb = UINT32_MAX;
    for (uint32_t i = str_hash(name) & s->mask;; i = (i + 1) & s->mask) {
        const char *k = s->slots[i];
        if (!k) {
            if (tomb != UINT32_MAX) {
                s->slots[tomb] = name;
            } else {
                s->slots[i] = name;
                s->used++;
            }
            return true;
        }
        if (k == TOMB) {
            if (tomb == UINT32_MAX)
                tomb = i;
        } else if (strcmp(k, name) == 0) {
            return true;
        }
    }
}

/* Returns true when 'name' was present. */
static bool set_discard(strset *s, const char *name)
{
    if (!s->slots)
        return false;
    for (uint32_t i = str_hash(name) & s->mask;; i = (i + 1) & s->mask) {
        const char *k = s->slots[i];
        if (!k)
            return false;
        if (k != TOMB && strcmp(k, name) == 0) {
            s->slots[i] = TOMB;
            return true;
        }
    }
}

static bool set_union(strset *dst, const strset *src)
{
    for (uint32_t i = 0; src->slots && i <= src->mask; i++)
        if (src->slots[i] && src->slots[i] != TOMB && !set_add(dst, src->slots[i]))
            return false;
    return true;
}

/* ---------------------------------------------------------------- scopes */

static bool grow(jg_arena *a, void **items, uint32_t *cap, uint32_t n, size_t size)
{
    if (n < *cap)
        return true;
    uint32_t ncap = *cap ? *cap * 2 : 8;
    void *fresh = jg_arena_alloc(a, ncap * size);
    if (!fresh)
        return false;
    if (n)
        memcpy(fresh, *items, n * size);
    *items = fresh;
    *cap = ncap;
    return true;
}

static int32_t find_symbol(const jg_scope *s, const char *name)
{
    if (!s->index)
        return -1;
    for (uint32_t i = str_hash(name) & s->index_mask;; i = (i + 1) & s->index_mask) {
        int32_t k = s->index[i];
        if (k < 0)
            return -1;
        if (strcmp(s->symbols[k].name, name) == 0)
            return k;
    }
}

static bool reindex(jg_arena *a, jg_scope *s, uint32_t cap)
{
    int32_t *index = jg_arena_alloc(a, cap * sizeof(int32_t));
    if (!index)
        return false;
    memset(index, 0xff, cap * sizeof(int32_t));
    s->index = index;
    s->index_mask = cap - 1;
    for (uint32_t k = 0; k < s->n_symbols; k++) {
        uint32_t i = str_hash(s->symbols[k].name) & s->index_mask;
        while (index[i] >= 0)
            i = (i + 1) & s->index_mask;
        index[i] = (int32_t)k;
    }
    return true;
}

/* The symbol 'name' of 's', created with no flags when absent; NULL on nomem. */
static jg_symbol *get_symbol(jg_symtable *st, jg_scope *s, const char *name)
{
    int32_t k = find_symbol(s, name);
    if (k >= 0)
        return &s->symbols[k];
    if (!grow(st->arena, (void **)&s->symbols, &s->cap_symbols, s->n_symbols, sizeof(jg_symbol)))
        return NULL;
    s->symbols[s->n_symbols++] = (jg_symbol){name, 0, JG_SC_UNKNOWN};
    uint32_t cap = s->index ? s->index_mask + 1 : 0;
    if (s->n_symbols * 2 > cap) {
        if (!reindex(st->arena, s, cap ? cap * 2 : 16))
            return NULL;
    } else {
        uint32_t i = str_hash(name) & s->index_mask;
        while (s->index[i] >= 0)
            i = (i + 1) & s->index_mask;
        s->index[i] = (int32_t)(s->n_symbols - 1);
    }
    return &s->symbols[s->n_symbols - 1];
}

/* The symbol of mangled 'name' in 's', borrowed from the table; or NULL. */
const jg_symbol *jg_scope_symbol(const jg_scope *s, const char *name)
{
    int32_t k = find_symbol(s, name);
    return k >= 0 ? &s->symbols[k] : NULL;
}

/* JG_SC_* of mangled 'name' in 's'; JG_SC_UNKNOWN when 's' never mentions it. */
int jg_scope_of(const jg_scope *s, const char *name)
{
    const jg_symbol *sym = jg_scope_symbol(s, name);
    return sym ? sym->scope : JG_SC_UNKNOWN;
}

static bool map_put(jg_symtable *st, const void *node, jg_scope *scope)
{
    if ((st->map_used + 1) * 2 > st->map_mask + 1 || !st->map_keys) {
        uint32_t cap = st->map_keys ? (st->map_mask + 1) * 2 : 64;
        const void **keys = jg_arena_alloc(st->arena, cap * sizeof(void *));
        jg_scope **vals = jg_arena_alloc(st->arena, cap * sizeof(jg_scope *));
        if (!keys || !vals)
            return false;
        for (uint32_t i = 0; st->map_keys && i <= st->map_mask; i++) {
            if (!st->map_keys[i])
                continue;
            uint32_t j = (uint32_t)(((uintptr_t)st->map_keys[i] >> 4) * 2654435761u) & (cap - 1);
            while (keys[j])
                j = (j + 1) & (cap - 1);
            keys[j] = st->map_keys[i];
            vals[j] = st->map_vals[i];
        }
        st->map_keys = keys;
        st->map_vals = vals;
        st->map_mask = cap - 1;
    }
    uint32_t j = (uint32_t)(((uintptr_t)node >> 4) * 2654435761u) & st->map_mask;
    while (st->map_keys[j])
        j = (j + 1) & st->map_mask;
    st->map_keys[j] = node;
    st->map_vals[j] = scope;
    st->map_used++;
    return true;
}

/* The scope 'node' opened, borrowed from 'st'; or NULL. */
jg_scope *jg_symtable_lookup(const jg_symtable *st, const void *node)
{
    if (!st->map_keys)
        return NULL;
    uint32_t j = (uint32_t)(((uintptr_t)node >> 4) * 2654435761u) & st->map_mask;
    for (; st->map_keys[j]; j = (j + 1) & st->map_mask)
        if (st->map_keys[j] == node)
            return st->map_vals[j];
    return NULL;
}

/* The module scope, borrowed from 'st'. */
jg_scope *jg_symtable_top(const jg_symtable *st)
{
    return st->top;
}

static bool enter_block(jg_symtable *st, const char *name, jg_block_kind kind, const void *node,
                        int line, int col)
{
    jg_scope *s = jg_arena_alloc(st->arena, sizeof *s);
    if (!s || !map_put(st, node, s)) {
        fail_nomem(st);
        return false;
    }
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->line = line;
    s->col = col;
    jg_scope *prev = st->cur;
    if (prev && (prev->is_nested || prev->kind == JG_BLOCK_FUNCTION))
        s->is_nested = true;
    if (prev) {
        if (!grow(st->arena, (void **)&prev->children, &prev->cap_children, prev->n_children,
                  sizeof(jg_scope *))) {
            fail_nomem(st);
            return false;
        }
        prev->children[prev->n_children++] = s;
    }
    if (!grow(st->arena, (void **)&st->stack, &st->cap_stack, st->n_stack, sizeof(jg_scope *))) {
        fail_nomem(st);
        return false;
    }
    st->stack[st->n_stack++] = s;
    st->cur = s;
    if (!st->top)
        st->top = s;
    return true;
}

static void exit_block(jg_symtable *st)
{
    st->n_stack--;
    st->cur = st->n_stack ? st->stack[st->n_stack - 1] : NULL;
}

/* ---------------------------------------------------------------- pass one */

/* The flags of 'name' in the current scope (0 when absent). */
static uint32_t lookup_flags(jg_symtable *st, const char *name)
{
    const char *mangled = jg_mangle(st->arena, st->private_name, name);
    if (!mangled) {
        fail_nomem(st);
        return 0;
    }
    const jg_symbol *sym = jg_scope_symbol(st->cur, mangled);
    return sym ? sym->flags : 0;
}

static bool add_def_in(jg_symtable *st, const char *name, uint32_t flag, jg_scope *s, int line,
                       int col)
{
    const char *mangled = jg_mangle(st->arena, st->private_name, name);
    jg_symbol *sym = mangled ? get_symbol(st, s, mangled) : NULL;
    if (!sym) {
        fail_nomem(st);
        return false;
    }
    uint32_t val = sym->flags;
    if ((flag & JG_DEF_PARAM) && (val & JG_DEF_PARAM)) {
        fail_syntax(st, line, col, "duplicate argument '%s' in function definition", name);
        return false;
    }
    val |= flag;
    if (s->comp_iter_target) {
        /* An iteration variable of a comprehension: it may not be a `:=`
         * target, and later `:=` must not rebind it. */
        if (val & (JG_DEF_GLOBAL | JG_DEF_NONLOCAL)) {
            fail_syntax(st, line, col,
                        "comprehension inner loop cannot rebind assignment expression target "
                        "'%s'",
                        name);
            return false;
        }
        val |= JG_DEF_COMP_ITER;
    }
    sym->flags = val;
    if (flag & JG_DEF_PARAM) {
        if (!grow(st->arena, (void **)&s->params, &s->cap_params, s->n_params,
                  sizeof(const char *))) {
            fail_nomem(st);
            return false;
        }
        s->params[s->n_params++] = mangled;
    } else if (flag & JG_DEF_GLOBAL) {
        /* The module scope learns of every global declaration, so module
         * code uses STORE_GLOBAL/LOAD_GLOBAL for such names as CPython does. */
        jg_symbol *g = get_symbol(st, st->top, mangled);
        if (!g) {
            fail_nomem(st);
            return false;
        }
        g->flags |= flag;
    }
    return true;
}

static bool add_def(jg_symtable *st, const char *name, uint32_t flag, int line, int col)
{
    return add_def_in(st, name, flag, st->cur, line, col);
}

static bool record_directive(jg_symtable *st, const char *name, int line, int col)
{
    const char *mangled = jg_mangle(st->arena, st->private_name, name);
    jg_directive *d = jg_arena_alloc(st->arena, sizeof *d);
    if (!mangled || !d) {
        fail_nomem(st);
        return false;
    }
    d->name = mangled;
    d->line = line;
    d->col = col;
    /* Appended, so the first directive naming a name is found first. */
    jg_directive **p = &st->cur->directives;
    while (*p)
        p = &(*p)->next;
    *p = d;
    return true;
}

static void visit_expr(jg_symtable *st, const jg_expr *e);
static void visit_stmts(jg_symtable *st, const jg_stmt_list *l);

static void visit_exprs(jg_symtable *st, const jg_expr_list *l)
{
    for (int i = 0; i < l->n && !failed(st); i++)
        if (l->items[i])
            visit_expr(st, l->items[i]);
}

static void visit_params(jg_symtable *st, const jg_arg_list *l)
{
    for (int i = 0; i < l->n && !failed(st); i++)
        add_def(st, l->items[i].name, JG_DEF_PARAM, l->items[i].line, l->items[i].col);
}

static void visit_arguments(jg_symtable *st, const jg_arguments *a)
{
    if (!a)
        return;
    visit_params(st, &a->posonlyargs);
    visit_params(st, &a->args);
    visit_params(st, &a->kwonlyargs);
    if (a->vararg && !failed(st)) {
        add_def(st, a->vararg->name, JG_DEF_PARAM, a->vararg->line, a->vararg->col);
        st->cur->has_varargs = true;
    }
    if (a->kwarg && !failed(st)) {
        add_def(st, a->kwarg->name, JG_DEF_PARAM, a->kwarg->line, a->kwarg->col);
        st->cur->has_varkw = true;
    }
}

static void visit_defaults(jg_symtable *st, const jg_arguments *a)
{
    if (!a)
        return;
    visit_exprs(st, &a->defaults);
    visit_exprs(st, &a->kw_defaults); /* NULL entries are skipped */
}

/* `:=` inside a comprehension binds in the nearest enclosing function (or
 * module) scope: symtable_extend_namedexpr_scope. */
static void extend_namedexpr_scope(jg_symtable *st, const jg_expr *target)
{
    const char *name = target->u.name.id;
    for (uint32_t i = st->n_stack; i-- > 0;) {
        jg_scope *s = st->stack[i];
        if (s->comprehension != JG_COMP_NONE) {
            const char *mangled = jg_mangle(st->arena, st->private_name, name);
            if (!mangled) {
                fail_nomem(st);
                return;
            }
            const jg_symbol *sym = jg_scope_symbol(s, mangled);
            if (sym && (sym->flags & JG_DEF_COMP_ITER)) {
                fail_syntax(st, target->line, target->col,
                            "assignment expression cannot rebind comprehension iteration "
                            "variable '%s'",
                            name);
                return;
            }
            continue;
        }
        if (s->kind == JG_BLOCK_FUNCTION) {
            const char *mangled = jg_mangle(st->arena, st->private_name, name);
            if (!mangled) {
                fail_nomem(st);
                return;
            }
            const jg_symbol *sym = jg_scope_symbol(s, mangled);
            uint32_t flag = (sym && (sym->flags & JG_DEF_GLOBAL)) ? JG_DEF_GLOBAL : JG_DEF_NONLOCAL;
            if (!add_def(st, name, flag, target->line, target->col) ||
                !record_directive(st, name, target->line, target->col))
                return;
            add_def_in(st, name, JG_DEF_LOCAL, s, target->line, target->col);
            return;
        }
        if (s->kind == JG_BLOCK_MODULE) {
            if (!add_def(st, name, JG_DEF_GLOBAL, target->line, target->col) ||
                !record_directive(st, name, target->line, target->col))
                return;
            add_def_in(st, name, JG_DEF_GLOBAL, s, target->line, target->col);
            return;
        }
        /* A class body. */
        fail_syntax(st, target->line, target->col,
                    "assignment expression within a comprehension cannot be used in a class "
                    "body");
        return;
    }
}

static void handle_namedexpr(jg_symtable *st, const jg_expr *e)
{
    if (st->cur->comp_iter_expr > 0) {
        fail_syntax(st, e->line, e->col,
                    "assignment expression cannot be used in a comprehension iterable "
                    "expression");
        return;
    }
    if (st->cur->comprehension != JG_COMP_NONE && e->u.namedexpr.target->kind == JG_E_NAME) {
        extend_namedexpr_scope(st, e->u.namedexpr.target);
        if (failed(st))
            return;
    }
    visit_expr(st, e->u.namedexpr.value);
    if (!failed(st))
        visit_expr(st, e->u.namedexpr.target);
}

static void visit_comprehension(jg_symtable *st, const jg_comprehension *g)
{
    st->cur->comp_iter_target = true;
    visit_expr(st, g->target);
    st->cur->comp_iter_target = false;
    if (failed(st))
        return;
    st->cur->comp_iter_expr++;
    visit_expr(st, g->iter);
    st->cur->comp_iter_expr--;
    visit_exprs(st, &g->ifs);
}

static void handle_comprehension(jg_symtable *st, const jg_expr *e, const char *scope_name,
                                 jg_comp_kind kind, const jg_expr *elt, const jg_expr *value)
{
    const jg_comp_list *gens = &e->u.comp.generators;
    if (gens->n < 1)
        return;
    const jg_comprehension *outermost = &gens->items[0];
    /* The outermost iterable is evaluated in the enclosing scope. */
    st->cur->comp_iter_expr++;
    visit_expr(st, outermost->iter);
    st->cur->comp_iter_expr--;
    if (failed(st) || !enter_block(st, scope_name, JG_BLOCK_FUNCTION, e, e->line, e->col))
        return;
    st->cur->comprehension = kind;
    /* ... and received as the implicit argument `.0`. */
    if (!add_def(st, ".0", JG_DEF_PARAM, e->line, e->col))
        return;
    st->cur->comp_iter_target = true;
    visit_expr(st, outermost->target);
    st->cur->comp_iter_target = false;
    visit_exprs(st, &outermost->ifs);
    for (int i = 1; i < gens->n && !failed(st); i++)
        visit_comprehension(st, &gens->items[i]);
    if (value && !failed(st))
        visit_expr(st, value);
    if (!failed(st))
        visit_expr(st, elt);
    if (kind == JG_COMP_GENEXP)
        st->cur->is_generator = true;
    exit_block(st);
}

static void visit_expr(jg_symtable *st, const jg_expr *e)
{
    if (failed(st) || !e)
        return;
    if (++st->depth > JG_MAX_COMPILE_DEPTH) {
        fail_too_deep(st, e->line, e->col);
        return;
    }
    switch (e->kind) {
        case JG_E_NAMEDEXPR:
            handle_namedexpr(st, e);
            break;
        case JG_E_BOOLOP:
            visit_exprs(st, &e->u.boolop.values);
            break;
        case JG_E_BINOP:
            visit_expr(st, e->u.binop.left);
            visit_expr(st, e->u.binop.right);
            break;
        case JG_E_UNARYOP:
            visit_expr(st, e->u.unaryop.operand);
            break;
        case JG_E_LAMBDA:
            visit_defaults(st, e->u.lambda.args);
            if (failed(st) || !enter_block(st, "lambda", JG_BLOCK_FUNCTION, e, e->line, e->col))
                break;
            st->cur->is_lambda = true;
            visit_arguments(st, e->u.lambda.args);
            visit_expr(st, e->u.lambda.body);
            exit_block(st);
            break;
        case JG_E_IFEXP:
            visit_expr(st, e->u.ifexp.test);
            visit_expr(st, e->u.ifexp.body);
            visit_expr(st, e->u.ifexp.orelse);
            break;
        case JG_E_DICT:
            visit_exprs(st, &e->u.dict.keys);
            visit_exprs(st, &e->u.dict.values);
            break;
        case JG_E_SET:
        case JG_E_LIST:
        case JG_E_TUPLE:
        case JG_E_JOINEDSTR:
            visit_exprs(st, &e->u.seq.elts);
            break;
        case JG_E_GENEXP:
            handle_comprehension(st, e, "genexpr", JG_COMP_GENEXP, e->u.comp.elt, NULL);
            break;
        case JG_E_LISTCOMP:
            handle_comprehension(st, e, "listcomp", JG_COMP_LIST, e->u.comp.elt, NULL);
            break;
        case JG_E_SETCOMP:
            handle_comprehension(st, e, "setcomp", JG_COMP_SET, e->u.comp.elt, NULL);
            break;
        case JG_E_DICTCOMP:
            handle_comprehension(st, e, "dictcomp", JG_COMP_DICT, e->u.comp.key, e->u.comp.elt);
            break;
        case JG_E_YIELD:
        case JG_E_YIELDFROM:
            visit_expr(st, e->u.yield_.value);
            if (failed(st))
                break;
            st->cur->is_generator = true;
            switch (st->cur->comprehension) {
                case JG_COMP_NONE:
                    break;
                case JG_COMP_LIST:
                    fail_syntax(st, e->line, e->col, "'yield' inside list comprehension");
                    break;
                case JG_COMP_SET:
                    fail_syntax(st, e->line, e->col, "'yield' inside set comprehension");
                    break;
                case JG_COMP_DICT:
                    fail_syntax(st, e->line, e->col, "'yield' inside dict comprehension");
                    break;
                case JG_COMP_GENEXP:
                    fail_syntax(st, e->line, e->col, "'yield' inside generator expression");
                    break;
            }
            break;
        case JG_E_COMPARE:
            visit_expr(st, e->u.compare.left);
            visit_exprs(st, &e->u.compare.comparators);
            break;
        case JG_E_CALL:
            visit_expr(st, e->u.call.func);
            visit_exprs(st, &e->u.call.args);
            for (int i = 0; i < e->u.call.keywords.n && !failed(st); i++)
                visit_expr(st, e->u.call.keywords.items[i].value);
            break;
        case JG_E_FORMATTEDVALUE:
            visit_expr(st, e->u.fvalue.value);
            visit_expr(st, e->u.fvalue.format_spec);
            break;
        case JG_E_CONSTANT:
            break;
        case JG_E_ATTRIBUTE:
            visit_expr(st, e->u.attribute.value);
            break;
        case JG_E_SUBSCRIPT:
            visit_expr(st, e->u.subscript.value);
            visit_expr(st, e->u.subscript.slice);
            break;
        case JG_E_STARRED:
            visit_expr(st, e->u.starred.value);
            break;
        case JG_E_SLICE:
            visit_expr(st, e->u.slice.lower);
            visit_expr(st, e->u.slice.upper);
            visit_expr(st, e->u.slice.step);
            break;
        case JG_E_NAME:
            if (!add_def(st, e->u.name.id, e->ctx == JG_CTX_LOAD ? JG_DEF_USE : JG_DEF_LOCAL,
                         e->line, e->col))
                break;
            /* super() needs the __class__ cell of the enclosing class. */
            if (e->ctx == JG_CTX_LOAD && st->cur->kind == JG_BLOCK_FUNCTION &&
                strcmp(e->u.name.id, "super") == 0)
                add_def(st, "__class__", JG_DEF_USE, e->line, e->col);
            break;
    }
    st->depth--;
}

static void visit_alias(jg_symtable *st, const jg_alias *a)
{
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (st->cur->kind != JG_BLOCK_MODULE)
            fail_syntax(st, a->line, a->col, "import * only allowed at module level");
        return;
    }
    const char *dot = strchr(name, '.');
    const char *store = dot ? jg_arena_strndup(st->arena, name, (size_t)(dot - name)) : name;
    if (!store) {
        fail_nomem(st);
        return;
    }
    add_def(st, store, JG_DEF_IMPORT, a->line, a->col);
}

static void visit_global_or_nonlocal(jg_symtable *st, const jg_stmt *s)
{
    bool is_global = s->kind == JG_S_GLOBAL;
    for (int i = 0; i < s->u.names.n && !failed(st); i++) {
        const char *name = s->u.names.items[i];
        uint32_t cur = lookup_flags(st, name);
        if (failed(st))
            return;
        if (cur & (JG_DEF_PARAM | JG_DEF_LOCAL | JG_DEF_USE | JG_DEF_ANNOT)) {
            const char *what = is_global ? "global" : "nonlocal";
            if (cur & JG_DEF_PARAM)
                fail_syntax(st, s->line, s->col, "name '%s' is parameter and %s", name, what);
            else if (cur & JG_DEF_USE)
                fail_syntax(st, s->line, s->col, "name '%s' is used prior to %s declaration",
                            name, what);
            else if (cur & JG_DEF_ANNOT)
                fail_syntax(st, s->line, s->col, "annotated name '%s' can't be %s", name, what);
            else
                fail_syntax(st, s->line, s->col,
                            "name '%s' is assigned to before %s declaration", name, what);
            return;
        }
        if (!add_def(st, name, is_global ? JG_DEF_GLOBAL : JG_DEF_NONLOCAL, s->line, s->col))
            return;
        record_directive(st, name, s->line, s->col);
    }
}

static void visit_stmt(jg_symtable *st, const jg_stmt *s)
{
    if (failed(st))
        return;
    if (++st->depth > JG_MAX_COMPILE_DEPTH) {
        fail_too_deep(st, s->line, s->col);
        return;
    }
    switch (s->kind) {
        case JG_S_FUNCTIONDEF:
            if (!add_def(st, s->u.funcdef.name, JG_DEF_LOCAL, s->line, s->col))
                break;
            visit_defaults(st, s->u.funcdef.args);
            visit_exprs(st, &s->u.funcdef.decorator_list);
            if (failed(st) ||
                !enter_block(st, s->u.funcdef.name, JG_BLOCK_FUNCTION, s, s->line, s->col))
                break;
            visit_arguments(st, s->u.funcdef.args);
            visit_stmts(st, &s->u.funcdef.body);
            exit_block(st);
            break;
        case JG_S_CLASSDEF: {
            if (!add_def(st, s->u.classdef.name, JG_DEF_LOCAL, s->line, s->col))
                break;
            visit_exprs(st, &s->u.classdef.bases);
            for (int i = 0; i < s->u.classdef.keywords.n && !failed(st); i++)
                visit_expr(st, s->u.classdef.keywords.items[i].value);
            visit_exprs(st, &s->u.classdef.decorator_list);
            if (failed(st) ||
                !enter_block(st, s->u.classdef.name, JG_BLOCK_CLASS, s, s->line, s->col))
                break;
            const char *saved = st->private_name;
            st->private_name = s->u.classdef.name;
            visit_stmts(st, &s->u.classdef.body);
            st->private_name = saved;
            exit_block(st);
            break;
        }
        case JG_S_RETURN:
        case JG_S_EXPR:
            visit_expr(st, s->u.value);
            break;
        case JG_S_DELETE:
            visit_exprs(st, &s->u.targets);
            break;
        case JG_S_ASSIGN:
            visit_exprs(st, &s->u.assign.targets);
            visit_expr(st, s->u.assign.value);
            /* A str literal assigned to a name: with `name += ...` elsewhere,
             * the compiler lets the appends extend the string in place. */
            if (s->u.assign.value->kind == JG_E_CONSTANT &&
                s->u.assign.value->u.constant.kind == JG_CONST_STR)
                for (int i = 0; i < s->u.assign.targets.n; i++) {
                    const jg_expr *t = s->u.assign.targets.items[i];
                    if (t->kind == JG_E_NAME)
                        add_def(st, t->u.name.id, JG_DEF_STR_INIT, t->line, t->col);
                }
            break;
        case JG_S_AUGASSIGN:
            visit_expr(st, s->u.augassign.target);
            visit_expr(st, s->u.augassign.value);
            if (s->u.augassign.op == JG_OP_ADD && s->u.augassign.target->kind == JG_E_NAME) {
                const jg_expr *t = s->u.augassign.target;
                add_def(st, t->u.name.id, JG_DEF_APPEND, t->line, t->col);
            }
            break;
        case JG_S_ANNASSIGN: {
            const jg_expr *t = s->u.annassign.target;
            if (t->kind == JG_E_NAME) {
                uint32_t cur = lookup_flags(st, t->u.name.id);
                if (failed(st))
                    break;
                if ((cur & (JG_DEF_GLOBAL | JG_DEF_NONLOCAL)) && st->cur != st->top &&
                    s->u.annassign.simple) {
                    fail_syntax(st, s->line, s->col, "annotated name '%s' can't be %s",
                                t->u.name.id, (cur & JG_DEF_GLOBAL) ? "global" : "nonlocal");
                    break;
                }
                if (s->u.annassign.simple) {
                    if (!add_def(st, t->u.name.id, JG_DEF_ANNOT | JG_DEF_LOCAL, t->line, t->col))
                        break;
                } else if (s->u.annassign.value) {
                    if (!add_def(st, t->u.name.id, JG_DEF_LOCAL, t->line, t->col))
                        break;
                }
            } else {
                visit_expr(st, t);
            }
            visit_expr(st, s->u.annassign.value);
            break;
        }
        case JG_S_FOR:
            visit_expr(st, s->u.loop.target);
            visit_expr(st, s->u.loop.iter);
            visit_stmts(st, &s->u.loop.body);
            visit_stmts(st, &s->u.loop.orelse);
            break;
        case JG_S_WHILE:
            visit_expr(st, s->u.loop.iter);
            visit_stmts(st, &s->u.loop.body);
            visit_stmts(st, &s->u.loop.orelse);
            break;
        case JG_S_IF:
            visit_expr(st, s->u.if_.test);
            visit_stmts(st, &s->u.if_.body);
            visit_stmts(st, &s->u.if_.orelse);
            break;
        case JG_S_WITH:
            for (int i = 0; i < s->u.with.items.n && !failed(st); i++) {
                visit_expr(st, s->u.with.items.items[i].context_expr);
                visit_expr(st, s->u.with.items.items[i].optional_vars);
            }
            visit_stmts(st, &s->u.with.body);
            break;
        case JG_S_RAISE:
            visit_expr(st, s->u.raise.exc);
            visit_expr(st, s->u.raise.cause);
            break;
        case JG_S_TRY:
            visit_stmts(st, &s->u.try_.body);
            visit_stmts(st, &s->u.try_.orelse);
            for (int i = 0; i < s->u.try_.handlers.n && !failed(st); i++) {
                const jg_excepthandler *h = &s->u.try_.handlers.items[i];
                visit_expr(st, h->type);
                if (h->name && !add_def(st, h->name, JG_DEF_LOCAL, h->line, h->col))
                    break;
                visit_stmts(st, &h->body);
            }
            visit_stmts(st, &s->u.try_.finalbody);
            break;
        case JG_S_ASSERT:
            visit_expr(st, s->u.assert_.test);
            visit_expr(st, s->u.assert_.msg);
            break;
        case JG_S_IMPORT:
        case JG_S_IMPORTFROM:
            for (int i = 0; i < s->u.import.names.n && !failed(st); i++)
                visit_alias(st, &s->u.import.names.items[i]);
            break;
        case JG_S_GLOBAL:
        case JG_S_NONLOCAL:
            visit_global_or_nonlocal(st, s);
            break;
        case JG_S_PASS:
        case JG_S_BREAK:
        case JG_S_CONTINUE:
            break;
    }
    st->depth--;
}

static void visit_stmts(jg_symtable *st, const jg_stmt_list *l)
{
    for (int i = 0; i < l->n && !failed(st); i++)
        visit_stmt(st, l->items[i]);
}

/* ---------------------------------------------------------------- pass two */

static const jg_directive *find_directive(const jg_scope *s, const char *name)
{
    for (const jg_directive *d = s->directives; d; d = d->next)
        if (strcmp(d->name, name) == 0)
            return d;
    return NULL;
}

static void fail_at_directive(jg_symtable *st, const jg_scope *s, const char *name,
                              const char *msg)
{
    const jg_directive *d = find_directive(s, name);
    fail_syntax(st, d ? d->line : s->line, d ? d->col : s->col, "%s", msg);
}

/* Decides the scope of one name of 's'.  'bound' is NULL at module level. */
static bool analyze_name(jg_symtable *st, jg_scope *s, jg_symbol *sym, strset *bound,
                         strset *local, strset *free, strset *global)
{
    const char *name = sym->name;
    char msg[200];
    if (sym->flags & JG_DEF_GLOBAL) {
        if (sym->flags & JG_DEF_NONLOCAL) {
            snprintf(msg, sizeof msg, "name '%s' is nonlocal and global", name);
            fail_at_directive(st, s, name, msg);
            return false;
        }
        sym->scope = JG_SC_GLOBAL_EXPLICIT;
        if (!set_add(global, name))
            goto nomem;
        if (bound)
            set_discard(bound, name);
        return true;
    }
    if (sym->flags & JG_DEF_NONLOCAL) {
        if (!bound) {
            fail_at_directive(st, s, name, "nonlocal declaration not allowed at module level");
            return false;
        }
        if (!set_has(bound, name)) {
            snprintf(msg, sizeof msg, "no binding for nonlocal '%s' found", name);
            fail_at_directive(st, s, name, msg);
            return false;
        }
        sym->scope = JG_SC_FREE;
        s->has_free = true;
        if (!set_add(free, name))
            goto nomem;
        return true;
    }
    if (sym->flags & JG_DEF_BOUND) {
        sym->scope = JG_SC_LOCAL;
        if (!set_add(local, name))
            goto nomem;
        set_discard(global, name);
        return true;
    }
    /* Bound by an enclosing function: free here. */
    if (bound && set_has(bound, name)) {
        sym->scope = JG_SC_FREE;
        s->has_free = true;
        if (!set_add(free, name))
            goto nomem;
        return true;
    }
    if (global && set_has(global, name)) {
        sym->scope = JG_SC_GLOBAL_IMPLICIT;
        return true;
    }
    if (s->is_nested)
        s->has_free = true;
    sym->scope = JG_SC_GLOBAL_IMPLICIT;
    return true;
nomem:
    fail_nomem(st);
    return false;
}

static bool analyze_block(jg_symtable *st, jg_scope *s, strset *bound, strset *free,
                          strset *global);

static bool analyze_child_block(jg_symtable *st, jg_scope *child, const strset *bound,
                                const strset *free, const strset *global, strset *child_free)
{
    /* The child may change these sets; its siblings must not see that. */
    strset b = {0}, f = {0}, g = {0};
    bool ok = set_union(&b, bound) && set_union(&f, free) && set_union(&g, global);
    if (!ok)
        fail_nomem(st);
    else
        ok = analyze_block(st, child, &b, &f, &g) && set_union(child_free, &f);
    if (!ok && !failed(st))
        fail_nomem(st);
    set_free(&b);
    set_free(&f);
    set_free(&g);
    return ok;
}

/* Records free names of children in 's': adds them as FREE when an enclosing
 * function binds them, and marks class-bound ones DEF_FREE_CLASS. */
static bool update_symbols(jg_symtable *st, jg_scope *s, const strset *bound,
                           const strset *newfree, bool is_class)
{
    for (uint32_t i = 0; newfree->slots && i <= newfree->mask; i++) {
        const char *name = newfree->slots[i];
        if (!name || name == TOMB)
            continue;
        int32_t k = find_symbol(s, name);
        if (k >= 0) {
            jg_symbol *sym = &s->symbols[k];
            if (is_class && (sym->flags & (JG_DEF_BOUND | JG_DEF_GLOBAL)))
                sym->flags |= JG_DEF_FREE_CLASS;
            continue; /* a cell, or already free here */
        }
        if (bound && !set_has(bound, name))
            continue; /* a global */
        jg_symbol *sym = get_symbol(st, s, name);
        if (!sym) {
            fail_nomem(st);
            return false;
        }
        sym->scope = JG_SC_FREE;
    }
    return true;
}

static bool analyze_block(jg_symtable *st, jg_scope *s, strset *bound, strset *free,
                          strset *global)
{
    strset local = {0}, newbound = {0}, newglobal = {0}, newfree = {0}, allfree = {0};
    bool ok = false;

    /* Class bindings are not visible in methods, so the sets a class passes
     * to its children are those it received. */
    if (s->kind == JG_BLOCK_CLASS) {
        if (!set_union(&newglobal, global) || (bound && !set_union(&newbound, bound)))
            goto nomem;
    }
    uint32_t n = s->n_symbols; /* update_symbols appends; iterate the originals */
    for (uint32_t i = 0; i < n; i++)
        if (!analyze_name(st, s, &s->symbols[i], bound, &local, free, global))
            goto done;
    if (s->kind != JG_BLOCK_CLASS) {
        if (s->kind == JG_BLOCK_FUNCTION && !set_union(&newbound, &local))
            goto nomem;
        if ((bound && !set_union(&newbound, bound)) || !set_union(&newglobal, global))
            goto nomem;
    } else if (!set_add(&newbound, "__class__")) {
        goto nomem;
    }
    for (uint32_t i = 0; i < s->n_children; i++) {
        jg_scope *child = s->children[i];
        if (!analyze_child_block(st, child, &newbound, &newfree, &newglobal, &allfree))
            goto done;
        if (child->has_free || child->has_child_free)
            s->has_child_free = true;
    }
    if (!set_union(&newfree, &allfree))
        goto nomem;
    if (s->kind == JG_BLOCK_FUNCTION) {
        /* Locals that children capture become cells. */
        for (uint32_t i = 0; i < n; i++) {
            jg_symbol *sym = &s->symbols[i];
            if (sym->scope == JG_SC_LOCAL && set_has(&newfree, sym->name)) {
                sym->scope = JG_SC_CELL;
                set_discard(&newfree, sym->name);
            }
        }
    } else if (s->kind == JG_BLOCK_CLASS) {
        if (set_discard(&newfree, "__class__"))
            s->needs_class_closure = true;
    }
    if (!update_symbols(st, s, bound, &newfree, s->kind == JG_BLOCK_CLASS))
        goto done;
    if (!set_union(free, &newfree))
        goto nomem;
    ok = true;
    goto done;
nomem:
    fail_nomem(st);
done:
    set_free(&local);
    set_free(&newbound);
    set_free(&newglobal);
    set_free(&newfree);
    set_free(&allfree);
    return ok;
}

/* ---------------------------------------------------------------- entry points */

/* Both passes over module 'm' (symtable.h); *out is set only on JG_OK. */
jg_status jg_symtable_build(const jg_module_ast *m, jg_symtable **out, jg_err *err)
{
    *out = NULL;
    jg_symtable *st = calloc(1, sizeof *st);
    if (!st)
        return jg_fail(err, JG_ERR_NOMEM, "out of memory during compilation");
    st->arena = jg_arena_new();
    if (!st->arena) {
        free(st);
        return jg_fail(err, JG_ERR_NOMEM, "out of memory during compilation");
    }
    st->err = err;
    st->filename = m->filename;
    if (enter_block(st, "top", JG_BLOCK_MODULE, m, 1, 1)) {
        visit_stmts(st, &m->body);
        if (!failed(st))
            exit_block(st);
    }
    if (!failed(st)) {
        strset free_names = {0}, global = {0};
        analyze_block(st, st->top, NULL, &free_names, &global);
        set_free(&free_names);
        set_free(&global);
    }
    if (failed(st)) {
        jg_status status = st->status;
        jg_symtable_free(&st);
        return status;
    }
    *out = st;
    return JG_OK;
}

/* Frees the table and all it holds; *st becomes NULL. */
void jg_symtable_free(jg_symtable **st)
{
    if (!st || !*st)
        return;
    jg_arena_free(&(*st)->arena);
    free(*st);
    *st = NULL;
}
