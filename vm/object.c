/*
 * vm/object.c - type objects and the generic protocols every other file uses.
 *
 * jg_repr, jg_hash, jg_eq, jg_compare, jg_getitem, ... look at the value's
 * type: a built-in behaviour is a jg_type_hooks slot; a behaviour written in
 * Python (a user class's __eq__, a property's getter) cannot run here, because
 * C never calls Python code, so the protocol returns JG_NEEDS_PY having changed
 * nothing, and the caller takes its Python path (the interpreter pushes a
 * frame running the prelude's version of the operation).
 *
 * Invariant: a type's 'version' changes whenever an attribute of it or of a
 * base changes, and versions are never reused, so inline caches that recorded
 * a version never see stale data.
 */
#include "object_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "instance.h"
#include "interp.h"
#include "func.h"

/* ---------------------------------------------------------------- types */

bool jg_type_is_subtype(const jg_type *t, const jg_type *base)
{
    for (; t; t = t->base)
        if (t == base)
            return true;
    return false;
}

static uint32_t new_version(jg_vm *vm)
{
    return ++vm->next_type_version;
}

/* Bumps t's version and its subclasses' (their lookups may have gone through t). */
void jg_type_modified(jg_vm *vm, jg_type *t)
{
    t->version = new_version(vm);
    for (uint32_t i = 0; i < t->n_subclasses; i++)
        jg_type_modified(vm, t->subclasses[i]);
}

jg_status jg_type_add_subclass(jg_vm *vm, jg_type *base, jg_type *sub)
{
    jg_type **s = realloc(base->subclasses, (base->n_subclasses + 1) * sizeof *s);
    if (!s)
        return jg_raise_nomem(vm);
    base->subclasses = s;
    s[base->n_subclasses++] = sub;
    return JG_OK;
}

jg_type *jg_type_new_builtin(jg_vm *vm, const char *name, jg_type *base, jg_kind kind,
                             const jg_type_hooks *hooks)
{
    jg_type *t = jg_gc_alloc(vm, vm->t.type, sizeof(jg_type));
    if (!t)
        return NULL;
    t->name = jg_str_intern_cstr(vm, name);
    t->module = jg_str_intern_cstr(vm, "builtins");
    t->base = base;
    t->dict = jg_dict_new(vm);
    t->kind = kind;
    t->flags = JG_TF_IMMUTABLE;
    t->version = new_version(vm);
    t->hooks = hooks ? hooks : (base ? base->hooks : NULL);
    if (!t->name || !t->dict)
        return NULL;
    return t;
}

jg_native *jg_native_new(jg_vm *vm, const char *name, jg_native_fn fn, jg_value self)
{
    jg_native *n = jg_gc_alloc(vm, vm->t.builtin_function, sizeof(jg_native));
    if (!n)
        return NULL;
    n->name = name;
    n->fn = fn;
    n->self = self;
    return n;
}

jg_status jg_type_add_method(jg_vm *vm, jg_type *t, const char *name, jg_native_fn fn,
                             uint32_t flags)
{
    jg_native *n = jg_native_new(vm, name, fn, JG_NULL);
    if (!n)
        return jg_raise_nomem(vm);
    n->owner = t;
    n->flags = flags;
    jg_str *key = jg_str_intern_cstr(vm, name);
    if (!key)
        return jg_raise_nomem(vm);
    jg_status st = jg_dict_set_str(vm, t->dict, key, jg_obj_value(n));
    jg_type_modified(vm, t);
    return st;
}

jg_status jg_type_set_attr(jg_vm *vm, jg_type *t, const char *name, jg_value v)
{
    jg_str *key = jg_str_intern_cstr(vm, name);
    if (!key)
        return jg_raise_nomem(vm);
    jg_status st = jg_dict_set_str(vm, t->dict, key, v);
    jg_type_modified(vm, t);
    return st;
}

jg_status jg_type_add_getter(jg_vm *vm, jg_type *t, const char *name, jg_native_fn fn)
{
    return jg_type_add_getset(vm, t, name, fn, NULL);
}

jg_status jg_type_add_getset(jg_vm *vm, jg_type *t, const char *name, jg_native_fn get,
                             jg_native_fn set)
{
    jg_native *g = jg_native_new(vm, name, get, JG_NULL);
    jg_native *s = set ? jg_native_new(vm, name, set, JG_NULL) : NULL;
    if (!g || (set && !s))
        return jg_raise_nomem(vm);
    g->owner = t;
    if (s)
        s->owner = t;
    jg_wrapper *p = jg_gc_alloc(vm, vm->t.property, sizeof(jg_wrapper));
    if (!p)
        return jg_raise_nomem(vm);
    p->fget = jg_obj_value(g);
    p->fset = s ? jg_obj_value(s) : JG_NONE;
    p->fdel = JG_NONE;
    p->doc = JG_NONE;
    return jg_type_set_attr(vm, t, name, jg_obj_value(p));
}

jg_value jg_type_lookup_fill(jg_vm *vm, jg_type *t, jg_str *name, struct jg_lookup_entry *e)
{
    _Static_assert(JG_LOOKUP_CACHE_SIZE <= UINT16_MAX + 1, "an entry's index fits lookup_dirty");
    if (vm->n_lookup_dirty < JG_LOOKUP_DIRTY_MAX)
        vm->lookup_dirty[vm->n_lookup_dirty++] = (uint16_t)(e - vm->lookup_cache);
    else
        vm->n_lookup_dirty = JG_LOOKUP_DIRTY_MAX + 1; /* too many: clear them all */
    e->version = t->version;
    e->name = name;
    for (; t; t = t->base) {
        jg_value v = jg_dict_get_str(t->dict, name);
        if (v != JG_UNDEF)
            return e->value = v;
    }
    return e->value = JG_UNDEF;
}

/* ---------------------------------------------------------------- calls from C */

jg_status jg_tailcall(jg_vm *vm, jg_value callable, const jg_value *args, int nargs,
                      jg_tuple *kwnames)
{
    if (nargs > JG_MAX_TAILCALL_ARGS)
        return jg_raise(vm, vm->t.RuntimeError, "internal: tail call with %d arguments", nargs);
    vm->tail.callable = callable;
    for (int i = 0; i < nargs; i++)
        vm->tail.args[i] = args[i];
    vm->tail.nargs = nargs;
    vm->tail.kwnames = kwnames;
    return JG_TAILCALL;
}

jg_value jg_prelude_get(jg_vm *vm, const char *name)
{
    if (!vm->prelude)
        return JG_UNDEF;
    jg_str *key = jg_str_intern_cstr(vm, name);
    if (!key)
        return JG_UNDEF;
    return jg_dict_get_str(vm->prelude->dict, key);
}

jg_status jg_tailcall_prelude(jg_vm *vm, const char *name, const jg_value *args, int nargs,
                              jg_tuple *kwnames)
{
    jg_value f = jg_prelude_get(vm, name);
    if (f == JG_UNDEF)
        return jg_raise(vm, vm->t.RuntimeError, "internal: the prelude has no '%s'", name);
    return jg_tailcall(vm, f, args, nargs, kwnames);
}

jg_status jg_call_native(jg_vm *vm, jg_value callable, jg_value *args, int nargs,
                         jg_tuple *kwnames, jg_value *out)
{
    if (!jg_is_kind(callable, JG_K_NATIVE))
        return JG_NEEDS_PY;
    jg_native *n = JG_AS(jg_native, callable);
    if (n->self != JG_NULL) {
        /* Bound: put self in front.  Natives take few arguments. */
        jg_value buf[16];
        if (nargs + 1 > 16)
            return JG_NEEDS_PY;
        buf[0] = n->self;
        if (nargs) /* args may be NULL when there are none */
            memcpy(buf + 1, args, (size_t)nargs * sizeof *args);
        jg_status st = n->fn(vm, buf, nargs + 1, kwnames, out);
        if (st == JG_TAILCALL)
            vm->tail.callable = JG_NONE, vm->tail.nargs = 0, st = JG_NEEDS_PY;
        return st;
    }
    jg_status st = n->fn(vm, args, nargs, kwnames, out);
    if (st == JG_TAILCALL)
        vm->tail.callable = JG_NONE, vm->tail.nargs = 0, st = JG_NEEDS_PY;
    return st;
}

/* ---------------------------------------------------------------- argument parsing */

jg_status jg_args_count(jg_vm *vm, const char *fname, int nargs, jg_tuple *kwnames, int min,
                        int max)
{
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "%s() takes no keyword arguments", fname);
    if (nargs < min || nargs > max) {
        if (min == max) {
            if (min == 0)
                return jg_raise(vm, vm->t.TypeError, "%s() takes no arguments (%d given)", fname,
                                nargs);
            if (min == 1)
                return jg_raise(vm, vm->t.TypeError,
                                "%s() takes exactly one argument (%d given)", fname, nargs);
            return jg_raise(vm, vm->t.TypeError, "%s expected %d arguments, got %d", fname, min,
                            nargs);
        }
        if (nargs < min)
            return jg_raise(vm, vm->t.TypeError, "%s expected at least %d argument%s, got %d",
                            fname, min, min == 1 ? "" : "s", nargs);
        return jg_raise(vm, vm->t.TypeError, "%s expected at most %d argument%s, got %d", fname,
                        max, max == 1 ? "" : "s", nargs);
    }
    return JG_OK;
}

jg_status jg_args_parse(jg_vm *vm, const char *fname, jg_value *args, int nargs,
                        jg_tuple *kwnames, const char *const *kwlist, int n_required,
                        int n_posmax, jg_value *out)
{
    /* The checks and their order are CPython's _PyArg_UnpackKeywords: too
     * many arguments in all, too many positional ones, a missing required
     * one, one given by name and position, and last an unknown keyword. */
    int n_params = 0, n_posonly = 0;
    while (kwlist[n_params])
        n_params++;
    while (n_posonly < n_params && kwlist[n_posonly][0] == '\0')
        n_posonly++;
    int n_kw = kwnames ? (int)kwnames->len : 0;
    int n_pos = nargs - n_kw;
    if (nargs > n_params)
        return jg_raise(vm, vm->t.TypeError, "%s() takes at most %d %sargument%s (%d given)",
                        fname, n_params, n_pos == 0 ? "keyword " : "", n_params == 1 ? "" : "s",
                        nargs);
    if (n_pos > n_posmax) {
        if (n_posmax == 0)
            return jg_raise(vm, vm->t.TypeError, "%s() takes no positional arguments", fname);
        int min_pos = n_required < n_posmax ? n_required : n_posmax;
        return jg_raise(vm, vm->t.TypeError,
                        "%s() takes %s %d positional argument%s (%d given)", fname,
                        min_pos < n_posmax ? "at most" : "exactly", n_posmax,
                        n_posmax == 1 ? "" : "s", n_pos);
    }
    for (int i = 0; i < n_params; i++)
        out[i] = i < n_pos ? args[i] : JG_UNDEF;
    jg_str *unknown = NULL, *twice = NULL;
    int twice_at = 0;
    for (int k = 0; k < n_kw; k++) {
        jg_str *name = JG_AS(jg_str, kwnames->items[k]);
        int i;
        for (i = n_posonly; i < n_params; i++)
            if (strcmp(kwlist[i], name->data) == 0)
                break;
        if (i == n_params) {
            if (!unknown)
                unknown = name;
        } else if (out[i] != JG_UNDEF) {
            if (!twice) {
                twice = name;
                twice_at = i + 1;
            }
        } else {
            out[i] = args[n_pos + k];
        }
    }
    for (int i = 0; i < n_required; i++) {
        if (out[i] != JG_UNDEF)
            continue;
        if (i < n_posonly) {
            int min_po = n_posonly < n_required ? n_posonly : n_required;
            return jg_raise(vm, vm->t.TypeError,
                            "%s() takes %s %d positional argument%s (%d given)", fname,
                            min_po < n_posmax ? "at least" : "exactly", min_po,
                            min_po == 1 ? "" : "s", n_pos);
        }
        return jg_raise(vm, vm->t.TypeError, "%s() missing required argument '%s' (pos %d)",
                        fname, kwlist[i], i + 1);
    }
    if (twice)
        return jg_raise(vm, vm->t.TypeError,
                        "argument for %s() given by name ('%s') and position (%d)", fname,
                        twice->data, twice_at);
    if (unknown)
        return jg_raise(vm, vm->t.TypeError, "'%s' is an invalid keyword argument for %s()",
                        unknown->data, fname);
    return JG_OK;
}

/* ---------------------------------------------------------------- helpers */

static inline bool is_user(jg_type *t)
{
    return t->flags & JG_TF_USER;
}

/* True when 'v's type has the Python-level slot 'bit'. */
static inline bool has_py(jg_vm *vm, jg_value v, uint32_t bit)
{
    if (!jg_is_obj(v))
        return false;
    jg_type *t = jg_obj_of(v)->type;
    return is_user(t) && (t->py_slots & bit);
}

static const jg_type_hooks *hooks_of(jg_vm *vm, jg_value v)
{
    return jg_typeof(vm, v)->hooks;
}

static jg_status str_from_buf(jg_vm *vm, const char *s, jg_str **out)
{
    *out = jg_str_new(vm, s, strlen(s));
    return *out ? JG_OK : jg_raise_nomem(vm);
}

/* ---------------------------------------------------------------- repr / str */

/* A class's __qualname__ ("Outer.Inner"), which reprs show: the compiler
 * stores it in the class namespace; built-in types have only their name. */
static const char *qualname_of(jg_vm *vm, jg_type *t)
{
    jg_value q = t->dict ? jg_dict_get_str(t->dict, jg_sym(vm, JG_SYM___qualname__)) : JG_UNDEF;
    return q != JG_UNDEF && jg_is_kind(q, JG_K_STR) ? JG_AS(jg_str, q)->data : t->name->data;
}

jg_status jg_default_repr(jg_vm *vm, jg_value v, jg_str **out)
{
    char buf[256];
    jg_type *t = jg_typeof(vm, v);
    if (v == JG_NONE)
        return str_from_buf(vm, "None", out);
    if (v == JG_NOTIMPLEMENTED)
        return str_from_buf(vm, "NotImplemented", out);
    if (v == JG_ELLIPSIS)
        return str_from_buf(vm, "Ellipsis", out);
    if (t == vm->t.type) {
        jg_type *c = (jg_type *)jg_as_obj(v);
        const char *mod = c->module ? c->module->data : "builtins";
        if (strcmp(mod, "builtins") == 0)
            snprintf(buf, sizeof buf, "<class '%s'>", c->name->data);
        else
            snprintf(buf, sizeof buf, "<class '%s.%s'>", mod, qualname_of(vm, c));
        return str_from_buf(vm, buf, out);
    }
    const char *mod = t->module ? t->module->data : "builtins";
    if (strcmp(mod, "builtins") == 0)
        snprintf(buf, sizeof buf, "<%s object at %p>", t->name->data, jg_as_obj(v));
    else
        snprintf(buf, sizeof buf, "<%s.%s object at %p>", mod, qualname_of(vm, t),
                 jg_as_obj(v));
    return str_from_buf(vm, buf, out);
}

jg_status jg_repr(jg_vm *vm, jg_value v, jg_str **out)
{
    if (has_py(vm, v, JG_PS_REPR) &&
        jg_type_lookup(vm, jg_obj_of(v)->type, jg_sym(vm, JG_SYM___repr__)) != JG_UNDEF &&
        jg_is_kind(jg_type_lookup(vm, jg_obj_of(v)->type, jg_sym(vm, JG_SYM___repr__)), JG_K_FUNC))
        return JG_NEEDS_PY;
    const jg_type_hooks *h = hooks_of(vm, v);
    if (h && h->repr)
        return h->repr(vm, v, out);
    return jg_default_repr(vm, v, out);
}

jg_status jg_str_of(jg_vm *vm, jg_value v, jg_str **out)
{
    if (jg_is_kind(v, JG_K_STR) && jg_obj_of(v)->type == vm->t.str) {
        *out = JG_AS(jg_str, v);
        return JG_OK;
    }
    if (has_py(vm, v, JG_PS_REPR))
        return JG_NEEDS_PY;
    const jg_type_hooks *h = hooks_of(vm, v);
    if (h && h->str)
        return h->str(vm, v, out);
    return jg_repr(vm, v, out);
}

/* ---------------------------------------------------------------- hash / eq / compare */

jg_status jg_hash(jg_vm *vm, jg_value v, int64_t *out)
{
    if (jg_is_int(v)) {
        *out = jg_int_hash(vm, v);
        return JG_OK;
    }
    if (jg_is_float(v)) {
        *out = jg_float_hash(jg_as_float(v));
        return JG_OK;
    }
    if (!jg_is_obj(v)) {
        if (v == JG_TRUE || v == JG_FALSE) {
            *out = v == JG_TRUE;
            return JG_OK;
        }
        *out = (int64_t)(v & 0xFFFFFF) * 31 + 7;
        return JG_OK;
    }
    jg_obj *o = jg_obj_of(v);
    jg_type *t = o->type;
    if (t == vm->t.str) {
        *out = jg_str_hash((jg_str *)o);
        return JG_OK;
    }
    if (is_user(t) && (t->py_slots & (JG_PS_HASH | JG_PS_EQ))) {
        jg_value h = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___hash__));
        if (h == JG_NONE)
            return jg_raise(vm, vm->t.TypeError, "unhashable type: '%s'", t->name->data);
        if (jg_is_kind(h, JG_K_FUNC))
            return JG_NEEDS_PY;
    }
    if (t->hooks && t->hooks->unhashable)
        return jg_raise(vm, vm->t.TypeError, "unhashable type: '%s'", t->name->data);
    if (t->hooks && t->hooks->hash)
        return t->hooks->hash(vm, v, out);
    /* object.__hash__: the address, rotated as CPython does. */
    uint64_t a = (uint64_t)(uintptr_t)o;
    *out = (int64_t)((a >> 4) | (a << 60));
    if (*out == -1)
        *out = -2;
    return JG_OK;
}

static bool is_number(jg_vm *vm, jg_value v)
{
    return jg_is_float(v) || jg_is_anyint(vm, v);
}

/* Compares numbers of any mix of int, bool, big int, float. */
static jg_value compare_numbers(jg_vm *vm, jg_value a, jg_value b, int op)
{
    int c;
    if (jg_is_float(a) && jg_is_float(b)) {
        double x = jg_as_float(a), y = jg_as_float(b);
        switch (op) {
            case JG_CMP_EQ: return jg_bool(x == y);
            case JG_CMP_NOTEQ: return jg_bool(x != y);
            case JG_CMP_LT: return jg_bool(x < y);
            case JG_CMP_LTE: return jg_bool(x <= y);
            case JG_CMP_GT: return jg_bool(x > y);
            default: return jg_bool(x >= y);
        }
    }
    c = jg_num_compare(vm, a, b);
    if (c == 2) /* unordered: a NaN */
        return jg_bool(op == JG_CMP_NOTEQ);
    switch (op) {
        case JG_CMP_EQ: return jg_bool(c == 0);
        case JG_CMP_NOTEQ: return jg_bool(c != 0);
        case JG_CMP_LT: return jg_bool(c < 0);
        case JG_CMP_LTE: return jg_bool(c <= 0);
        case JG_CMP_GT: return jg_bool(c > 0);
        default: return jg_bool(c >= 0);
    }
}

static const char *const cmp_symbols[] = {"==", "!=", "<", "<=", ">", ">="};
static const int cmp_swapped[] = {JG_CMP_EQ, JG_CMP_NOTEQ, JG_CMP_GT, JG_CMP_GTE, JG_CMP_LT,
                                  JG_CMP_LTE};

jg_status jg_compare(jg_vm *vm, jg_value a, jg_value b, int op, jg_value *out)
{
    if (is_number(vm, a) && is_number(vm, b)) {
        *out = compare_numbers(vm, a, b, op);
        return JG_OK;
    }
    uint32_t bit = (op == JG_CMP_EQ || op == JG_CMP_NOTEQ) ? JG_PS_EQ : JG_PS_ORDER;
    if (has_py(vm, a, bit) || has_py(vm, b, bit))
        return JG_NEEDS_PY;
    jg_type *ta = jg_typeof(vm, a), *tb = jg_typeof(vm, b);
    jg_status st;
    jg_value r = JG_NOTIMPLEMENTED;
    /* The reflected operation goes first when b's type is a subclass of a's. */
    bool b_first = ta != tb && jg_type_is_subtype(tb, ta) && tb->hooks && tb->hooks->richcompare;
    if (b_first) {
        st = tb->hooks->richcompare(vm, b, a, cmp_swapped[op], &r);
        if (st != JG_OK)
            return st;
    }
    if (r == JG_NOTIMPLEMENTED && ta->hooks && ta->hooks->richcompare) {
        st = ta->hooks->richcompare(vm, a, b, op, &r);
        if (st != JG_OK)
            return st;
    }
    if (r == JG_NOTIMPLEMENTED && !b_first && tb->hooks && tb->hooks->richcompare) {
        st = tb->hooks->richcompare(vm, b, a, cmp_swapped[op], &r);
        if (st != JG_OK)
            return st;
    }
    if (r != JG_NOTIMPLEMENTED) {
        *out = r;
        return JG_OK;
    }
    if (op == JG_CMP_EQ) {
        *out = jg_bool(a == b);
        return JG_OK;
    }
    if (op == JG_CMP_NOTEQ) {
        *out = jg_bool(a != b);
        return JG_OK;
    }
    return jg_raise(vm, vm->t.TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    cmp_symbols[op], ta->name->data, tb->name->data);
}

jg_status jg_eq(jg_vm *vm, jg_value a, jg_value b, bool *out)
{
    if (a == b) {
        /* Identity implies equality inside containers (CPython's rule); NaN
         * is one boxed value here, so [nan] == [nan] holds as in CPython. */
        if (!has_py(vm, a, JG_PS_EQ)) {
            *out = true;
            return JG_OK;
        }
    }
    if (jg_is_int(a) && jg_is_int(b)) {
        *out = a == b;
        return JG_OK;
    }
    if (jg_is_kind(a, JG_K_STR) && jg_is_kind(b, JG_K_STR)) {
        *out = jg_str_eq(JG_AS(jg_str, a), JG_AS(jg_str, b));
        return JG_OK;
    }
    jg_value r;
    jg_status st = jg_compare(vm, a, b, JG_CMP_EQ, &r);
    if (st != JG_OK)
        return st;
    return jg_truth(vm, r, out);
}

jg_status jg_lt(jg_vm *vm, jg_value a, jg_value b, bool *out)
{
    if (jg_is_int(a) && jg_is_int(b)) {
        *out = jg_as_int(a) < jg_as_int(b);
        return JG_OK;
    }
    if (jg_is_float(a) && jg_is_float(b)) {
        *out = jg_as_float(a) < jg_as_float(b);
        return JG_OK;
    }
    jg_value r;
    jg_status st = jg_compare(vm, a, b, JG_CMP_LT, &r);
    if (st != JG_OK)
        return st;
    return jg_truth(vm, r, out);
}

/* ---------------------------------------------------------------- truth / len */

jg_status jg_truth(jg_vm *vm, jg_value v, bool *out)
{
    if (v == JG_TRUE) {
        *out = true;
        return JG_OK;
    }
    if (v == JG_FALSE || v == JG_NONE) {
        *out = false;
        return JG_OK;
    }
    if (jg_is_int(v)) {
        *out = jg_as_int(v) != 0;
        return JG_OK;
    }
    if (jg_is_float(v)) {
        *out = jg_as_float(v) != 0.0;
        return JG_OK;
    }
    if (!jg_is_obj(v)) {
        *out = true;
        return JG_OK;
    }
    jg_type *t = jg_obj_of(v)->type;
    if (is_user(t) && (t->py_slots & JG_PS_BOOL)) {
        jg_value f = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___bool__));
        if (f == JG_UNDEF)
            f = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___len__));
        if (f != JG_UNDEF && jg_is_kind(f, JG_K_FUNC))
            return JG_NEEDS_PY;
    }
    switch (t->kind) {
        case JG_K_INT: /* a big int is never zero, but an int subclass instance may be */
            *out = mpz_sgn(((jg_bigint *)jg_obj_of(v))->z) != 0;
            return JG_OK;
        case JG_K_STR:
            *out = ((jg_str *)jg_obj_of(v))->len != 0;
            return JG_OK;
        default:
            break;
    }
    if (t->hooks && t->hooks->len) {
        int64_t n;
        jg_status st = t->hooks->len(vm, v, &n);
        if (st != JG_OK)
            return st;
        *out = n != 0;
        return JG_OK;
    }
    *out = true;
    return JG_OK;
}

jg_status jg_len(jg_vm *vm, jg_value v, int64_t *out)
{
    if (has_py(vm, v, JG_PS_ITEM) &&
        jg_is_kind(jg_type_lookup(vm, jg_obj_of(v)->type, jg_sym(vm, JG_SYM___len__)), JG_K_FUNC))
        return JG_NEEDS_PY;
    const jg_type_hooks *h = hooks_of(vm, v);
    if (h && h->len)
        return h->len(vm, v, out);
    return jg_raise(vm, vm->t.TypeError, "object of type '%s' has no len()", jg_type_name(vm, v));
}

/* ---------------------------------------------------------------- items */

static bool has_py_method(jg_vm *vm, jg_value v, uint32_t bit, int sym)
{
    if (!has_py(vm, v, bit))
        return false;
    return jg_is_kind(jg_type_lookup(vm, jg_obj_of(v)->type, jg_sym(vm, sym)), JG_K_FUNC);
}

jg_status jg_getitem(jg_vm *vm, jg_value obj, jg_value key, jg_value *out)
{
    if (has_py_method(vm, obj, JG_PS_ITEM, JG_SYM___getitem__))
        return JG_NEEDS_PY;
    const jg_type_hooks *h = hooks_of(vm, obj);
    if (h && h->getitem)
        return h->getitem(vm, obj, key, out);
    if (jg_typeof(vm, obj) == vm->t.type) {
        /* list[int] and friends: generic aliases are outside the subset. */
        return jg_raise(vm, vm->t.TypeError, "type '%s' is not subscriptable",
                        ((jg_type *)jg_as_obj(obj))->name->data);
    }
    return jg_raise(vm, vm->t.TypeError, "'%s' object is not subscriptable", jg_type_name(vm, obj));
}

jg_status jg_setitem(jg_vm *vm, jg_value obj, jg_value key, jg_value v)
{
    if (has_py_method(vm, obj, JG_PS_ITEM, JG_SYM___setitem__))
        return JG_NEEDS_PY;
    const jg_type_hooks *h = hooks_of(vm, obj);
    if (h && h->setitem)
        return h->setitem(vm, obj, key, v);
    return jg_raise(vm, vm->t.TypeError, "'%s' object does not support item assignment",
                    jg_type_name(vm, obj));
}

jg_status jg_delitem(jg_vm *vm, jg_value obj, jg_value key)
{
    if (has_py_method(vm, obj, JG_PS_ITEM, JG_SYM___delitem__))
        return JG_NEEDS_PY;
    const jg_type_hooks *h = hooks_of(vm, obj);
    if (h && h->setitem)
        return h->setitem(vm, obj, key, JG_UNDEF);
    return jg_raise(vm, vm->t.TypeError, "'%s' object doesn't support item deletion",
                    jg_type_name(vm, obj));
}

jg_status jg_contains(jg_vm *vm, jg_value container, jg_value v, bool *out)
{
    if (has_py(vm, container, JG_PS_ITEM | JG_PS_ITER) || jg_is_kind(container, JG_K_GEN))
        return JG_NEEDS_PY;
    const jg_type_hooks *h = hooks_of(vm, container);
    if (h && h->contains)
        return h->contains(vm, container, v, out);
    if (h && h->iter) {
        jg_value it, x;
        jg_status st = h->iter(vm, container, &it);
        if (st != JG_OK)
            return st;
        for (;;) {
            st = jg_next(vm, it, &x);
            if (st != JG_OK)
                return st;
            if (x == JG_UNDEF) {
                *out = false;
                return JG_OK;
            }
            bool eq;
            st = jg_eq(vm, x, v, &eq);
            if (st != JG_OK)
                return st;
            if (eq) {
                *out = true;
                return JG_OK;
            }
        }
    }
    return jg_raise(vm, vm->t.TypeError, "argument of type '%s' is not iterable",
                    jg_type_name(vm, container));
}

jg_status jg_get_iter(jg_vm *vm, jg_value v, jg_value *out)
{
    if (has_py(vm, v, JG_PS_ITER | JG_PS_ITEM))
        return JG_NEEDS_PY;
    if (jg_is_kind(v, JG_K_GEN)) {
        *out = v;
        return JG_OK;
    }
    const jg_type_hooks *h = hooks_of(vm, v);
    if (h && h->iter)
        return h->iter(vm, v, out);
    return jg_raise(vm, vm->t.TypeError, "'%s' object is not iterable", jg_type_name(vm, v));
}

jg_status jg_next(jg_vm *vm, jg_value it, jg_value *out)
{
    if (has_py(vm, it, JG_PS_ITER) || jg_is_kind(it, JG_K_GEN))
        return JG_NEEDS_PY;
    const jg_type_hooks *h = hooks_of(vm, it);
    if (h && h->next)
        return h->next(vm, it, out);
    return jg_raise(vm, vm->t.TypeError, "'%s' object is not an iterator", jg_type_name(vm, it));
}

/* ---------------------------------------------------------------- operators */

static const char *const binop_symbols[] = {"+", "-", "*", "@", "/", "%", "** or pow()", "<<",
                                            ">>", "|", "^", "&", "//"};

const char *jg_binop_symbol(int op)
{
    return binop_symbols[op];
}

/* Types whose instances repeat with '*' (CPython's sq_repeat). */
static bool is_sequence(jg_type *t)
{
    return t->kind == JG_K_STR || t->kind == JG_K_BYTES || t->kind == JG_K_LIST ||
           t->kind == JG_K_TUPLE;
}

jg_status jg_binop(jg_vm *vm, int op, bool inplace, jg_value a, jg_value b, jg_value *out)
{
    jg_type *ta = jg_typeof(vm, a), *tb = jg_typeof(vm, b);
    bool a_num = jg_is_float(a) || jg_is_anyint(vm, a);
    bool b_num = jg_is_float(b) || jg_is_anyint(vm, b);
    if (a_num && b_num && !has_py(vm, a, JG_PS_NUMBER) && !has_py(vm, b, JG_PS_NUMBER)) {
        if (!jg_is_float(a) && !jg_is_float(b))
            return jg_int_binop(vm, op, a, b, out);
        if (op == JG_OP_LSHIFT || op == JG_OP_RSHIFT || op == JG_OP_BITAND ||
            op == JG_OP_BITOR || op == JG_OP_BITXOR || op == JG_OP_MATMULT)
            goto unsupported;
        double x, y;
        jg_status st;
        if (jg_is_float(a))
            x = jg_as_float(a);
        else if ((st = jg_int_to_double(vm, a, &x)) != JG_OK)
            return st;
        if (jg_is_float(b))
            y = jg_as_float(b);
        else if ((st = jg_int_to_double(vm, b, &y)) != JG_OK)
            return st;
        if (op == JG_OP_LSHIFT || op == JG_OP_RSHIFT || op == JG_OP_BITAND ||
            op == JG_OP_BITOR || op == JG_OP_BITXOR || op == JG_OP_MATMULT)
            goto unsupported;
        return jg_float_binop(vm, op, x, y, out);
    }
    if (has_py(vm, a, JG_PS_NUMBER) || has_py(vm, b, JG_PS_NUMBER))
        return JG_NEEDS_PY;
    jg_value r = JG_NOTIMPLEMENTED;
    jg_status st;
    if (ta->hooks && ta->hooks->binop) {
        st = ta->hooks->binop(vm, op, a, b, false, inplace, &r);
        if (st != JG_OK)
            return st;
    }
    if (r == JG_NOTIMPLEMENTED && tb->hooks && tb->hooks->binop && tb != ta) {
        st = tb->hooks->binop(vm, op, b, a, true, false, &r);
        if (st != JG_OK)
            return st;
    }
    if (r != JG_NOTIMPLEMENTED) {
        *out = r;
        return JG_OK;
    }
unsupported:
    if (op == JG_OP_MULT) {
        /* CPython falls back to the sequence repeat of either operand. */
        jg_type *count = is_sequence(ta) ? tb : is_sequence(tb) ? ta : NULL;
        if (count)
            return jg_raise(vm, vm->t.TypeError, "can't multiply sequence by non-int of type '%s'",
                            count->name->data);
    }
    if (op == JG_OP_POW)
        return jg_raise(vm, vm->t.TypeError,
                        "unsupported operand type(s) for %s: '%s' and '%s'",
                        inplace ? "**=" : "** or pow()", ta->name->data, tb->name->data);
    return jg_raise(vm, vm->t.TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                    binop_symbols[op], inplace ? "=" : "", ta->name->data, tb->name->data);
}

jg_status jg_unary(jg_vm *vm, int which, jg_value a, jg_value *out)
{
    static const char *const syms[] = {"+", "-", "~"};
    if (jg_is_float(a)) {
        if (which == 2)
            goto bad;
        *out = which == 1 ? jg_float(-jg_as_float(a)) : a;
        return JG_OK;
    }
    if (jg_is_anyint(vm, a) && !has_py(vm, a, JG_PS_NUMBER)) {
        switch (which) {
            case 0:
                return jg_int_binop(vm, JG_OP_ADD, jg_int(0), a, out);
            case 1:
                return jg_int_binop(vm, JG_OP_SUB, jg_int(0), a, out);
            default:
                return jg_int_binop(vm, JG_OP_BITXOR, a, jg_int(-1), out);
        }
    }
    if (has_py(vm, a, JG_PS_NUMBER))
        return JG_NEEDS_PY;
bad:
    return jg_raise(vm, vm->t.TypeError, "bad operand type for unary %s: '%s'", syms[which],
                    jg_type_name(vm, a));
}

/* ---------------------------------------------------------------- attributes */

static jg_status attr_error(jg_vm *vm, jg_value obj, jg_str *name)
{
    jg_type *t = jg_typeof(vm, obj);
    if (t == vm->t.type)
        return jg_raise_attr_error(vm, obj, name, "type object '%s' has no attribute '%s'",
                                   ((jg_type *)jg_as_obj(obj))->name->data, name->data);
    if (t->kind == JG_K_MODULE)
        return jg_raise_attr_error(vm, obj, name, "module '%s' has no attribute '%s'",
                                   JG_AS(jg_module, obj)->name->data, name->data);
    return jg_raise_attr_error(vm, obj, name, "'%s' object has no attribute '%s'",
                               t->name->data, name->data);
}

/* The per-object attribute store, if the object has one: instance shape or
 * dict, a module's globals, a function's attrs, a built-in subclass' attrs. */
jg_dict **jg_attrs_slot(jg_vm *vm, jg_value obj)
{
    if (!jg_is_obj(obj))
        return NULL;
    jg_obj *o = jg_obj_of(obj);
    switch (o->type->kind) {
        case JG_K_LIST: return &((jg_list *)o)->attrs;
        case JG_K_DICT: return &((jg_dict *)o)->attrs;
        case JG_K_SET: return &((jg_set *)o)->attrs;
        case JG_K_EXC: return &((jg_exc *)o)->attrs;
        case JG_K_FUNC: return &((jg_func *)o)->attrs;
        case JG_K_OTHER: return &((jg_cobj *)o)->attrs;
        default: return NULL;
    }
}

/* Binds class attribute 'd' found on type 't' for access through 'obj'. */
jg_status jg_bind_attr(jg_vm *vm, jg_value d, jg_value obj, jg_type *t, jg_value *out)
{
    if (!jg_is_obj(d)) {
        *out = d;
        return JG_OK;
    }
    jg_obj *o = jg_obj_of(d);
    if (o->type == vm->t.function) {
        return jg_method_new(vm, d, obj, out);
    }
    if (o->type == vm->t.builtin_function) {
        jg_native *n = (jg_native *)o;
        if (n->flags & JG_NF_STATIC || n->self != JG_NULL || !n->owner) {
            *out = d;
            return JG_OK;
        }
        jg_value self = (n->flags & JG_NF_CLASSMETHOD) ? jg_obj_value(t) : obj;
        jg_native *b = jg_native_new(vm, n->name, n->fn, self);
        if (!b)
            return jg_raise_nomem(vm);
        b->owner = n->owner;
        b->flags = n->flags;
        *out = jg_obj_value(b);
        return JG_OK;
    }
    if (o->type == vm->t.staticmethod) {
        *out = ((jg_wrapper *)o)->fget;
        return JG_OK;
    }
    if (o->type == vm->t.classmethod) {
        return jg_method_new(vm, ((jg_wrapper *)o)->fget, jg_obj_value(t), out);
    }
    *out = d;
    return JG_OK;
}

/* A property's getter: native ones run here, Python ones need the loop. */
static jg_status call_getter(jg_vm *vm, jg_value prop, jg_value obj, jg_str *name, jg_value *out)
{
    jg_wrapper *p = JG_AS(jg_wrapper, prop);
    if (p->fget == JG_NONE)
        return jg_raise(vm, vm->t.AttributeError, "property '%s' of '%s' object has no getter",
                        name->data, jg_type_name(vm, obj));
    if (jg_is_kind(p->fget, JG_K_NATIVE)) {
        jg_value arg = obj;
        return JG_AS(jg_native, p->fget)->fn(vm, &arg, 1, NULL, out);
    }
    return JG_NEEDS_PY;
}

static jg_status class_getattr(jg_vm *vm, jg_type *c, jg_str *name, jg_value *out)
{
    /* Data descriptors of the metatype (__name__, __mro__, ...) come first. */
    jg_value meta = jg_type_lookup(vm, vm->t.type, name);
    if (meta != JG_UNDEF && jg_is_obj(meta) && jg_obj_of(meta)->type == vm->t.property)
        return call_getter(vm, meta, jg_obj_value(c), name, out);
    jg_value d = jg_type_lookup(vm, c, name);
    if (d != JG_UNDEF) {
        if (jg_is_kind(d, JG_K_PROPERTY) && jg_obj_of(d)->type == vm->t.property) {
            *out = d;
            return JG_OK;
        }
        if (jg_is_obj(d) && jg_obj_of(d)->type == vm->t.builtin_function) {
            jg_native *n = JG_AS(jg_native, d);
            if (n->flags & JG_NF_CLASSMETHOD)
                return jg_bind_attr(vm, d, jg_obj_value(c), c, out);
            *out = d;
            return JG_OK;
        }
        if (jg_is_obj(d) && jg_obj_of(d)->type == vm->t.function) {
            *out = d;
            return JG_OK;
        }
        return jg_bind_attr(vm, d, JG_NONE, c, out);
    }
    /* Attributes of the metatype: __name__, __mro__, mro(), ... */
    d = jg_type_lookup(vm, vm->t.type, name);
    if (d != JG_UNDEF) {
        if (jg_is_kind(d, JG_K_PROPERTY))
            return call_getter(vm, d, jg_obj_value(c), name, out);
        return jg_bind_attr(vm, d, jg_obj_value(c), vm->t.type, out);
    }
    return attr_error(vm, jg_obj_value(c), name);
}

jg_status jg_getattr_opt(jg_vm *vm, jg_value obj, jg_str *name, jg_value *out)
{
    jg_status st = jg_getattr(vm, obj, name, out);
    if (st == JG_RAISED && jg_exc_matches(vm, vm->t.AttributeError)) {
        jg_clear_exc(vm);
        *out = JG_UNDEF;
        return JG_OK;
    }
    return st;
}

jg_status jg_getattr(jg_vm *vm, jg_value obj, jg_str *name, jg_value *out)
{
    jg_type *t = jg_typeof(vm, obj);
    if (name == jg_sym(vm, JG_SYM___class__)) {
        *out = jg_obj_value(t);
        return JG_OK;
    }
    if (t == vm->t.type)
        return class_getattr(vm, (jg_type *)jg_as_obj(obj), name, out);
    if (t->kind == JG_K_SUPER)
        return jg_super_getattr(vm, JG_AS(jg_super, obj), name, out);
    if (t->kind == JG_K_MODULE) {
        jg_value v = jg_dict_get_str(JG_AS(jg_module, obj)->dict, name);
        if (v != JG_UNDEF) {
            *out = v;
            return JG_OK;
        }
    }
    if (is_user(t) && (t->py_slots & JG_PS_GETATTRIBUTE))
        return JG_NEEDS_PY;
    jg_value d = jg_type_lookup(vm, t, name);
    if (d != JG_UNDEF && jg_is_kind(d, JG_K_PROPERTY) && jg_obj_of(d)->type == vm->t.property)
        return call_getter(vm, d, obj, name, out);
    if (t->kind == JG_K_INSTANCE) {
        jg_value v = jg_instance_get(JG_AS(jg_instance, obj), name);
        if (v != JG_UNDEF) {
            *out = v;
            return JG_OK;
        }
    } else {
        jg_dict **attrs = jg_attrs_slot(vm, obj);
        if (attrs && *attrs) {
            jg_value v = jg_dict_get_str(*attrs, name);
            if (v != JG_UNDEF) {
                *out = v;
                return JG_OK;
            }
        }
    }
    if (d != JG_UNDEF)
        return jg_bind_attr(vm, d, obj, t, out);
    if (t->kind == JG_K_FUNC || t->kind == JG_K_NATIVE || t->kind == JG_K_METHOD) {
        jg_status st = jg_func_special_attr(vm, obj, name, out);
        if (st != JG_NEEDS_PY)
            return st;
    }
    if (name == jg_sym(vm, JG_SYM___dict__) && t->kind == JG_K_INSTANCE) {
        jg_dict *attrs;
        jg_status st = jg_instance_dict(vm, JG_AS(jg_instance, obj), &attrs);
        if (st == JG_OK)
            *out = jg_obj_value(attrs);
        return st;
    }
    if (is_user(t) && (t->py_slots & JG_PS_GETATTR))
        return JG_NEEDS_PY;
    return attr_error(vm, obj, name);
}

jg_status jg_setattr(jg_vm *vm, jg_value obj, jg_str *name, jg_value v)
{
    jg_type *t = jg_typeof(vm, obj);
    if (t == vm->t.type) {
        jg_type *c = (jg_type *)jg_as_obj(obj);
        if (c->flags & JG_TF_IMMUTABLE)
            return jg_raise(vm, vm->t.TypeError,
                            "cannot set '%s' attribute of immutable type '%s'", name->data,
                            c->name->data);
        jg_status st = v == JG_UNDEF ? JG_OK : jg_dict_set_str(vm, c->dict, name, v);
        if (v == JG_UNDEF) {
            bool found;
            st = jg_dict_del(vm, c->dict, jg_obj_value(name), &found);
            if (st == JG_OK && !found)
                return attr_error(vm, obj, name);
        }
        jg_class_update_slots(vm, c);
        jg_type_modified(vm, c);
        return st;
    }
    if (is_user(t) && (t->py_slots & (JG_PS_SETATTR | JG_PS_DESCR))) {
        if (t->py_slots & JG_PS_SETATTR)
            return JG_NEEDS_PY;
        jg_value d = jg_type_lookup(vm, t, name);
        if (d != JG_UNDEF && jg_is_obj(d) && jg_obj_of(d)->type == vm->t.property &&
            !jg_is_kind(JG_AS(jg_wrapper, d)->fset, JG_K_NATIVE))
            return JG_NEEDS_PY;
    }
    {
        /* A native setter (exception args, __cause__, ...). */
        jg_value d = jg_type_lookup(vm, t, name);
        if (d != JG_UNDEF && jg_is_obj(d) && jg_obj_of(d)->type == vm->t.property &&
            jg_is_kind(JG_AS(jg_wrapper, d)->fget, JG_K_NATIVE)) {
            jg_wrapper *p = JG_AS(jg_wrapper, d);
            if (jg_is_kind(p->fset, JG_K_NATIVE) && v != JG_UNDEF) {
                jg_value a[2] = {obj, v}, ignored;
                return JG_AS(jg_native, p->fset)->fn(vm, a, 2, NULL, &ignored);
            }
            if (!(t->flags & JG_TF_USER) || jg_is_kind(p->fget, JG_K_NATIVE))
                return jg_raise(vm, vm->t.AttributeError,
                                "attribute '%s' of '%s' objects is not writable", name->data,
                                t->name->data);
        }
    }
    if (t->kind == JG_K_INSTANCE) {
        jg_instance *inst = JG_AS(jg_instance, obj);
        if (v == JG_UNDEF) {
            if (!jg_instance_del(vm, inst, name))
                return attr_error(vm, obj, name);
            return JG_OK;
        }
        return jg_instance_set(vm, inst, name, v);
    }
    if (t->kind == JG_K_MODULE) {
        jg_dict *d = JG_AS(jg_module, obj)->dict;
        if (v == JG_UNDEF) {
            bool found;
            jg_status st = jg_dict_del(vm, d, jg_obj_value(name), &found);
            return st == JG_OK && !found ? attr_error(vm, obj, name) : st;
        }
        return jg_dict_set_str(vm, d, name, v);
    }
    jg_dict **attrs = jg_attrs_slot(vm, obj);
    if (attrs && (is_user(t) || t->kind == JG_K_FUNC || t->kind == JG_K_EXC)) {
        if (!*attrs && !(*attrs = jg_dict_new(vm)))
            return jg_raise_nomem(vm);
        if (v == JG_UNDEF) {
            bool found;
            jg_status st = jg_dict_del(vm, *attrs, jg_obj_value(name), &found);
            return st == JG_OK && !found ? attr_error(vm, obj, name) : st;
        }
        return jg_dict_set_str(vm, *attrs, name, v);
    }
    jg_value d = jg_type_lookup(vm, t, name);
    if (d != JG_UNDEF)
        return jg_raise(vm, vm->t.AttributeError, "'%s' object attribute '%s' is read-only",
                        t->name->data, name->data);
    return jg_raise(vm, vm->t.AttributeError, "'%s' object has no attribute '%s'", t->name->data,
                    name->data);
}

jg_status jg_delattr(jg_vm *vm, jg_value obj, jg_str *name)
{
    return jg_setattr(vm, obj, name, JG_UNDEF);
}

/* How CPython names a callable in call errors: "mod.qualname()" for functions. */
const char *jg_func_str(jg_vm *vm, jg_value f, char *buf, size_t cap)
{
    if (jg_is_kind(f, JG_K_METHOD))
        f = JG_AS(jg_method, f)->func;
    if (jg_is_kind(f, JG_K_FUNC)) {
        jg_func *fn = JG_AS(jg_func, f);
        jg_value m = jg_dict_get_str(fn->globals, jg_sym(vm, JG_SYM___name__));
        if (jg_is_kind(m, JG_K_STR) && strcmp(JG_AS(jg_str, m)->data, "builtins") != 0)
            snprintf(buf, cap, "%s.%s()", JG_AS(jg_str, m)->data, fn->qualname->data);
        else
            snprintf(buf, cap, "%s()", fn->qualname->data);
    } else if (jg_is_kind(f, JG_K_NATIVE)) {
        snprintf(buf, cap, "%s()", JG_AS(jg_native, f)->name);
    } else if (jg_typeof(vm, f) == vm->t.type) {
        snprintf(buf, cap, "%s()", ((jg_type *)jg_as_obj(f))->name->data);
    } else {
        snprintf(buf, cap, "%s object", jg_type_name(vm, f));
    }
    return buf;
}

/* ---------------------------------------------------------------- interned names */

static const char *const sym_names[JG_N_SYMS] = {
#define JG_SYM_STR(n) #n,
    JG_SYMS(JG_SYM_STR)
#undef JG_SYM_STR
};

jg_status jg_syms_init(jg_vm *vm)
{
    for (int i = 0; i < JG_N_SYMS; i++) {
        jg_str *s = jg_str_intern_cstr(vm, sym_names[i]);
        if (!s)
            return jg_raise_nomem(vm);
        vm->s_cache[i] = jg_obj_value(s);
    }
    return JG_OK;
}
