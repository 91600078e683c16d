/*
 * vm/tuple.c - tuple objects, and the sequence algorithms list shares.
 *
 * A tuple is one allocation: the header and its items inline, so (a, b)
 * costs 48 bytes.  Its hash is CPython 3.11's xxHash-based tuplehash, so
 * sets and dicts keyed by tuples iterate in CPython's order; it is cached
 * once computed without Python code (tuples are immutable and every natively
 * hashed value keeps its hash).
 *
 * Invariant: 'len' never changes after the tuple is returned to Python code,
 * and 'hash' is -1 or the value tuplehash gives.
 */
#include "tuple.h"

#include <string.h>

#include "ast.h"
#include "dict.h"
#include "iter.h"
#include "list.h"
#include "object_impl.h"
#include "range.h"

/* ---------------------------------------------------------------- construction */

static jg_tuple *tuple_alloc(jg_vm *vm, jg_type *type, size_t n)
{
    if (n > JG_MAX_ITEMS)
        return NULL;
    jg_tuple *t = jg_gc_alloc(vm, type, sizeof(jg_tuple) + n * sizeof(jg_value));
    if (!t)
        return NULL;
    t->len = (uint32_t)n;
    t->hash = -1;
    for (size_t i = 0; i < n; i++)
        t->items[i] = JG_NONE;
    return t;
}

jg_tuple *jg_tuple_new(jg_vm *vm, size_t n)
{
    if (n == 0 && jg_is_obj(vm->empty_tuple))
        return JG_AS(jg_tuple, vm->empty_tuple);
    return tuple_alloc(vm, vm->t.tuple, n);
}

jg_tuple *jg_tuple_from(jg_vm *vm, const jg_value *items, size_t n)
{
    jg_tuple *t = jg_tuple_new(vm, n);
    if (t && n)
        memcpy(t->items, items, n * sizeof *items);
    return t;
}

jg_tuple *jg_tuple_from_typed(jg_vm *vm, jg_type *type, const jg_value *items, size_t n)
{
    if (type == vm->t.tuple)
        return jg_tuple_from(vm, items, n);
    jg_tuple *t = tuple_alloc(vm, type, n);
    if (t && n)
        memcpy(t->items, items, n * sizeof *items);
    return t;
}

jg_tuple *jg_tuple_pack2(jg_vm *vm, jg_value a, jg_value b)
{
    jg_tuple *t = jg_gc_alloc(vm, vm->t.tuple, sizeof(jg_tuple) + 2 * sizeof(jg_value));
    if (!t)
        return NULL;
    t->len = 2;
    t->hash = -1;
    t->items[0] = a;
    t->items[1] = b;
    return t;
}

jg_status jg_tuple_from_iterable(jg_vm *vm, jg_value iterable, jg_tuple **out, jg_value *rest)
{
    if (jg_is_obj(iterable)) {
        jg_type *t = jg_obj_of(iterable)->type;
        if (t == vm->t.tuple) {
            *out = JG_AS(jg_tuple, iterable);
            return JG_OK;
        }
        if (t == vm->t.list) {
            jg_list *l = JG_AS(jg_list, iterable);
            if (!(*out = jg_tuple_from(vm, l->items, l->len)))
                return jg_raise_nomem(vm);
            return JG_OK;
        }
    }
    jg_list *tmp = jg_list_new(vm, 0);
    if (!tmp)
        return jg_raise_nomem(vm);
    jg_value left;
    jg_status st = jg_list_extend_iter(vm, tmp, iterable, &left);
    if (st == JG_NEEDS_PY) {
        st = jg_iter_resume(vm, tmp, left, rest);
        return st == JG_OK ? JG_NEEDS_PY : st;
    }
    if (st != JG_OK)
        return st;
    if (!(*out = jg_tuple_from(vm, tmp->items, tmp->len)))
        return jg_raise_nomem(vm);
    return JG_OK;
}

/* ---------------------------------------------------------------- hash */

#define XXPRIME_1 11400714785074694791ull
#define XXPRIME_2 14029467366897019727ull
#define XXPRIME_5 2870177450012600261ull
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

int64_t jg_tuple_hash_lanes(const int64_t *lanes, size_t n)
{
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) {
        acc += (uint64_t)lanes[i] * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    /* The length, mangled to keep the historical value of hash(()). */
    acc += n ^ (XXPRIME_5 ^ 3527539ull);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}

jg_status jg_tuple_hash_items(jg_vm *vm, const jg_value *items, size_t n, int64_t *out)
{
    if (!jg_nest_enter())
        return JG_NEEDS_PY;
    uint64_t acc = XXPRIME_5;
    jg_status st = JG_OK;
    for (size_t i = 0; i < n; i++) {
        int64_t lane;
        if ((st = jg_key_hash(vm, items[i], &lane)) != JG_OK)
            break;
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    jg_nest_leave();
    if (st != JG_OK)
        return st;
    acc += n ^ (XXPRIME_5 ^ 3527539ull);
    *out = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    return JG_OK;
}

static jg_status tuple_hash(jg_vm *vm, jg_value self, int64_t *out)
{
    jg_tuple *t = JG_AS(jg_tuple, self);
    if (t->hash != -1) {
        *out = t->hash;
        return JG_OK;
    }
    jg_status st = jg_tuple_hash_items(vm, t->items, t->len, out);
    if (st == JG_OK)
        t->hash = *out;
    return st;
}

/* ---------------------------------------------------------------- sequence algorithms */

jg_status jg_item_eq(jg_vm *vm, jg_value item, jg_value v, bool *out)
{
    if (item == v) {
        *out = true;
        return JG_OK;
    }
    if (jg_is_int(item) && jg_is_int(v)) {
        *out = false;
        return JG_OK;
    }
    return jg_eq(vm, item, v, out);
}

static jg_value compare_sizes(size_t a, size_t b, int op)
{
    switch (op) {
        case JG_CMP_EQ: return jg_bool(a == b);
        case JG_CMP_NOTEQ: return jg_bool(a != b);
        case JG_CMP_LT: return jg_bool(a < b);
        case JG_CMP_LTE: return jg_bool(a <= b);
        case JG_CMP_GT: return jg_bool(a > b);
        default: return jg_bool(a >= b);
    }
}

jg_status jg_seq_richcompare(jg_vm *vm, const jg_value *a, size_t na, const jg_value *b,
                             size_t nb, int op, bool len_shortcut, jg_value *out)
{
    if (len_shortcut && na != nb && (op == JG_CMP_EQ || op == JG_CMP_NOTEQ)) {
        *out = jg_bool(op == JG_CMP_NOTEQ);
        return JG_OK;
    }
    if (!jg_nest_enter())
        return JG_NEEDS_PY;
    jg_status st = JG_OK;
    size_t i;
    for (i = 0; i < na && i < nb; i++) {
        bool eq;
        if ((st = jg_item_eq(vm, a[i], b[i], &eq)) != JG_OK)
            goto done;
        if (!eq)
            break;
    }
    if (i >= na || i >= nb)
        *out = compare_sizes(na, nb, op);
    else if (op == JG_CMP_EQ)
        *out = JG_FALSE;
    else if (op == JG_CMP_NOTEQ)
        *out = JG_TRUE;
    else
        st = jg_compare(vm, a[i], b[i], op, out);
done:
    jg_nest_leave();
    return st;
}

jg_status jg_seq_index(jg_vm *vm, const jg_value *items, size_t n, jg_value v, int64_t start,
                       int64_t stop, int64_t *index)
{
    if (stop > (int64_t)n)
        stop = (int64_t)n;
    for (int64_t i = start < 0 ? 0 : start; i < stop; i++) {
        bool eq;
        jg_status st = jg_item_eq(vm, items[i], v, &eq);
        if (st != JG_OK)
            return st;
        if (eq) {
            *index = i;
            return JG_OK;
        }
    }
    *index = -1;
    return JG_OK;
}

jg_status jg_seq_count(jg_vm *vm, const jg_value *items, size_t n, jg_value v, int64_t *count)
{
    int64_t c = 0;
    for (size_t i = 0; i < n; i++) {
        bool eq;
        jg_status st = jg_item_eq(vm, items[i], v, &eq);
        if (st != JG_OK)
            return st;
        c += eq;
    }
    *count = c;
    return JG_OK;
}

static jg_status bound_arg(jg_vm *vm, jg_value v, size_t len, int64_t *out)
{
    if (!jg_is_index(vm, v))
        return jg_raise(vm, vm->t.TypeError,
                        "slice indices must be integers or have an __index__ method");
    jg_status st = jg_index_of(vm, v, JG_IDX_CLAMP, out);
    if (st != JG_OK)
        return st;
    if (*out < 0) {
        *out += (int64_t)len;
        if (*out < 0)
            *out = 0;
    }
    return JG_OK;
}

jg_status jg_seq_index_bounds(jg_vm *vm, const jg_value *args, int n, size_t len,
                              int64_t *start, int64_t *stop)
{
    jg_status st;
    *start = 0;
    *stop = INT64_MAX;
    if (n >= 1 && (st = bound_arg(vm, args[0], len, start)) != JG_OK)
        return st;
    if (n >= 2 && (st = bound_arg(vm, args[1], len, stop)) != JG_OK)
        return st;
    return JG_OK;
}

/* ---------------------------------------------------------------- hooks */

static void tuple_trace(jg_vm *vm, jg_obj *o)
{
    jg_tuple *t = (jg_tuple *)o;
    jg_gc_mark_values(vm, t->items, t->len);
}

static jg_status tuple_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    jg_tuple *t = JG_AS(jg_tuple, self);
    if (t->len == 0)
        return (*out = jg_str_from_cstr(vm, "()")) ? JG_OK : jg_raise_nomem(vm);
    int r = jg_repr_enter(vm, jg_obj_of(self));
    if (r < 0)
        return jg_raise_nomem(vm);
    if (r > 0)
        return (*out = jg_str_from_cstr(vm, "(...)")) ? JG_OK : jg_raise_nomem(vm);
    jg_buf b = {0};
    jg_status st = jg_buf_putc(&b, '(') == JG_OK ? JG_OK : jg_raise_nomem(vm);
    if (st == JG_OK)
        st = jg_buf_put_items(vm, &b, t->items, t->len);
    if (st == JG_OK && jg_buf_puts(&b, t->len == 1 ? ",)" : ")") != JG_OK)
        st = jg_raise_nomem(vm);
    jg_repr_leave(vm, jg_obj_of(self));
    if (st != JG_OK) {
        jg_buf_free(&b);
        return st;
    }
    return jg_buf_to_str(vm, &b, out);
}

static jg_status tuple_richcompare(jg_vm *vm, jg_value self, jg_value other, int op,
                                   jg_value *out)
{
    if (!jg_is_kind(other, JG_K_TUPLE)) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    jg_tuple *a = JG_AS(jg_tuple, self), *b = JG_AS(jg_tuple, other);
    return jg_seq_richcompare(vm, a->items, a->len, b->items, b->len, op, false, out);
}

static jg_status tuple_len(jg_vm *vm, jg_value self, int64_t *out)
{
    *out = JG_AS(jg_tuple, self)->len;
    return JG_OK;
}

static jg_status tuple_getitem(jg_vm *vm, jg_value self, jg_value key, jg_value *out)
{
    jg_tuple *t = JG_AS(jg_tuple, self);
    if (jg_is_int(key)) {
        int64_t i = jg_as_int(key);
        if (i < 0)
            i += t->len;
        if ((uint64_t)i >= t->len)
            return jg_raise(vm, vm->t.IndexError, "tuple index out of range");
        *out = t->items[i];
        return JG_OK;
    }
    jg_status st;
    if (jg_is_kind(key, JG_K_SLICE)) {
        int64_t start, stop, step, n;
        if ((st = jg_slice_indices(vm, key, t->len, &start, &stop, &step, &n)) != JG_OK)
            return st;
        if (step == 1 && n == t->len && jg_obj_of(self)->type == vm->t.tuple) {
            *out = self;
            return JG_OK;
        }
        jg_tuple *r = jg_tuple_new(vm, (size_t)n);
        if (!r)
            return jg_raise_nomem(vm);
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            r->items[i] = t->items[j];
        *out = jg_obj_value(r);
        return JG_OK;
    }
    if (!jg_is_index(vm, key))
        return jg_raise(vm, vm->t.TypeError, "tuple indices must be integers or slices, not %s",
                        jg_type_name(vm, key));
    int64_t i;
    if ((st = jg_index_of(vm, key, JG_IDX_INDEX_ERROR, &i)) != JG_OK)
        return st;
    if (i < 0)
        i += t->len;
    if (i < 0 || i >= (int64_t)t->len)
        return jg_raise(vm, vm->t.IndexError, "tuple index out of range");
    *out = t->items[i];
    return JG_OK;
}

static jg_status tuple_contains(jg_vm *vm, jg_value self, jg_value v, bool *out)
{
    jg_tuple *t = JG_AS(jg_tuple, self);
    int64_t i;
    jg_status st = jg_seq_index(vm, t->items, t->len, v, 0, t->len, &i);
    *out = i >= 0;
    return st;
}

static jg_status tuple_iter(jg_vm *vm, jg_value self, jg_value *out)
{
    jg_iter *it = jg_iter_new(vm, vm->t.tuple_iterator, JG_IT_TUPLE, self);
    if (!it)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(it);
    return JG_OK;
}

/* t * n (either side). */
static jg_status tuple_repeat(jg_vm *vm, jg_tuple *t, jg_value self, jg_value count,
                              jg_value *out)
{
    int64_t n;
    jg_status st = jg_index_of(vm, count, JG_IDX_OVERFLOW_FIT, &n);
    if (st != JG_OK)
        return st;
    if (n <= 0 || t->len == 0) {
        *out = jg_obj_value(jg_tuple_new(vm, 0));
        return jg_is_obj(*out) ? JG_OK : jg_raise_nomem(vm);
    }
    if (n == 1 && jg_obj_of(self)->type == vm->t.tuple) {
        *out = self;
        return JG_OK;
    }
    if ((uint64_t)n > JG_MAX_ITEMS / t->len)
        return jg_raise_nomem(vm);
    jg_tuple *r = jg_tuple_new(vm, (size_t)n * t->len);
    if (!r)
        return jg_raise_nomem(vm);
    for (int64_t i = 0; i < n; i++)
        memcpy(r->items + i * t->len, t->items, t->len * sizeof(jg_value));
    *out = jg_obj_value(r);
    return JG_OK;
}

static jg_status tuple_binop(jg_vm *vm, int op, jg_value self, jg_value other, bool reflected,
                             bool inplace, jg_value *out)
{
    jg_tuple *t = JG_AS(jg_tuple, self);
    if (op == JG_OP_ADD) {
        if (reflected) {
            *out = JG_NOTIMPLEMENTED;
            return JG_OK;
        }
        if (!jg_is_kind(other, JG_K_TUPLE))
            return jg_raise(vm, vm->t.TypeError,
                            "can only concatenate tuple (not \"%s\") to tuple",
                            jg_type_name(vm, other));
        jg_tuple *u = JG_AS(jg_tuple, other);
        if (u->len == 0 && jg_obj_of(self)->type == vm->t.tuple) {
            *out = self;
            return JG_OK;
        }
        if (t->len == 0 && jg_obj_of(other)->type == vm->t.tuple) {
            *out = other;
            return JG_OK;
        }
        if ((uint64_t)t->len + u->len > JG_MAX_ITEMS)
            return jg_raise_nomem(vm);
        jg_tuple *r = jg_tuple_new(vm, (size_t)t->len + u->len);
        if (!r)
            return jg_raise_nomem(vm);
        memcpy(r->items, t->items, t->len * sizeof(jg_value));
        memcpy(r->items + t->len, u->items, u->len * sizeof(jg_value));
        *out = jg_obj_value(r);
        return JG_OK;
    }
    if (op == JG_OP_MULT) {
        if (!jg_is_index(vm, other)) {
            if (jg_typeof(vm, other)->flags & JG_TF_USER) { /* its __rmul__ may take it */
                *out = JG_NOTIMPLEMENTED;
                return JG_OK;
            }
            return jg_raise(vm, vm->t.TypeError, "can't multiply sequence by non-int of type '%s'",
                            jg_type_name(vm, other));
        }
        return tuple_repeat(vm, t, self, other, out);
    }
    *out = JG_NOTIMPLEMENTED;
    return JG_OK;
}

static const jg_type_hooks tuple_hooks = {
    .trace = tuple_trace,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .binop = tuple_binop,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
};

/* ---------------------------------------------------------------- natives */

static jg_status tuple_new_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                  jg_value *out)
{
    jg_type *cls = (jg_type *)jg_as_obj(args[0]);
    int n = nargs - 1;
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "tuple() takes no keyword arguments");
    if (n > 1)
        return jg_raise(vm, vm->t.TypeError, "tuple expected at most 1 argument, got %d", n);
    jg_tuple *t;
    if (n == 0) {
        t = jg_tuple_from_typed(vm, cls, NULL, 0);
    } else {
        jg_value rest;
        jg_status st = jg_tuple_from_iterable(vm, args[1], &t, &rest);
        if (st == JG_NEEDS_PY) {
            jg_value a[2] = {args[0], rest};
            return jg_tailcall_prelude(vm, "_tuple_new", a, 2, NULL);
        }
        if (st != JG_OK)
            return st;
        if (cls != vm->t.tuple)
            t = jg_tuple_from_typed(vm, cls, t->items, t->len);
    }
    if (!t)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(t);
    return JG_OK;
}

static jg_status tuple_index_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                    jg_value *out)
{
    jg_status st;
    if ((st = jg_self_check(vm, args, nargs, vm->t.tuple, "index")) != JG_OK ||
        (st = jg_argc_range(vm, "tuple.index", "index", nargs - 1, kwnames, 1, 3)) != JG_OK)
        return st;
    jg_tuple *t = JG_AS(jg_tuple, args[0]);
    int64_t start, stop, i;
    st = jg_seq_index_bounds(vm, args + 2, nargs - 2, t->len, &start, &stop);
    if (st == JG_OK)
        st = jg_seq_index(vm, t->items, t->len, args[1], start, stop, &i);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_tuple_index", args, nargs, NULL);
    if (st != JG_OK)
        return st;
    if (i < 0)
        return jg_raise(vm, vm->t.ValueError, "tuple.index(x): x not in tuple");
    *out = jg_int(i);
    return JG_OK;
}

static jg_status tuple_count_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                    jg_value *out)
{
    jg_status st;
    if ((st = jg_self_check(vm, args, nargs, vm->t.tuple, "count")) != JG_OK ||
        (st = jg_argc_one(vm, "tuple.count", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_tuple *t = JG_AS(jg_tuple, args[0]);
    int64_t c;
    st = jg_seq_count(vm, t->items, t->len, args[1], &c);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_tuple_count", args, 2, NULL);
    if (st != JG_OK)
        return st;
    *out = jg_int(c);
    return JG_OK;
}

jg_status jg_tuple_init(jg_vm *vm)
{
    jg_status st;
    vm->t.tuple->hooks = &tuple_hooks;
    if (!jg_is_obj(vm->empty_tuple)) {
        jg_tuple *e = tuple_alloc(vm, vm->t.tuple, 0);
        if (!e)
            return jg_raise_nomem(vm);
        vm->empty_tuple = jg_obj_value(e);
    }
    if ((st = jg_type_add_method(vm, vm->t.tuple, "__new__", tuple_new_native,
                                 JG_NF_STATIC)) != JG_OK ||
        (st = jg_type_add_method(vm, vm->t.tuple, "index", tuple_index_native, 0)) != JG_OK ||
        (st = jg_type_add_method(vm, vm->t.tuple, "count", tuple_count_native, 0)) != JG_OK)
        return st;
    return jg_containers_add_dunders(vm, vm->t.tuple,
                                     JG_DU_REPR | JG_DU_HASH | JG_DU_COMPARE | JG_DU_LEN |
                                         JG_DU_GETITEM | JG_DU_CONTAINS | JG_DU_ITER |
                                         JG_DU_ADD | JG_DU_MUL);
}
