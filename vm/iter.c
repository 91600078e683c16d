/*
 * vm/iter.c - the built-in iterators, the dict views, enumerate / zip / map /
 * filter / reversed / iter(f, sentinel), and what the container files share:
 * repr building, the recursion guards, argument checks, the generic dunder
 * methods, and module _builtins_containers (the natives the Python versions
 * of container operations are written with).
 *
 * Every iterator is a jg_iter (iter.h lists what its fields mean per kind),
 * and one 'next' serves them all.  A step that meets Python code keeps what
 * it has taken in the iterator and returns JG_NEEDS_PY; the type's __next__
 * then tail-calls _iter_next in vm/lib/_builtins_containers.py, which takes
 * the kept items first, so no item is lost or seen twice.
 *
 * Invariant: an exhausted list/tuple/dict/set/sequence iterator has src
 * JG_NONE and stays exhausted, as CPython's do.
 */
#include "iter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "dict.h"
#include "list.h"
#include "object_impl.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

#define NATIVE(name)                                                                         \
    static jg_status name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,           \
                          jg_value *out)

/* ---------------------------------------------------------------- building reprs */

jg_status jg_buf_put_repr(jg_vm *vm, jg_buf *b, jg_value v)
{
    char tmp[32];
    if (jg_is_int(v)) {
        snprintf(tmp, sizeof tmp, "%lld", (long long)jg_as_int(v));
        return jg_buf_puts(b, tmp) == JG_OK ? JG_OK : jg_raise_nomem(vm);
    }
    if (jg_is_obj(v) && jg_obj_of(v)->type == vm->t.str) {
        jg_str *s = JG_AS(jg_str, v);
        return jg_str_repr_buf(b, s->data, s->len, false) == JG_OK ? JG_OK : jg_raise_nomem(vm);
    }
    if (v == JG_NONE)
        return jg_buf_puts(b, "None") == JG_OK ? JG_OK : jg_raise_nomem(vm);
    if (v == JG_TRUE || v == JG_FALSE)
        return jg_buf_puts(b, v == JG_TRUE ? "True" : "False") == JG_OK ? JG_OK
                                                                         : jg_raise_nomem(vm);
    jg_str *r;
    jg_status st;
    if (!jg_nest_enter())
        return JG_NEEDS_PY;
    st = jg_repr(vm, v, &r);
    jg_nest_leave();
    if (st != JG_OK)
        return st;
    return jg_buf_put(b, r->data, r->len) == JG_OK ? JG_OK : jg_raise_nomem(vm);
}

jg_status jg_buf_put_items(jg_vm *vm, jg_buf *b, const jg_value *items, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i && jg_buf_puts(b, ", ") != JG_OK)
            return jg_raise_nomem(vm);
        jg_status st = jg_buf_put_repr(vm, b, items[i]);
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}

jg_status jg_buf_to_str(jg_vm *vm, jg_buf *b, jg_str **out)
{
    *out = b->data ? jg_str_from_buf(vm, b) : jg_str_new(vm, "", 0);
    jg_buf_free(b);
    return *out ? JG_OK : jg_raise_nomem(vm);
}

/* ---------------------------------------------------------------- guards */

/* The containers being repr'd live in the VM (vm->repr_active): the Python
 * versions keep their marks balanced with try/finally, and the collector
 * marks them (gc.c mark_roots), so a container whose repr runs Python code
 * stays the same object even when the repickle check copies the tasklet. */
static _Thread_local int nesting;

int jg_repr_enter(jg_vm *vm, jg_obj *o)
{
    for (size_t i = vm->n_repr_active; i-- > 0;)
        if (vm->repr_active[i] == o)
            return 1;
    if (vm->n_repr_active == vm->cap_repr_active) {
        size_t cap = vm->cap_repr_active ? vm->cap_repr_active * 2 : 16;
        jg_obj **a = realloc(vm->repr_active, cap * sizeof *a);
        if (!a)
            return -1;
        vm->repr_active = a;
        vm->cap_repr_active = cap;
    }
    vm->repr_active[vm->n_repr_active++] = o;
    return 0;
}

void jg_repr_leave(jg_vm *vm, jg_obj *o)
{
    for (size_t i = vm->n_repr_active; i-- > 0;) {
        if (vm->repr_active[i] == o) {
            memmove(vm->repr_active + i, vm->repr_active + i + 1,
                    (vm->n_repr_active - i - 1) * sizeof *vm->repr_active);
            vm->n_repr_active--;
            break;
        }
    }
    if (vm->n_repr_active == 0) {
        free(vm->repr_active);
        vm->repr_active = NULL;
        vm->cap_repr_active = 0;
    }
}

bool jg_nest_enter(void)
{
    if (nesting >= JG_MAX_C_NESTING)
        return false;
    nesting++;
    return true;
}

void jg_nest_leave(void)
{
    nesting--;
}

/* ---------------------------------------------------------------- argument checks */

static jg_status no_keywords(jg_vm *vm, const char *qual, jg_tuple *kwnames)
{
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "%s() takes no keyword arguments", qual);
    return JG_OK;
}

jg_status jg_argc_one(jg_vm *vm, const char *qual, int n, jg_tuple *kwnames)
{
    jg_status st = no_keywords(vm, qual, kwnames);
    if (st == JG_OK && n != 1)
        return jg_raise(vm, vm->t.TypeError, "%s() takes exactly one argument (%d given)", qual,
                        n);
    return st;
}

jg_status jg_argc_none(jg_vm *vm, const char *qual, int n, jg_tuple *kwnames)
{
    jg_status st = no_keywords(vm, qual, kwnames);
    if (st == JG_OK && n != 0)
        return jg_raise(vm, vm->t.TypeError, "%s() takes no arguments (%d given)", qual, n);
    return st;
}

jg_status jg_argc_range(jg_vm *vm, const char *qual, const char *name, int n,
                        jg_tuple *kwnames, int min, int max)
{
    jg_status st = no_keywords(vm, qual, kwnames);
    if (st != JG_OK)
        return st;
    if (n < min) {
        if (min == max)
            return jg_raise(vm, vm->t.TypeError, "%s expected %d argument%s, got %d", name, min,
                            min == 1 ? "" : "s", n);
        return jg_raise(vm, vm->t.TypeError, "%s expected at least %d argument%s, got %d", name,
                        min, min == 1 ? "" : "s", n);
    }
    if (n > max) {
        if (min == max)
            return jg_raise(vm, vm->t.TypeError, "%s expected %d argument%s, got %d", name, max,
                            max == 1 ? "" : "s", n);
        return jg_raise(vm, vm->t.TypeError, "%s expected at most %d argument%s, got %d", name,
                        max, max == 1 ? "" : "s", n);
    }
    return JG_OK;
}

jg_status jg_self_check(jg_vm *vm, jg_value *args, int nargs, jg_type *type, const char *name)
{
    if (nargs < 1)
        return jg_raise(vm, vm->t.TypeError, "unbound method %s.%s() needs an argument",
                        type->name->data, name);
    if (!jg_isinstance(vm, args[0], type))
        return jg_raise(vm, vm->t.TypeError,
                        "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                        type->name->data, jg_type_name(vm, args[0]));
    return JG_OK;
}

bool jg_type_has_py(jg_vm *vm, jg_type *t, int sym)
{
    return jg_is_kind(jg_type_lookup(vm, t, jg_sym(vm, sym)), JG_K_FUNC);
}

jg_status jg_raise_stop(jg_vm *vm)
{
    return jg_raise_value(vm, jg_obj_value(vm->t.StopIteration));
}

/* ---------------------------------------------------------------- calling natives */

/* Can 'f' be called from C: a native, or a built-in type whose instances
 * are made by its native __new__ alone (int, str, tuple, ...)? */
static bool callable_natively(jg_vm *vm, jg_value f)
{
    if (jg_is_kind(f, JG_K_NATIVE))
        return true;
    if (!jg_is_obj(f) || jg_obj_of(f)->type != vm->t.type)
        return false;
    jg_type *t = (jg_type *)jg_as_obj(f);
    if (t->flags & JG_TF_USER)
        return false;
    jg_value nf = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___new__));
    jg_value init = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___init__));
    return jg_is_kind(nf, JG_K_NATIVE) &&
           init == jg_type_lookup(vm, vm->t.object, jg_sym(vm, JG_SYM___init__));
}

/* Calls 'f' (callable_natively) with args[0..n); JG_NEEDS_PY when it needs
 * Python code after all (it then has had no effect a retry would repeat,
 * natives being side-effect free when they report that). */
static jg_status call_natively(jg_vm *vm, jg_value f, jg_value *args, int n, jg_value *out)
{
    if (jg_is_kind(f, JG_K_NATIVE))
        return jg_call_native(vm, f, args, n, NULL, out);
    jg_value buf[JG_MAX_TAILCALL_ARGS + 1];
    if (n + 1 > (int)(sizeof buf / sizeof buf[0]))
        return JG_NEEDS_PY;
    jg_type *t = (jg_type *)jg_as_obj(f);
    buf[0] = f;
    memcpy(buf + 1, args, (size_t)n * sizeof *args);
    jg_value nf = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___new__));
    jg_status st = JG_AS(jg_native, nf)->fn(vm, buf, n + 1, NULL, out);
    if (st == JG_TAILCALL) {
        vm->tail.callable = JG_NONE;
        vm->tail.nargs = 0;
        return JG_NEEDS_PY;
    }
    return st;
}

/* map and filter ask callable_natively once: pos_flags bit 1 says it was
 * asked, bit 2 the answer. */
static bool func_is_native(jg_vm *vm, jg_iter *it)
{
    if (!(it->pos_flags & 2))
        it->pos_flags |= 2 | (callable_natively(vm, it->a) ? 4 : 0);
    return (it->pos_flags & 4) != 0;
}

/* Makes room for 'n' items in list 'l' (items past len are the caller's). */
static bool set_room(jg_vm *vm, jg_list *l, uint32_t n)
{
    uint32_t len = l->len;
    while (l->len < n)
        if (jg_list_append(vm, l, JG_NONE) != JG_OK)
            return false;
    l->len = len;
    return true;
}

/* ---------------------------------------------------------------- iterator objects */

jg_iter *jg_iter_new(jg_vm *vm, jg_type *type, jg_iter_kind kind, jg_value src)
{
    jg_iter *it = jg_gc_alloc(vm, type, sizeof *it);
    if (!it)
        return NULL;
    it->kind = kind;
    it->src = src;
    it->a = JG_UNDEF;
    it->b = JG_UNDEF;
    return it;
}

jg_status jg_iter_new_seq(jg_vm *vm, jg_value obj, jg_value *out)
{
    jg_iter *it = jg_iter_new(vm, vm->t.iterator, JG_IT_SEQ, obj);
    if (!it)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(it);
    return JG_OK;
}

jg_status jg_iter_new_callable(jg_vm *vm, jg_value callable, jg_value sentinel, jg_value *out)
{
    jg_iter *it = jg_iter_new(vm, vm->t.callable_iterator, JG_IT_CALLABLE, callable);
    if (!it)
        return jg_raise_nomem(vm);
    it->a = sentinel;
    *out = jg_obj_value(it);
    return JG_OK;
}

jg_status jg_iter_resume(jg_vm *vm, jg_list *done, jg_value rest, jg_value *out)
{
    if (done->len == 0 && rest != JG_UNDEF) {
        /* Nothing taken yet: 'rest' may still be the iterable itself (its
         * __iter__ or __getitem__ is Python code), which the Python version
         * iterates as it would the original. */
        *out = rest;
        return JG_OK;
    }
    jg_tuple *t = jg_tuple_from(vm, done->items, done->len);
    if (!t)
        return jg_raise_nomem(vm);
    jg_iter *it = jg_iter_new(vm, vm->t.tuple_iterator, JG_IT_TUPLE, jg_obj_value(t));
    if (!it)
        return jg_raise_nomem(vm);
    it->b = rest;
    *out = jg_obj_value(it);
    return JG_OK;
}

jg_status jg_dict_view_new(jg_vm *vm, jg_type *type, jg_dict *d, jg_value *out)
{
    jg_iter *v = jg_iter_new(vm, type, JG_IT_DICT_VIEW, jg_obj_value(d));
    if (!v)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(v);
    return JG_OK;
}

static void iter_trace(jg_vm *vm, jg_obj *o)
{
    jg_iter *it = (jg_iter *)o;
    jg_gc_mark_value(vm, it->src);
    jg_gc_mark_value(vm, it->a);
    jg_gc_mark_value(vm, it->b);
}

static jg_status iter_self(jg_vm *vm, jg_value self, jg_value *out)
{
    *out = self;
    return JG_OK;
}

/* ---------------------------------------------------------------- next, per kind */

static jg_status exhausted(jg_iter *it, jg_value *out)
{
    it->src = JG_NONE;
    *out = JG_UNDEF;
    return JG_OK;
}

static jg_status next_dict(jg_vm *vm, jg_iter *it, jg_value *out)
{
    if (!jg_is_obj(it->src)) {
        *out = JG_UNDEF;
        return JG_OK;
    }
    jg_dict *d = JG_AS(jg_dict, it->src);
    if (it->pos_flags != d->n_used) {
        it->pos_flags = UINT32_MAX; /* stays an error */
        return jg_raise(vm, vm->t.RuntimeError, "dictionary changed size during iteration");
    }
    int64_t i = it->index;
    const jg_dict_entry *e;
    if (it->a == JG_TRUE) {
        if (i >= (int64_t)d->n_entries)
            i = (int64_t)d->n_entries - 1;
        while (i >= 0 && d->entries[i].key == JG_UNDEF)
            i--;
        if (i < 0)
            return exhausted(it, out);
        it->index = i - 1;
    } else {
        while (i < (int64_t)d->n_entries && d->entries[i].key == JG_UNDEF)
            i++;
        if (i >= (int64_t)d->n_entries)
            return exhausted(it, out);
        if (it->end == 0) {
            it->src = JG_NONE;
            return jg_raise(vm, vm->t.RuntimeError, "dictionary keys changed during iteration");
        }
        it->index = i + 1;
    }
    it->end--;
    e = &d->entries[i];
    switch (it->kind) {
        case JG_IT_DICT_KEYS: *out = e->key; return JG_OK;
        case JG_IT_DICT_VALUES: *out = e->value; return JG_OK;
        default: {
            jg_tuple *t = jg_tuple_pack2(vm, e->key, e->value);
            if (!t)
                return jg_raise_nomem(vm);
            *out = jg_obj_value(t);
            return JG_OK;
        }
    }
}

static jg_status next_set(jg_vm *vm, jg_iter *it, jg_value *out)
{
    if (!jg_is_obj(it->src)) {
        *out = JG_UNDEF;
        return JG_OK;
    }
    jg_set *so = JG_AS(jg_set, it->src);
    if (it->pos_flags != so->used) {
        it->pos_flags = UINT32_MAX;
        return jg_raise(vm, vm->t.RuntimeError, "Set changed size during iteration");
    }
    uint32_t pos = (uint32_t)it->index;
    jg_value k;
    if (!jg_set_next(so, &pos, &k, NULL))
        return exhausted(it, out);
    it->index = pos;
    it->end--;
    *out = k;
    return JG_OK;
}

static jg_status next_range(jg_vm *vm, jg_iter *it, jg_value *out)
{
    if (it->pos_flags == 0) {
        if (!jg_iter_range_next(it, out))
            *out = JG_UNDEF;
        return JG_OK;
    }
    /* Big: a = next value, b = step, src = values left. */
    if (it->src == jg_int(0)) {
        *out = JG_UNDEF;
        return JG_OK;
    }
    jg_value next, left;
    jg_status st = jg_int_binop(vm, JG_OP_ADD, it->a, it->b, &next);
    if (st == JG_OK)
        st = jg_int_binop(vm, JG_OP_SUB, it->src, jg_int(1), &left);
    if (st != JG_OK)
        return st;
    *out = it->a;
    it->a = next;
    it->src = left;
    return JG_OK;
}

static jg_status next_str(jg_vm *vm, jg_iter *it, jg_value *out)
{
    if (!jg_is_obj(it->src) || it->index >= it->end) {
        *out = JG_UNDEF;
        return JG_OK;
    }
    jg_str *s = JG_AS(jg_str, it->src);
    int n = jg_utf8_len((uint8_t)s->data[it->index]);
    jg_str *c = jg_str_new_n(vm, s->data + it->index, (size_t)n, 1);
    if (!c)
        return jg_raise_nomem(vm);
    it->index += n;
    *out = jg_obj_value(c);
    return JG_OK;
}

static jg_status next_tuple(jg_vm *vm, jg_iter *it, jg_value *out)
{
    if (jg_is_obj(it->src)) {
        jg_tuple *t = JG_AS(jg_tuple, it->src);
        if ((uint64_t)it->index < t->len) {
            *out = t->items[it->index++];
            return JG_OK;
        }
        it->src = JG_NONE;
    }
    if (it->b != JG_UNDEF) {
        /* jg_iter_resume: continue with the rest of the interrupted iterator. */
        jg_status st = jg_next(vm, it->b, out);
        if (st == JG_OK && *out == JG_UNDEF)
            it->b = JG_UNDEF;
        return st;
    }
    *out = JG_UNDEF;
    return JG_OK;
}

static jg_status next_enumerate(jg_vm *vm, jg_iter *it, jg_value *out)
{
    jg_value x, n;
    jg_status st = jg_next(vm, it->src, &x);
    if (st != JG_OK || x == JG_UNDEF) {
        *out = JG_UNDEF;
        return st;
    }
    if (jg_is_int(it->a) && jg_as_int(it->a) < JG_SMALL_MAX)
        n = jg_int(jg_as_int(it->a) + 1);
    else if ((st = jg_int_binop(vm, JG_OP_ADD, it->a, jg_int(1), &n)) != JG_OK)
        return st;
    jg_tuple *t = jg_tuple_pack2(vm, it->a, x);
    if (!t)
        return jg_raise_nomem(vm);
    it->a = n;
    *out = jg_obj_value(t);
    return JG_OK;
}

/* zip()'s strict check once iterator 'i' ran out (CPython's zip_next). */
static jg_status zip_check(jg_vm *vm, jg_iter *it, int64_t i, jg_value *out)
{
    jg_tuple *iters = JG_AS(jg_tuple, it->src);
    if (it->index < 0 && i) {
        const char *plural = i == 1 ? " " : "s 1-";
        return jg_raise(vm, vm->t.ValueError, "zip() argument %lld is shorter than argument%s%lld",
                        (long long)(i + 1), plural, (long long)i);
    }
    for (int64_t j = it->index < 0 ? 1 : it->index; j < iters->len; j++) {
        jg_value x;
        jg_status st = jg_next(vm, iters->items[j], &x);
        if (st == JG_NEEDS_PY) {
            it->index = j; /* the Python version checks from here */
            return st;
        }
        if (st != JG_OK) {
            it->index = -1;
            return st;
        }
        if (x != JG_UNDEF) {
            const char *plural = j == 1 ? " " : "s 1-";
            it->index = -1;
            return jg_raise(vm, vm->t.ValueError,
                            "zip() argument %lld is longer than argument%s%lld",
                            (long long)(j + 1), plural, (long long)j);
        }
    }
    it->index = -1;
    *out = JG_UNDEF;
    return JG_OK;
}

static jg_status next_zip(jg_vm *vm, jg_iter *it, jg_value *out)
{
    jg_tuple *iters = JG_AS(jg_tuple, it->src);
    uint32_t n = iters->len, have = 0;
    jg_value local[16], *items = local;
    jg_status st;
    *out = JG_UNDEF;
    if (n == 0)
        return JG_OK;
    if (it->index >= 0)
        return zip_check(vm, it, 0, out);
    jg_list *got = jg_is_obj(it->b) ? JG_AS(jg_list, it->b) : NULL;
    if (!got && n > 16 && !(got = jg_list_new(vm, n)))
        return jg_raise_nomem(vm);
    if (got) {
        have = got->len;
        if (!set_room(vm, got, n))
            return jg_raise_nomem(vm);
        items = got->items;
    }
    it->b = JG_UNDEF;
    for (uint32_t i = have; i < n; i++) {
        st = jg_next(vm, iters->items[i], &items[i]);
        if (st == JG_NEEDS_PY) {
            /* Keep what was taken for the Python version. */
            if (!got && !(got = jg_list_from(vm, local, i)))
                return jg_raise_nomem(vm);
            got->len = i;
            it->b = jg_obj_value(got);
            return st;
        }
        if (st != JG_OK)
            return st;
        if (items[i] == JG_UNDEF) {
            if (it->pos_flags & 1)
                return zip_check(vm, it, i, out);
            return JG_OK;
        }
        if (got)
            got->len = i + 1;
    }
    jg_tuple *t = jg_tuple_from(vm, items, n);
    if (!t)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(t);
    return JG_OK;
}

static jg_status next_map(jg_vm *vm, jg_iter *it, jg_value *out)
{
    jg_tuple *iters = JG_AS(jg_tuple, it->src);
    uint32_t n = iters->len, have = 0;
    jg_value local[16], *items = local;
    jg_status st;
    *out = JG_UNDEF;
    /* A Python function is called by the Python version: take nothing. */
    if (!func_is_native(vm, it))
        return JG_NEEDS_PY;
    jg_list *got = jg_is_obj(it->b) ? JG_AS(jg_list, it->b) : NULL;
    if (!got && n > 16 && !(got = jg_list_new(vm, n)))
        return jg_raise_nomem(vm);
    if (got) {
        have = got->len;
        if (!set_room(vm, got, n))
            return jg_raise_nomem(vm);
        items = got->items;
    }
    it->b = JG_UNDEF;
    for (uint32_t i = have; i < n; i++) {
        st = jg_next(vm, iters->items[i], &items[i]);
        if (st == JG_NEEDS_PY) {
            if (!got && !(got = jg_list_from(vm, local, i)))
                return jg_raise_nomem(vm);
            got->len = i;
            it->b = jg_obj_value(got);
            return st;
        }
        if (st != JG_OK || items[i] == JG_UNDEF) {
            *out = JG_UNDEF;
            return st;
        }
        if (got)
            got->len = i + 1;
    }
    st = call_natively(vm, it->a, items, (int)n, out);
    if (st == JG_NEEDS_PY) {
        if (!got && !(got = jg_list_from(vm, local, n)))
            return jg_raise_nomem(vm);
        got->len = n;
        it->b = jg_obj_value(got);
        *out = JG_UNDEF;
    }
    return st;
}

static jg_status next_filter(jg_vm *vm, jg_iter *it, jg_value *out)
{
    jg_value f = it->a;
    bool plain = f == JG_NONE || f == jg_obj_value(vm->t.bool_);
    *out = JG_UNDEF;
    if (!plain && !func_is_native(vm, it))
        return JG_NEEDS_PY;
    for (;;) {
        jg_value x, r;
        jg_status st;
        if (it->b != JG_UNDEF) {
            x = it->b;
            it->b = JG_UNDEF;
        } else {
            st = jg_next(vm, it->src, &x);
            if (st != JG_OK || x == JG_UNDEF)
                return st;
        }
        bool ok;
        if (plain) {
            st = jg_truth(vm, x, &ok);
        } else {
            st = call_natively(vm, f, &x, 1, &r);
            if (st == JG_OK)
                st = jg_truth(vm, r, &ok);
        }
        if (st == JG_NEEDS_PY)
            it->b = x;
        if (st != JG_OK)
            return st;
        if (ok) {
            *out = x;
            return JG_OK;
        }
    }
}

/* reversed() over a sequence: str by code point (index = byte offset past
 * the next one), anything else through its native __getitem__. */
static jg_status next_reversed(jg_vm *vm, jg_iter *it, jg_value *out)
{
    *out = JG_UNDEF;
    if (!jg_is_obj(it->src))
        return JG_OK;
    jg_value seq = it->src;
    if (jg_obj_of(seq)->type == vm->t.str) {
        jg_str *s = JG_AS(jg_str, seq);
        int64_t end = it->index;
        if (end <= 0 || end > (int64_t)s->len)
            return exhausted(it, out);
        int64_t start = end - 1;
        while (start > 0 && ((uint8_t)s->data[start] & 0xC0) == 0x80)
            start--;
        jg_str *c = jg_str_new_n(vm, s->data + start, (size_t)(end - start), 1);
        if (!c)
            return jg_raise_nomem(vm);
        it->index = start;
        *out = jg_obj_value(c);
        return JG_OK;
    }
    if (it->index < 0)
        return exhausted(it, out);
    if (jg_obj_of(seq)->type == vm->t.tuple) {
        jg_tuple *t = JG_AS(jg_tuple, seq);
        if (it->index >= t->len)
            return exhausted(it, out);
        *out = t->items[it->index--];
        return JG_OK;
    }
    jg_status st = jg_getitem(vm, seq, jg_int(it->index), out);
    if (st == JG_RAISED &&
        (jg_exc_matches(vm, vm->t.IndexError) || jg_exc_matches(vm, vm->t.StopIteration))) {
        jg_clear_exc(vm);
        return exhausted(it, out);
    }
    if (st != JG_OK) {
        *out = JG_UNDEF;
        return st;
    }
    it->index--;
    return JG_OK;
}

static jg_status next_seq(jg_vm *vm, jg_iter *it, jg_value *out)
{
    *out = JG_UNDEF;
    if (!jg_is_obj(it->src))
        return JG_OK;
    jg_status st = jg_getitem(vm, it->src, jg_int(it->index), out);
    if (st == JG_RAISED &&
        (jg_exc_matches(vm, vm->t.IndexError) || jg_exc_matches(vm, vm->t.StopIteration))) {
        jg_clear_exc(vm);
        return exhausted(it, out);
    }
    if (st != JG_OK) {
        *out = JG_UNDEF;
        return st;
    }
    it->index++;
    return JG_OK;
}

static jg_status next_callable(jg_vm *vm, jg_iter *it, jg_value *out)
{
    *out = JG_UNDEF;
    if (it->src == JG_NONE)
        return JG_OK;
    if (!callable_natively(vm, it->src))
        return JG_NEEDS_PY;
    jg_value r;
    jg_status st;
    if (it->b != JG_UNDEF) {
        r = it->b;
        it->b = JG_UNDEF;
    } else {
        st = call_natively(vm, it->src, NULL, 0, &r);
        if (st == JG_RAISED && jg_exc_matches(vm, vm->t.StopIteration)) {
            jg_clear_exc(vm);
            it->src = JG_NONE;
            return JG_OK;
        }
        if (st != JG_OK)
            return st;
    }
    bool eq;
    st = jg_item_eq(vm, it->a, r, &eq);
    if (st == JG_NEEDS_PY)
        it->b = r; /* the Python version compares it */
    if (st != JG_OK)
        return st;
    if (eq) {
        it->src = JG_NONE;
        it->a = JG_UNDEF;
        return JG_OK;
    }
    *out = r;
    return JG_OK;
}

static jg_status iter_next(jg_vm *vm, jg_value self, jg_value *out)
{
    jg_iter *it = JG_AS(jg_iter, self);
    switch (it->kind) {
        case JG_IT_LIST:
            if (!jg_iter_list_next(it, out))
                *out = JG_UNDEF;
            return JG_OK;
        case JG_IT_LIST_REV:
            if (jg_is_obj(it->src) && it->index >= 0 &&
                it->index < (int64_t)JG_AS(jg_list, it->src)->len) {
                *out = JG_AS(jg_list, it->src)->items[it->index--];
                return JG_OK;
            }
            it->index = -1;
            return exhausted(it, out);
        case JG_IT_TUPLE: return next_tuple(vm, it, out);
        case JG_IT_STR: return next_str(vm, it, out);
        case JG_IT_BYTES:
            if (jg_is_obj(it->src) && it->index < (int64_t)JG_AS(jg_bytes, it->src)->len) {
                *out = jg_int(JG_AS(jg_bytes, it->src)->data[it->index++]);
                return JG_OK;
            }
            return exhausted(it, out);
        case JG_IT_RANGE: return next_range(vm, it, out);
        case JG_IT_DICT_KEYS:
        case JG_IT_DICT_VALUES:
        case JG_IT_DICT_ITEMS: return next_dict(vm, it, out);
        case JG_IT_SET: return next_set(vm, it, out);
        case JG_IT_ENUMERATE: return next_enumerate(vm, it, out);
        case JG_IT_ZIP: return next_zip(vm, it, out);
        case JG_IT_MAP: return next_map(vm, it, out);
        case JG_IT_FILTER: return next_filter(vm, it, out);
        case JG_IT_REVERSED_SEQ: return next_reversed(vm, it, out);
        case JG_IT_SEQ: return next_seq(vm, it, out);
        case JG_IT_CALLABLE: return next_callable(vm, it, out);
        case JG_IT_DICT_VIEW: break;
    }
    return jg_raise(vm, vm->t.TypeError, "'%s' object is not an iterator",
                    jg_type_name(vm, self));
}

static const jg_type_hooks iter_hooks = {
    .trace = iter_trace,
    .iter = iter_self,
    .next = iter_next,
};

/* ---------------------------------------------------------------- dict views */

static jg_status view_len(jg_vm *vm, jg_value self, int64_t *out)
{
    *out = JG_AS(jg_dict, JG_AS(jg_iter, self)->src)->n_used;
    return JG_OK;
}

static jg_iter_kind view_iter_kind(jg_vm *vm, jg_value view, jg_type **type)
{
    jg_type *t = jg_obj_of(view)->type;
    if (t == vm->t.dict_values) {
        *type = vm->t.dict_valueiterator;
        return JG_IT_DICT_VALUES;
    }
    if (t == vm->t.dict_items) {
        *type = vm->t.dict_itemiterator;
        return JG_IT_DICT_ITEMS;
    }
    *type = vm->t.dict_keyiterator;
    return JG_IT_DICT_KEYS;
}

static jg_status view_iter(jg_vm *vm, jg_value self, jg_value *out)
{
    jg_type *t;
    jg_iter_kind k = view_iter_kind(vm, self, &t);
    jg_value src = JG_AS(jg_iter, self)->src;
    jg_iter *it = jg_iter_new(vm, t, k, src);
    if (!it)
        return jg_raise_nomem(vm);
    it->end = JG_AS(jg_dict, src)->n_used;
    it->pos_flags = JG_AS(jg_dict, src)->n_used;
    it->a = JG_FALSE;
    *out = jg_obj_value(it);
    return JG_OK;
}

static jg_status view_contains(jg_vm *vm, jg_value self, jg_value v, bool *out)
{
    jg_dict *d = JG_AS(jg_dict, JG_AS(jg_iter, self)->src);
    jg_type *t = jg_obj_of(self)->type;
    if (t == vm->t.dict_keys) {
        jg_value x;
        return jg_dict_get(vm, d, v, &x, out);
    }
    if (t == vm->t.dict_items) {
        *out = false;
        if (!jg_is_kind(v, JG_K_TUPLE) || JG_AS(jg_tuple, v)->len != 2)
            return JG_OK;
        jg_value x;
        bool found;
        jg_status st = jg_dict_get(vm, d, JG_AS(jg_tuple, v)->items[0], &x, &found);
        if (st != JG_OK || !found)
            return st;
        return jg_item_eq(vm, x, JG_AS(jg_tuple, v)->items[1], out);
    }
    uint32_t pos = 0;
    jg_value x;
    *out = false;
    while (jg_dict_next(d, &pos, NULL, &x, NULL)) {
        jg_status st = jg_item_eq(vm, x, v, out);
        if (st != JG_OK || *out)
            return st;
    }
    return JG_OK;
}

static jg_status view_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    jg_obj *o = jg_obj_of(self);
    jg_buf b = {0};
    int r = jg_repr_enter(vm, o);
    if (r < 0)
        return jg_raise_nomem(vm);
    if (r > 0) {
        if (jg_buf_puts(&b, "...") != JG_OK)
            return jg_raise_nomem(vm);
        return jg_buf_to_str(vm, &b, out);
    }
    jg_status st = JG_OK;
    if (jg_buf_puts(&b, o->type->name->data) != JG_OK || jg_buf_puts(&b, "([") != JG_OK)
        st = jg_raise_nomem(vm);
    jg_value it, x;
    if (st == JG_OK)
        st = view_iter(vm, self, &it);
    for (bool first = true; st == JG_OK; first = false) {
        if ((st = iter_next(vm, it, &x)) != JG_OK || x == JG_UNDEF)
            break;
        if (!first && jg_buf_puts(&b, ", ") != JG_OK)
            st = jg_raise_nomem(vm);
        if (st == JG_OK)
            st = jg_buf_put_repr(vm, &b, x);
    }
    if (st == JG_OK && jg_buf_puts(&b, "])") != JG_OK)
        st = jg_raise_nomem(vm);
    jg_repr_leave(vm, o);
    if (st != JG_OK) {
        jg_buf_free(&b);
        return st;
    }
    return jg_buf_to_str(vm, &b, out);
}

static bool is_setlike(jg_vm *vm, jg_value v)
{
    if (jg_is_kind(v, JG_K_SET))
        return true;
    return jg_is_obj(v) &&
           (jg_obj_of(v)->type == vm->t.dict_keys || jg_obj_of(v)->type == vm->t.dict_items);
}

/* Comparisons and set operations of keys/items views are done by their
 * Python versions (_dict_keys_richcompare, _dict_keys_binop ...). */
static jg_status view_richcompare(jg_vm *vm, jg_value self, jg_value other, int op,
                                  jg_value *out)
{
    *out = JG_NOTIMPLEMENTED;
    return is_setlike(vm, other) ? JG_NEEDS_PY : JG_OK;
}

static jg_status view_binop(jg_vm *vm, int op, jg_value self, jg_value other, bool reflected,
                            bool inplace, jg_value *out)
{
    *out = JG_NOTIMPLEMENTED;
    if (op == JG_OP_BITOR || op == JG_OP_BITAND || op == JG_OP_SUB || op == JG_OP_BITXOR)
        return JG_NEEDS_PY;
    return JG_OK;
}

static const jg_type_hooks setview_hooks = {
    .trace = iter_trace,
    .repr = view_repr,
    .unhashable = true,
    .richcompare = view_richcompare,
    .binop = view_binop,
    .len = view_len,
    .contains = view_contains,
    .iter = view_iter,
};

static const jg_type_hooks values_hooks = {
    .trace = iter_trace,
    .repr = view_repr,
    .len = view_len,
    .contains = view_contains,
    .iter = view_iter,
};

NATIVE(view_reversed_native)
{
    if (nargs != 1 || !jg_is_kind(args[0], JG_K_ITER) ||
        JG_AS(jg_iter, args[0])->kind != JG_IT_DICT_VIEW)
        return jg_raise(vm, vm->t.TypeError, "__reversed__() needs a dict view");
    jg_type *t;
    jg_iter_kind k = view_iter_kind(vm, args[0], &t);
    jg_value src = JG_AS(jg_iter, args[0])->src;
    jg_dict *d = JG_AS(jg_dict, src);
    jg_iter *it = jg_iter_new(vm, t, k, src);
    if (!it)
        return jg_raise_nomem(vm);
    it->index = (int64_t)d->n_entries - 1;
    it->end = d->n_used;
    it->pos_flags = d->n_used;
    it->a = JG_TRUE;
    *out = jg_obj_value(it);
    return JG_OK;
}

NATIVE(view_isdisjoint_native)
{
    if (nargs != 2)
        return jg_raise(vm, vm->t.TypeError, "isdisjoint() takes exactly one argument (%d given)",
                        nargs - 1);
    return jg_tailcall_prelude(vm, "_dictview_isdisjoint", args, 2, NULL);
}

/* ---------------------------------------------------------------- constructors */

NATIVE(enumerate_new)
{
    jg_value iterable = JG_UNDEF, start = jg_int(0);
    uint32_t nkw = kwnames ? kwnames->len : 0;
    int npos = nargs - (int)nkw; /* keyword values follow the positionals */
    int n = npos - 1;
    if (n + (int)nkw > 2)
        return jg_raise(vm, vm->t.TypeError, "enumerate() takes at most 2 arguments (%d given)",
                        n + (int)nkw);
    if (n >= 1)
        iterable = args[1];
    if (n >= 2)
        start = args[2];
    for (uint32_t i = 0; i < nkw; i++) {
        const char *k = JG_AS(jg_str, kwnames->items[i])->data;
        if (strcmp(k, "iterable") == 0 && n < 1)
            iterable = args[npos + i];
        else if (strcmp(k, "start") == 0 && n < 2)
            start = args[npos + i];
        else if (strcmp(k, "iterable") == 0 || strcmp(k, "start") == 0)
            return jg_raise(vm, vm->t.TypeError,
                            "argument for enumerate() given by name ('%s') and position (%d)", k,
                            strcmp(k, "iterable") == 0 ? 1 : 2);
        else
            return jg_raise(vm, vm->t.TypeError,
                            "'%s' is an invalid keyword argument for enumerate()", k);
    }
    if (iterable == JG_UNDEF)
        return jg_raise(vm, vm->t.TypeError, "enumerate() missing required argument 'iterable'");
    jg_value a[3] = {args[0], iterable, start};
    if (!jg_is_anyint(vm, start)) {
        if (jg_is_index(vm, start))
            return jg_tailcall_prelude(vm, "_enumerate_new", a, 3, NULL);
        return jg_raise(vm, vm->t.TypeError, "'%s' object cannot be interpreted as an integer",
                        jg_type_name(vm, start));
    }
    if (jg_is_bool(start))
        start = jg_int(start == JG_TRUE);
    jg_value it;
    jg_status st = jg_get_iter(vm, iterable, &it);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_enumerate_new", a, 3, NULL);
    if (st != JG_OK)
        return st;
    jg_iter *e = jg_iter_new(vm, (jg_type *)jg_as_obj(args[0]), JG_IT_ENUMERATE, it);
    if (!e)
        return jg_raise_nomem(vm);
    e->a = start;
    *out = jg_obj_value(e);
    return JG_OK;
}

/* iter() of each of args[0..n) into a new tuple; JG_NEEDS_PY if one needs Python. */
static jg_status iter_all(jg_vm *vm, const jg_value *args, int n, jg_tuple **out)
{
    jg_tuple *t = jg_tuple_new(vm, (size_t)n);
    if (!t)
        return jg_raise_nomem(vm);
    for (int i = 0; i < n; i++) {
        jg_status st = jg_get_iter(vm, args[i], &t->items[i]);
        if (st != JG_OK)
            return st;
    }
    *out = t;
    return JG_OK;
}

NATIVE(zip_new)
{
    jg_value strict = JG_FALSE;
    int npos = nargs - (kwnames ? (int)kwnames->len : 0); /* keyword values follow */
    for (uint32_t i = 0; kwnames && i < kwnames->len; i++) {
        const char *k = JG_AS(jg_str, kwnames->items[i])->data;
        if (strcmp(k, "strict") != 0)
            return jg_raise(vm, vm->t.TypeError, "'%s' is an invalid keyword argument for zip()",
                            k);
        strict = args[npos + i];
    }
    jg_tuple *given = jg_tuple_from(vm, args + 1, (size_t)npos - 1);
    if (!given)
        return jg_raise_nomem(vm);
    jg_value a[3] = {args[0], jg_obj_value(given), strict};
    bool is_strict;
    jg_status st = jg_truth(vm, strict, &is_strict);
    jg_tuple *iters = NULL;
    if (st == JG_OK)
        st = iter_all(vm, args + 1, npos - 1, &iters);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_zip_new", a, 3, NULL);
    if (st != JG_OK)
        return st;
    jg_iter *z = jg_iter_new(vm, (jg_type *)jg_as_obj(args[0]), JG_IT_ZIP, jg_obj_value(iters));
    if (!z)
        return jg_raise_nomem(vm);
    z->pos_flags = is_strict;
    z->index = -1;
    *out = jg_obj_value(z);
    return JG_OK;
}

NATIVE(map_new)
{
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "map() takes no keyword arguments");
    if (nargs < 3)
        return jg_raise(vm, vm->t.TypeError, "map() must have at least two arguments.");
    jg_tuple *iters;
    jg_status st = iter_all(vm, args + 2, nargs - 2, &iters);
    if (st == JG_NEEDS_PY) {
        jg_tuple *given = jg_tuple_from(vm, args + 2, (size_t)nargs - 2);
        if (!given)
            return jg_raise_nomem(vm);
        jg_value a[3] = {args[0], args[1], jg_obj_value(given)};
        return jg_tailcall_prelude(vm, "_map_new", a, 3, NULL);
    }
    if (st != JG_OK)
        return st;
    jg_iter *m = jg_iter_new(vm, (jg_type *)jg_as_obj(args[0]), JG_IT_MAP, jg_obj_value(iters));
    if (!m)
        return jg_raise_nomem(vm);
    m->a = args[1];
    *out = jg_obj_value(m);
    return JG_OK;
}

NATIVE(filter_new)
{
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "filter() takes no keyword arguments");
    if (nargs != 3)
        return jg_raise(vm, vm->t.TypeError, "filter expected 2 arguments, got %d", nargs - 1);
    jg_value it;
    jg_status st = jg_get_iter(vm, args[2], &it);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_filter_new", args, 3, NULL);
    if (st != JG_OK)
        return st;
    jg_iter *f = jg_iter_new(vm, (jg_type *)jg_as_obj(args[0]), JG_IT_FILTER, it);
    if (!f)
        return jg_raise_nomem(vm);
    f->a = args[1];
    *out = jg_obj_value(f);
    return JG_OK;
}

/* A reversed object over a sequence of 'n' items (a str: its byte length). */
static jg_status reversed_make(jg_vm *vm, jg_type *cls, jg_value seq, int64_t n, jg_value *out)
{
    jg_iter *r = jg_iter_new(vm, cls, JG_IT_REVERSED_SEQ, seq);
    if (!r)
        return jg_raise_nomem(vm);
    r->index = n - 1;
    if (jg_is_obj(seq) && jg_obj_of(seq)->type == vm->t.str)
        r->index = JG_AS(jg_str, seq)->len;
    *out = jg_obj_value(r);
    return JG_OK;
}

NATIVE(reversed_new)
{
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "reversed() takes no keyword arguments");
    if (nargs != 2)
        return jg_raise(vm, vm->t.TypeError, "reversed expected 1 argument, got %d", nargs - 1);
    jg_value seq = args[1];
    jg_type *t = jg_typeof(vm, seq);
    jg_value rev = jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___reversed__));
    if (rev == JG_NONE)
        return jg_raise(vm, vm->t.TypeError, "'%s' object is not reversible", t->name->data);
    if (jg_is_kind(rev, JG_K_NATIVE))
        return jg_call_native(vm, rev, &seq, 1, NULL, out);
    if (rev != JG_UNDEF || ((t->flags & JG_TF_USER) && (t->py_slots & JG_PS_ITEM)))
        return jg_tailcall_prelude(vm, "_reversed_new", args, 2, NULL);
    if (!t->hooks || !t->hooks->getitem || !t->hooks->len || t->kind == JG_K_DICT)
        return jg_raise(vm, vm->t.TypeError, "'%s' object is not reversible", t->name->data);
    int64_t n;
    jg_status st = jg_len(vm, seq, &n);
    if (st != JG_OK)
        return st;
    return reversed_make(vm, (jg_type *)jg_as_obj(args[0]), seq, n, out);
}

/* ---------------------------------------------------------------- generic dunders */

/* The prelude family of v's type: list, tuple, dict, set, range, slice,
 * dict_keys, dict_values, dict_items or iter. */
static const char *family(jg_vm *vm, jg_value v)
{
    jg_type *t = jg_typeof(vm, v);
    switch (t->kind) {
        case JG_K_LIST: return "list";
        case JG_K_TUPLE: return "tuple";
        case JG_K_DICT: return "dict";
        case JG_K_SET: return "set";
        case JG_K_RANGE: return "range";
        case JG_K_SLICE: return "slice";
        case JG_K_ITER:
            if (t == vm->t.dict_keys)
                return "dict_keys";
            if (t == vm->t.dict_values)
                return "dict_values";
            if (t == vm->t.dict_items)
                return "dict_items";
            return "iter";
        default: return "object";
    }
}

static jg_status fallback(jg_vm *vm, jg_value self, const char *op, const jg_value *args, int n)
{
    char name[48];
    snprintf(name, sizeof name, "_%s_%s", family(vm, self), op);
    return jg_tailcall_prelude(vm, name, args, n, NULL);
}

static const jg_type_hooks *dunder_hooks(jg_vm *vm, jg_value *args, int nargs, int want,
                                         jg_tuple *kwnames, jg_status *st)
{
    *st = JG_OK;
    if (kwnames && kwnames->len) {
        *st = jg_raise(vm, vm->t.TypeError, "wrapper takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1) {
        *st = jg_raise(vm, vm->t.TypeError, "descriptor needs an argument");
        return NULL;
    }
    if (nargs - 1 != want) {
        *st = jg_raise(vm, vm->t.TypeError, "expected %d argument%s, got %d", want,
                       want == 1 ? "" : "s", nargs - 1);
        return NULL;
    }
    const jg_type_hooks *h = jg_typeof(vm, args[0])->hooks;
    if (!h)
        *st = jg_raise(vm, vm->t.TypeError, "descriptor does not apply to a '%s' object",
                       jg_type_name(vm, args[0]));
    return h;
}

NATIVE(du_repr)
{
    jg_status st;
    const jg_type_hooks *h = dunder_hooks(vm, args, nargs, 0, kwnames, &st);
    if (!h)
        return st;
    jg_str *s;
    st = h->repr ? h->repr(vm, args[0], &s) : jg_default_repr(vm, args[0], &s);
    if (st == JG_NEEDS_PY)
        return fallback(vm, args[0], "repr", args, 1);
    if (st == JG_OK)
        *out = jg_obj_value(s);
    return st;
}

NATIVE(du_hash)
{
    jg_status st;
    const jg_type_hooks *h = dunder_hooks(vm, args, nargs, 0, kwnames, &st);
    if (!h)
        return st;
    int64_t v;
    st = h->hash ? h->hash(vm, args[0], &v) : jg_hash(vm, args[0], &v);
    if (st == JG_NEEDS_PY)
        return fallback(vm, args[0], "hash", args, 1);
    if (st == JG_OK)
        *out = jg_int_from_i64(vm, v);
    return st;
}

static jg_status du_compare(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, int op,
                            jg_value *out)
{
    jg_status st;
    const jg_type_hooks *h = dunder_hooks(vm, args, nargs, 1, kwnames, &st);
    if (!h)
        return st;
    if (!h->richcompare) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    st = h->richcompare(vm, args[0], args[1], op, out);
    if (st == JG_NEEDS_PY) {
        jg_value a[3] = {args[0], args[1], jg_int(op)};
        return fallback(vm, args[0], "richcompare", a, 3);
    }
    return st;
}

NATIVE(du_eq)
{
    return du_compare(vm, args, nargs, kwnames, JG_CMP_EQ, out);
}
NATIVE(du_ne)
{
    return du_compare(vm, args, nargs, kwnames, JG_CMP_NOTEQ, out);
}
NATIVE(du_lt)
{
    return du_compare(vm, args, nargs, kwnames, JG_CMP_LT, out);
}
NATIVE(du_le)
{
    return du_compare(vm, args, nargs, kwnames, JG_CMP_LTE, out);
}
NATIVE(du_gt)
{
    return du_compare(vm, args, nargs, kwnames, JG_CMP_GT, out);
}
NATIVE(du_ge)
{
    return du_compare(vm, args, nargs, kwnames, JG_CMP_GTE, out);
}

NATIVE(du_len)
{
    jg_status st;
    const jg_type_hooks *h = dunder_hooks(vm, args, nargs, 0, kwnames, &st);
    if (!h || !h->len)
        return h ? jg_raise(vm, vm->t.TypeError, "object has no len()") : st;
    int64_t n;
    st = h->len(vm, args[0], &n);
    if (st == JG_OK)
        *out = jg_int_from_i64(vm, n);
    return st;
}

NATIVE(du_getitem)
{
    jg_status st;
    const jg_type_hooks *h = dunder_hooks(vm, args, nargs, 1, kwnames, &st);
    if (!h || !h->getitem)
        return h ? jg_raise(vm, vm->t.TypeError, "object is not subscriptable") : st;
    st = h->getitem(vm, args[0], args[1], out);
    if (st == JG_NEEDS_PY)
        return fallback(vm, args[0], "getitem", args, 2);
    return st;
}

NATIVE(du_setitem)
{
    jg_status st;
    const jg_type_hooks *h = dunder_hooks(vm, args, nargs, 2, kwnames, &st);
    if (!h || !h->setitem)
        return h ? jg_raise(vm, vm->t.TypeError, "object does not support item assignment") : st;
    st = h->setitem(vm, args[0], args[1], args[2]);
    if (st == JG_NEEDS_PY)
        return fallback(vm, args[0], "setitem", args, 3);
    *out = JG_NONE;
    return st;
}

NATIVE(du_delitem)
{
    jg_status st;
    const jg_type_hooks *h = dunder_hooks(vm, args, nargs, 1, kwnames, &st);
    if (!h || !h->setitem)
        return h ? jg_raise(vm, vm->t.TypeError, "object doesn't support item deletion") : st;
    st = h->setitem(vm, args[0], args[1], JG_UNDEF);
    if (st == JG_NEEDS_PY)
        return fallback(vm, args[0], "delitem", args, 2);
    *out = JG_NONE;
    return st;
}

NATIVE(du_contains)
{
    jg_status st;
    const jg_type_hooks *h = dunder_hooks(vm, args, nargs, 1, kwnames, &st);
    if (!h)
        return st;
    bool in;
    st = h->contains ? h->contains(vm, args[0], args[1], &in) : JG_NEEDS_PY;
    if (st == JG_NEEDS_PY)
        return fallback(vm, args[0], "contains", args, 2);
    if (st == JG_OK)
        *out = jg_bool(in);
    return st;
}

NATIVE(du_iter)
{
    jg_status st;
    const jg_type_hooks *h = dunder_hooks(vm, args, nargs, 0, kwnames, &st);
    if (!h || !h->iter)
        return h ? jg_raise(vm, vm->t.TypeError, "object is not iterable") : st;
    return h->iter(vm, args[0], out);
}

NATIVE(du_next)
{
    jg_status st;
    const jg_type_hooks *h = dunder_hooks(vm, args, nargs, 0, kwnames, &st);
    if (!h || !h->next)
        return h ? jg_raise(vm, vm->t.TypeError, "object is not an iterator") : st;
    st = h->next(vm, args[0], out);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_iter_next", args, 1, NULL);
    if (st == JG_OK && *out == JG_UNDEF)
        return jg_raise_stop(vm);
    return st;
}

static jg_status du_binop(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, int op,
                          bool reflected, bool inplace, jg_value *out)
{
    jg_status st;
    const jg_type_hooks *h = dunder_hooks(vm, args, nargs, 1, kwnames, &st);
    if (!h)
        return st;
    if (!h->binop) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    st = h->binop(vm, op, args[0], args[1], reflected, inplace, out);
    if (st == JG_NEEDS_PY) {
        jg_value a[5] = {args[0], args[1], jg_int(op), jg_bool(reflected), jg_bool(inplace)};
        return fallback(vm, args[0], "binop", a, 5);
    }
    return st;
}

#define BINOP_NATIVES(name, op)                                                              \
    NATIVE(du_##name)                                                                        \
    {                                                                                        \
        return du_binop(vm, args, nargs, kwnames, op, false, false, out);                   \
    }                                                                                        \
    NATIVE(du_r##name)                                                                       \
    {                                                                                        \
        return du_binop(vm, args, nargs, kwnames, op, true, false, out);                    \
    }                                                                                        \
    NATIVE(du_i##name)                                                                       \
    {                                                                                        \
        return du_binop(vm, args, nargs, kwnames, op, false, true, out);                    \
    }
BINOP_NATIVES(add, JG_OP_ADD)
BINOP_NATIVES(mul, JG_OP_MULT)
BINOP_NATIVES(or, JG_OP_BITOR)
BINOP_NATIVES(and, JG_OP_BITAND)
BINOP_NATIVES(sub, JG_OP_SUB)
BINOP_NATIVES(xor, JG_OP_BITXOR)

jg_status jg_containers_add_dunders(jg_vm *vm, jg_type *t, uint32_t which)
{
    static const struct {
        uint32_t bit;
        const char *name;
        jg_native_fn fn;
    } table[] = {
        {JG_DU_REPR, "__repr__", du_repr},
        {JG_DU_HASH, "__hash__", du_hash},
        {JG_DU_COMPARE, "__eq__", du_eq},
        {JG_DU_COMPARE, "__ne__", du_ne},
        {JG_DU_COMPARE, "__lt__", du_lt},
        {JG_DU_COMPARE, "__le__", du_le},
        {JG_DU_COMPARE, "__gt__", du_gt},
        {JG_DU_COMPARE, "__ge__", du_ge},
        {JG_DU_LEN, "__len__", du_len},
        {JG_DU_GETITEM, "__getitem__", du_getitem},
        {JG_DU_SETITEM, "__setitem__", du_setitem},
        {JG_DU_SETITEM, "__delitem__", du_delitem},
        {JG_DU_CONTAINS, "__contains__", du_contains},
        {JG_DU_ITER, "__iter__", du_iter},
        {JG_DU_NEXT, "__iter__", du_iter},
        {JG_DU_NEXT, "__next__", du_next},
        {JG_DU_ADD, "__add__", du_add},
        {JG_DU_ADD, "__radd__", du_radd},
        {JG_DU_ADD, "__iadd__", du_iadd},
        {JG_DU_MUL, "__mul__", du_mul},
        {JG_DU_MUL, "__rmul__", du_rmul},
        {JG_DU_MUL, "__imul__", du_imul},
        {JG_DU_OR, "__or__", du_or},
        {JG_DU_OR, "__ror__", du_ror},
        {JG_DU_OR, "__ior__", du_ior},
        {JG_DU_SETOPS, "__and__", du_and},
        {JG_DU_SETOPS, "__rand__", du_rand},
        {JG_DU_SETOPS, "__iand__", du_iand},
        {JG_DU_SETOPS, "__sub__", du_sub},
        {JG_DU_SETOPS, "__rsub__", du_rsub},
        {JG_DU_SETOPS, "__isub__", du_isub},
        {JG_DU_SETOPS, "__xor__", du_xor},
        {JG_DU_SETOPS, "__rxor__", du_rxor},
        {JG_DU_SETOPS, "__ixor__", du_ixor},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (!(which & table[i].bit))
            continue;
        /* Only mutable types have in-place operators; tuple += is tuple + . */
        if (table[i].name[2] == 'i' && strcmp(table[i].name, "__iter__") != 0 &&
            t != vm->t.list && t != vm->t.dict && t != vm->t.set)
            continue;
        jg_status st = jg_type_add_method(vm, t, table[i].name, table[i].fn, 0);
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}

/* ---------------------------------------------------------------- primitives for Python */

static jg_iter *iter_arg(jg_vm *vm, jg_value *args, int nargs, int n, jg_iter_kind kind,
                         const char *name)
{
    if (nargs != n || !jg_is_kind(args[0], JG_K_ITER) || JG_AS(jg_iter, args[0])->kind != kind) {
        jg_raise(vm, vm->t.TypeError, "%s: bad arguments", name);
        return NULL;
    }
    return JG_AS(jg_iter, args[0]);
}

static jg_value or_none(jg_value v)
{
    return v == JG_UNDEF ? JG_NONE : v;
}

static jg_status make_tuple(jg_vm *vm, const jg_value *items, size_t n, jg_value *out)
{
    jg_tuple *t = jg_tuple_from(vm, items, n);
    if (!t)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(t);
    return JG_OK;
}

/* _iter_kind(it): the kind's name, for _iter_next's dispatch. */
NATIVE(prim_iter_kind)
{
    static const char *const names[] = {
        [JG_IT_LIST] = "list",         [JG_IT_LIST_REV] = "list_rev",
        [JG_IT_TUPLE] = "tuple",       [JG_IT_STR] = "str",
        [JG_IT_BYTES] = "bytes",       [JG_IT_RANGE] = "range",
        [JG_IT_DICT_KEYS] = "dict",    [JG_IT_DICT_VALUES] = "dict",
        [JG_IT_DICT_ITEMS] = "dict",   [JG_IT_SET] = "set",
        [JG_IT_ENUMERATE] = "enumerate", [JG_IT_ZIP] = "zip",
        [JG_IT_MAP] = "map",           [JG_IT_FILTER] = "filter",
        [JG_IT_REVERSED_SEQ] = "reversed", [JG_IT_SEQ] = "seq",
        [JG_IT_CALLABLE] = "callable", [JG_IT_DICT_VIEW] = "view",
    };
    if (nargs != 1 || !jg_is_kind(args[0], JG_K_ITER))
        return jg_raise(vm, vm->t.TypeError, "_iter_kind: bad arguments");
    jg_str *s = jg_str_from_cstr(vm, names[JG_AS(jg_iter, args[0])->kind]);
    if (!s)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(s);
    return JG_OK;
}

/* _map_take(m) -> (func, iterators, [args taken so far]); forgets them. */
NATIVE(prim_map_take)
{
    jg_iter *it = iter_arg(vm, args, nargs, 1, JG_IT_MAP, "_map_take");
    if (!it)
        return JG_RAISED;
    jg_list *got = jg_is_obj(it->b) ? JG_AS(jg_list, it->b) : jg_list_new(vm, 0);
    if (!got)
        return jg_raise_nomem(vm);
    it->b = JG_UNDEF;
    jg_value t[3] = {it->a, it->src, jg_obj_value(got)};
    return make_tuple(vm, t, 3, out);
}

/* _filter_take(f) -> (func, iterator, (item kept,) or ()). */
NATIVE(prim_filter_take)
{
    jg_iter *it = iter_arg(vm, args, nargs, 1, JG_IT_FILTER, "_filter_take");
    if (!it)
        return JG_RAISED;
    jg_value kept = JG_NONE;
    jg_status st = make_tuple(vm, &it->b, it->b == JG_UNDEF ? 0 : 1, &kept);
    if (st != JG_OK)
        return st;
    it->b = JG_UNDEF;
    jg_value t[3] = {it->a, it->src, kept};
    return make_tuple(vm, t, 3, out);
}

/* _zip_take(z) -> (iterators, [items taken], strict, check_from or -1). */
NATIVE(prim_zip_take)
{
    jg_iter *it = iter_arg(vm, args, nargs, 1, JG_IT_ZIP, "_zip_take");
    if (!it)
        return JG_RAISED;
    jg_list *got = jg_is_obj(it->b) ? JG_AS(jg_list, it->b) : jg_list_new(vm, 0);
    if (!got)
        return jg_raise_nomem(vm);
    it->b = JG_UNDEF;
    jg_value t[4] = {it->src, jg_obj_value(got), jg_bool(it->pos_flags & 1), jg_int(it->index)};
    it->index = -1;
    return make_tuple(vm, t, 4, out);
}

/* _enumerate_take(e) -> (iterator, count); _enumerate_set(e, count). */
NATIVE(prim_enumerate_take)
{
    jg_iter *it = iter_arg(vm, args, nargs, 1, JG_IT_ENUMERATE, "_enumerate_take");
    if (!it)
        return JG_RAISED;
    jg_value t[2] = {it->src, it->a};
    return make_tuple(vm, t, 2, out);
}

NATIVE(prim_enumerate_set)
{
    jg_iter *it = iter_arg(vm, args, nargs, 2, JG_IT_ENUMERATE, "_enumerate_set");
    if (!it)
        return JG_RAISED;
    it->a = args[1];
    *out = JG_NONE;
    return JG_OK;
}

static jg_iter *seqlike_arg(jg_vm *vm, jg_value *args, int nargs, int n, const char *name)
{
    if (nargs == n && jg_is_kind(args[0], JG_K_ITER) &&
        (JG_AS(jg_iter, args[0])->kind == JG_IT_SEQ ||
         JG_AS(jg_iter, args[0])->kind == JG_IT_REVERSED_SEQ))
        return JG_AS(jg_iter, args[0]);
    jg_raise(vm, vm->t.TypeError, "%s: bad arguments", name);
    return NULL;
}

/* _seqiter_take(it) -> (sequence, index), or None once exhausted. */
NATIVE(prim_seqiter_take)
{
    jg_iter *it = seqlike_arg(vm, args, nargs, 1, "_seqiter_take");
    if (!it)
        return JG_RAISED;
    if (it->src == JG_NONE) {
        *out = JG_NONE;
        return JG_OK;
    }
    jg_value t[2] = {it->src, jg_int_from_i64(vm, it->index)};
    return make_tuple(vm, t, 2, out);
}

/* _seqiter_set(it, index), or index None: exhausted. */
NATIVE(prim_seqiter_set)
{
    jg_iter *it = seqlike_arg(vm, args, nargs, 2, "_seqiter_set");
    if (!it)
        return JG_RAISED;
    if (args[1] == JG_NONE) {
        it->src = JG_NONE;
    } else {
        int64_t i;
        jg_status st = jg_index_of(vm, args[1], JG_IDX_OVERFLOW, &i);
        if (st != JG_OK)
            return st;
        it->index = i;
    }
    *out = JG_NONE;
    return JG_OK;
}

/* _calliter_take(it) -> (func, sentinel, (result kept,) or ()), or None. */
NATIVE(prim_calliter_take)
{
    jg_iter *it = iter_arg(vm, args, nargs, 1, JG_IT_CALLABLE, "_calliter_take");
    if (!it)
        return JG_RAISED;
    if (it->src == JG_NONE) {
        *out = JG_NONE;
        return JG_OK;
    }
    jg_value kept = JG_NONE;
    jg_status st = make_tuple(vm, &it->b, it->b == JG_UNDEF ? 0 : 1, &kept);
    if (st != JG_OK)
        return st;
    it->b = JG_UNDEF;
    jg_value t[3] = {it->src, it->a, kept};
    return make_tuple(vm, t, 3, out);
}

NATIVE(prim_calliter_exhaust)
{
    jg_iter *it = iter_arg(vm, args, nargs, 1, JG_IT_CALLABLE, "_calliter_exhaust");
    if (!it)
        return JG_RAISED;
    it->src = JG_NONE;
    it->a = JG_UNDEF;
    it->b = JG_UNDEF;
    *out = JG_NONE;
    return JG_OK;
}

/* _tupleiter_rest(it): the iterator a resumed tuple iterator continues with. */
NATIVE(prim_tupleiter_rest)
{
    jg_iter *it = iter_arg(vm, args, nargs, 1, JG_IT_TUPLE, "_tupleiter_rest");
    if (!it)
        return JG_RAISED;
    *out = or_none(it->b);
    return JG_OK;
}

static jg_status type_arg(jg_vm *vm, jg_value v, jg_type **out)
{
    if (!jg_is_obj(v) || jg_obj_of(v)->type != vm->t.type)
        return jg_raise(vm, vm->t.TypeError, "expected a type");
    *out = (jg_type *)jg_as_obj(v);
    return JG_OK;
}

/* _enumerate_make(cls, iterator, start) */
NATIVE(prim_enumerate_make)
{
    jg_type *cls = NULL;
    jg_status st = nargs == 3 ? type_arg(vm, args[0], &cls)
                              : jg_raise(vm, vm->t.TypeError, "_enumerate_make: bad arguments");
    if (st != JG_OK)
        return st;
    jg_iter *e = jg_iter_new(vm, cls, JG_IT_ENUMERATE, args[1]);
    if (!e)
        return jg_raise_nomem(vm);
    e->a = args[2];
    *out = jg_obj_value(e);
    return JG_OK;
}

/* _zip_make(cls, iterators-tuple, strict) */
NATIVE(prim_zip_make)
{
    jg_type *cls = NULL;
    jg_status st = nargs == 3 && jg_is_kind(args[1], JG_K_TUPLE)
                       ? type_arg(vm, args[0], &cls)
                       : jg_raise(vm, vm->t.TypeError, "_zip_make: bad arguments");
    if (st != JG_OK)
        return st;
    jg_iter *z = jg_iter_new(vm, cls, JG_IT_ZIP, args[1]);
    if (!z)
        return jg_raise_nomem(vm);
    z->pos_flags = args[2] == JG_TRUE;
    z->index = -1;
    *out = jg_obj_value(z);
    return JG_OK;
}

/* _zip_set_check(z, j): the strict check continues at iterator j. */
NATIVE(prim_zip_set_check)
{
    jg_iter *it = iter_arg(vm, args, nargs, 2, JG_IT_ZIP, "_zip_set_check");
    if (!it)
        return JG_RAISED;
    it->index = jg_is_int(args[1]) ? jg_as_int(args[1]) : -1;
    *out = JG_NONE;
    return JG_OK;
}

/* _map_make(cls, func, iterators-tuple) */
NATIVE(prim_map_make)
{
    jg_type *cls = NULL;
    jg_status st = nargs == 3 && jg_is_kind(args[2], JG_K_TUPLE)
                       ? type_arg(vm, args[0], &cls)
                       : jg_raise(vm, vm->t.TypeError, "_map_make: bad arguments");
    if (st != JG_OK)
        return st;
    jg_iter *m = jg_iter_new(vm, cls, JG_IT_MAP, args[2]);
    if (!m)
        return jg_raise_nomem(vm);
    m->a = args[1];
    *out = jg_obj_value(m);
    return JG_OK;
}

/* _filter_make(cls, func, iterator) */
NATIVE(prim_filter_make)
{
    jg_type *cls = NULL;
    jg_status st = nargs == 3 ? type_arg(vm, args[0], &cls)
                              : jg_raise(vm, vm->t.TypeError, "_filter_make: bad arguments");
    if (st != JG_OK)
        return st;
    jg_iter *f = jg_iter_new(vm, cls, JG_IT_FILTER, args[2]);
    if (!f)
        return jg_raise_nomem(vm);
    f->a = args[1];
    *out = jg_obj_value(f);
    return JG_OK;
}

/* _reversed_make(cls, seq, n) */
NATIVE(prim_reversed_make)
{
    jg_type *cls = NULL;
    int64_t n = 0;
    jg_status st = nargs == 3 ? type_arg(vm, args[0], &cls)
                              : jg_raise(vm, vm->t.TypeError, "_reversed_make: bad arguments");
    if (st == JG_OK)
        st = jg_index_of(vm, args[2], JG_IDX_OVERFLOW, &n);
    if (st != JG_OK)
        return st;
    return reversed_make(vm, cls, args[1], n, out);
}

/* _seqiter_make(obj): iter() over __getitem__. */
NATIVE(prim_seqiter_make)
{
    if (nargs != 1)
        return jg_raise(vm, vm->t.TypeError, "_seqiter_make: bad arguments");
    return jg_iter_new_seq(vm, args[0], out);
}

NATIVE(prim_repr_enter)
{
    if (nargs != 1)
        return jg_raise(vm, vm->t.TypeError, "_repr_enter: bad arguments");
    if (!jg_is_obj(args[0])) {
        *out = JG_FALSE;
        return JG_OK;
    }
    int r = jg_repr_enter(vm, jg_obj_of(args[0]));
    if (r < 0)
        return jg_raise_nomem(vm);
    *out = jg_bool(r > 0);
    return JG_OK;
}

NATIVE(prim_repr_leave)
{
    if (nargs != 1)
        return jg_raise(vm, vm->t.TypeError, "_repr_leave: bad arguments");
    if (jg_is_obj(args[0]))
        jg_repr_leave(vm, jg_obj_of(args[0]));
    *out = JG_NONE;
    return JG_OK;
}

/* _tuple_hash_lanes([h0, h1, ...]): tuplehash from the items' hashes. */
NATIVE(prim_tuple_hash_lanes)
{
    if (nargs != 1 || !jg_is_kind(args[0], JG_K_LIST))
        return jg_raise(vm, vm->t.TypeError, "_tuple_hash_lanes: bad arguments");
    jg_list *l = JG_AS(jg_list, args[0]);
    int64_t *lanes = malloc((l->len ? l->len : 1) * sizeof *lanes);
    if (!lanes)
        return jg_raise_nomem(vm);
    for (uint32_t i = 0; i < l->len; i++) {
        jg_status st = jg_index_of(vm, l->items[i], JG_IDX_OVERFLOW, &lanes[i]);
        if (st != JG_OK) {
            free(lanes);
            return st;
        }
    }
    int64_t h = jg_tuple_hash_lanes(lanes, l->len);
    free(lanes);
    *out = jg_int_from_i64(vm, h);
    return JG_OK;
}

/* _dictview_dict(v): the dict a view shows. */
NATIVE(prim_dictview_dict)
{
    if (nargs != 1 || !jg_is_kind(args[0], JG_K_ITER) ||
        JG_AS(jg_iter, args[0])->kind != JG_IT_DICT_VIEW)
        return jg_raise(vm, vm->t.TypeError, "_dictview_dict: bad arguments");
    *out = JG_AS(jg_iter, args[0])->src;
    return JG_OK;
}

/* _iter_resume(done_list, rest): an iterator over done, then rest. */
NATIVE(prim_iter_resume)
{
    if (nargs != 2 || !jg_is_kind(args[0], JG_K_LIST))
        return jg_raise(vm, vm->t.TypeError, "_iter_resume: bad arguments");
    return jg_iter_resume(vm, JG_AS(jg_list, args[0]), args[1] == JG_NONE ? JG_UNDEF : args[1],
                          out);
}

jg_status jg_mod__builtins_containers_init(jg_vm *vm, jg_module *m)
{
    static const struct {
        const char *name;
        jg_native_fn fn;
    } fns[] = {
        {"_iter_kind", prim_iter_kind},
        {"_map_take", prim_map_take},
        {"_filter_take", prim_filter_take},
        {"_zip_take", prim_zip_take},
        {"_zip_set_check", prim_zip_set_check},
        {"_enumerate_take", prim_enumerate_take},
        {"_enumerate_set", prim_enumerate_set},
        {"_seqiter_take", prim_seqiter_take},
        {"_seqiter_set", prim_seqiter_set},
        {"_calliter_take", prim_calliter_take},
        {"_calliter_exhaust", prim_calliter_exhaust},
        {"_tupleiter_rest", prim_tupleiter_rest},
        {"_enumerate_make", prim_enumerate_make},
        {"_zip_make", prim_zip_make},
        {"_map_make", prim_map_make},
        {"_filter_make", prim_filter_make},
        {"_reversed_make", prim_reversed_make},
        {"_seqiter_make", prim_seqiter_make},
        {"_repr_enter", prim_repr_enter},
        {"_repr_leave", prim_repr_leave},
        {"_tuple_hash_lanes", prim_tuple_hash_lanes},
        {"_dictview_dict", prim_dictview_dict},
        {"_iter_resume", prim_iter_resume},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        jg_status st = jg_module_add_fn(vm, m, fns[i].name, fns[i].fn);
        if (st != JG_OK)
            return st;
    }
    jg_status st;
    if ((st = jg_dict_add_natives(vm, m)) != JG_OK || (st = jg_set_add_natives(vm, m)) != JG_OK ||
        (st = jg_list_add_natives(vm, m)) != JG_OK)
        return st;
    return JG_OK;
}

/* ---------------------------------------------------------------- init */

jg_status jg_iter_init(jg_vm *vm)
{
    jg_type *const iters[] = {
        vm->t.iterator,          vm->t.list_iterator,      vm->t.list_reverseiterator,
        vm->t.tuple_iterator,    vm->t.bytes_iterator,     vm->t.range_iterator,
        vm->t.dict_keyiterator,  vm->t.dict_valueiterator, vm->t.dict_itemiterator,
        vm->t.set_iterator,      vm->t.enumerate,          vm->t.zip,
        vm->t.map,               vm->t.filter,             vm->t.reversed,
        vm->t.callable_iterator, vm->t.str_iterator,
    };
    jg_status st;
    for (size_t i = 0; i < sizeof iters / sizeof iters[0]; i++) {
        iters[i]->hooks = &iter_hooks;
        if ((st = jg_containers_add_dunders(vm, iters[i], JG_DU_NEXT)) != JG_OK)
            return st;
    }
    vm->t.dict_keys->hooks = &setview_hooks;
    vm->t.dict_items->hooks = &setview_hooks;
    vm->t.dict_values->hooks = &values_hooks;
    jg_type *const views[] = {vm->t.dict_keys, vm->t.dict_values, vm->t.dict_items};
    for (size_t i = 0; i < 3; i++) {
        uint32_t du = JG_DU_REPR | JG_DU_LEN | JG_DU_CONTAINS | JG_DU_ITER;
        if (views[i] != vm->t.dict_values)
            du |= JG_DU_COMPARE | JG_DU_OR | JG_DU_SETOPS;
        if ((st = jg_containers_add_dunders(vm, views[i], du)) != JG_OK ||
            (st = jg_type_add_method(vm, views[i], "__reversed__", view_reversed_native, 0)) !=
                JG_OK)
            return st;
        if (views[i] != vm->t.dict_values &&
            ((st = jg_type_add_method(vm, views[i], "isdisjoint", view_isdisjoint_native, 0)) !=
                 JG_OK ||
             (st = jg_type_set_attr(vm, views[i], "__hash__", JG_NONE)) != JG_OK))
            return st;
    }
    if ((st = jg_type_add_method(vm, vm->t.enumerate, "__new__", enumerate_new, JG_NF_STATIC)) !=
            JG_OK ||
        (st = jg_type_add_method(vm, vm->t.zip, "__new__", zip_new, JG_NF_STATIC)) != JG_OK ||
        (st = jg_type_add_method(vm, vm->t.map, "__new__", map_new, JG_NF_STATIC)) != JG_OK ||
        (st = jg_type_add_method(vm, vm->t.filter, "__new__", filter_new, JG_NF_STATIC)) !=
            JG_OK ||
        (st = jg_type_add_method(vm, vm->t.reversed, "__new__", reversed_new, JG_NF_STATIC)) !=
            JG_OK)
        return st;
    return JG_OK;
}
