/*
 * vm/range.c - range and slice objects, and the index arithmetic shared by
 * every sequence type.
 *
 * A range keeps start, stop, step and its length as int values; when all four
 * are small ints (the usual case) every operation is int64 arithmetic, and
 * otherwise it is done on GMP integers, so range(2**100) works as in CPython
 * (only len() of it overflows).  Slicing a range and the operations that
 * compare items with == (index/count/in of non-ints) finish in Python when
 * they meet Python code.
 *
 * Invariant: a range's 'length' is max(0, ceil((stop - start) / step)), and
 * step is never 0.
 */
#include "range.h"

#include <stdio.h>
#include <string.h>

#include "ast.h"
#include "iter.h"
#include "object_impl.h"
#include "tuple.h"

/* ---------------------------------------------------------------- ints */

static jg_value mkint(jg_vm *vm, int64_t i)
{
    return jg_int_fits(i) ? jg_int(i) : jg_int_from_i64(vm, i);
}

static bool is_exact_int(jg_vm *vm, jg_value v)
{
    return jg_is_int(v) || jg_is_bool(v) ||
           (jg_is_obj(v) && jg_obj_of(v)->type == vm->t.int_);
}

/* A bool is an int for arithmetic: True + 1 == 2. */
static jg_value norm_int(jg_value v)
{
    if (v == JG_TRUE)
        return jg_int(1);
    if (v == JG_FALSE)
        return jg_int(0);
    return v;
}

static jg_status int_op(jg_vm *vm, int op, jg_value a, jg_value b, jg_value *out)
{
    a = norm_int(a);
    b = norm_int(b);
    if (jg_is_int(a) && jg_is_int(b)) {
        int64_t x = jg_as_int(a), y = jg_as_int(b), r;
        switch (op) {
            case JG_OP_ADD: *out = mkint(vm, x + y); return JG_OK;
            case JG_OP_SUB: *out = mkint(vm, x - y); return JG_OK;
            case JG_OP_MULT:
                if (!__builtin_mul_overflow(x, y, &r)) {
                    *out = mkint(vm, r);
                    return JG_OK;
                }
                break;
            default: break;
        }
    }
    return jg_int_binop(vm, op, a, b, out);
}

static int int_cmp(jg_vm *vm, jg_value a, jg_value b)
{
    a = norm_int(a);
    b = norm_int(b);
    if (jg_is_int(a) && jg_is_int(b))
        return jg_as_int(a) < jg_as_int(b) ? -1 : jg_as_int(a) > jg_as_int(b);
    return jg_int_compare(vm, a, b);
}

static int int_sign(jg_vm *vm, jg_value v)
{
    return int_cmp(vm, v, jg_int(0));
}

/* ---------------------------------------------------------------- indices */

bool jg_is_index(jg_vm *vm, jg_value v)
{
    if (jg_is_anyint(vm, v))
        return true;
    if (!jg_is_obj(v))
        return false;
    jg_type *t = jg_obj_of(v)->type;
    return (t->flags & JG_TF_USER) && jg_type_has_py(vm, t, JG_SYM___index__);
}

jg_status jg_index_of(jg_vm *vm, jg_value v, jg_index_mode mode, int64_t *out)
{
    if (jg_is_int(v)) {
        *out = jg_as_int(v);
        return JG_OK;
    }
    if (jg_is_bool(v)) {
        *out = v == JG_TRUE;
        return JG_OK;
    }
    if (jg_is_kind(v, JG_K_INT)) {
        jg_bigint *b = JG_AS(jg_bigint, v);
        if (mpz_fits_slong_p(b->z)) {
            *out = mpz_get_si(b->z);
            return JG_OK;
        }
        switch (mode) {
            case JG_IDX_INDEX_ERROR:
                return jg_raise(vm, vm->t.IndexError,
                                "cannot fit 'int' into an index-sized integer");
            case JG_IDX_OVERFLOW:
                return jg_raise(vm, vm->t.OverflowError,
                                "Python int too large to convert to C ssize_t");
            case JG_IDX_OVERFLOW_FIT:
                return jg_raise(vm, vm->t.OverflowError,
                                "cannot fit 'int' into an index-sized integer");
            case JG_IDX_CLAMP:
                *out = mpz_sgn(b->z) < 0 ? INT64_MIN : INT64_MAX;
                return JG_OK;
        }
    }
    if (jg_is_index(vm, v))
        return JG_NEEDS_PY;
    return jg_raise(vm, vm->t.TypeError, "'%s' object cannot be interpreted as an integer",
                    jg_type_name(vm, v));
}

static jg_status slice_index(jg_vm *vm, jg_value v, int64_t *out)
{
    if (!jg_is_index(vm, v))
        return jg_raise(vm, vm->t.TypeError,
                        "slice indices must be integers or None or have an __index__ method");
    return jg_index_of(vm, v, JG_IDX_CLAMP, out);
}

jg_status jg_slice_unpack(jg_vm *vm, jg_slice *s, int64_t *start, int64_t *stop,
                          int64_t *step)
{
    jg_status st;
    if (s->step == JG_NONE) {
        *step = 1;
    } else {
        if ((st = slice_index(vm, s->step, step)) != JG_OK)
            return st;
        if (*step == 0)
            return jg_raise(vm, vm->t.ValueError, "slice step cannot be zero");
        /* So that "step = -step" can never overflow. */
        if (*step < -INT64_MAX)
            *step = -INT64_MAX;
    }
    if (s->start == JG_NONE)
        *start = *step < 0 ? INT64_MAX : 0;
    else if ((st = slice_index(vm, s->start, start)) != JG_OK)
        return st;
    if (s->stop == JG_NONE)
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if ((st = slice_index(vm, s->stop, stop)) != JG_OK)
        return st;
    return JG_OK;
}

int64_t jg_slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

jg_status jg_slice_indices(jg_vm *vm, jg_value s, int64_t length, int64_t *start, int64_t *stop,
                           int64_t *step, int64_t *n)
{
    jg_status st = jg_slice_unpack(vm, JG_AS(jg_slice, s), start, stop, step);
    if (st != JG_OK)
        return st;
    *n = jg_slice_adjust(length, start, stop, *step);
    return JG_OK;
}

/* ---------------------------------------------------------------- range objects */

static bool range_is_small(const jg_range *r)
{
    return jg_is_int(r->start) && jg_is_int(r->stop) && jg_is_int(r->step) &&
           jg_is_int(r->length);
}

/* max(0, ceil((stop - start) / step)) */
static jg_status range_length(jg_vm *vm, jg_value start, jg_value stop, jg_value step,
                              jg_value *out)
{
    if (jg_is_int(start) && jg_is_int(stop) && jg_is_int(step)) {
        int64_t lo = jg_as_int(start), hi = jg_as_int(stop), s = jg_as_int(step);
        if (s < 0) {
            int64_t t = lo;
            lo = hi;
            hi = t;
            s = -s;
        }
        *out = lo >= hi ? jg_int(0) : mkint(vm, (hi - lo - 1) / s + 1);
        return JG_OK;
    }
    mpz_t lo, hi, s;
    mpz_inits(lo, hi, s, NULL);
    jg_int_to_mpz(vm, norm_int(start), lo);
    jg_int_to_mpz(vm, norm_int(stop), hi);
    jg_int_to_mpz(vm, norm_int(step), s);
    if (mpz_sgn(s) < 0) {
        mpz_swap(lo, hi);
        mpz_neg(s, s);
    }
    jg_status st;
    if (mpz_cmp(lo, hi) >= 0) {
        *out = jg_int(0);
        st = JG_OK;
    } else {
        mpz_sub(hi, hi, lo);
        mpz_sub_ui(hi, hi, 1);
        mpz_fdiv_q(hi, hi, s);
        mpz_add_ui(hi, hi, 1);
        st = jg_int_from_mpz(vm, hi, out);
    }
    mpz_clears(lo, hi, s, NULL);
    return st;
}

jg_status jg_range_new(jg_vm *vm, jg_value start, jg_value stop, jg_value step, jg_value *out)
{
    jg_value len;
    start = norm_int(start);
    stop = norm_int(stop);
    step = norm_int(step);
    jg_status st = range_length(vm, start, stop, step, &len);
    if (st != JG_OK)
        return st;
    jg_range *r = jg_gc_alloc(vm, vm->t.range, sizeof *r);
    if (!r)
        return jg_raise_nomem(vm);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = len;
    *out = jg_obj_value(r);
    return JG_OK;
}

/* start + i * step, for 0 <= i < length. */
static jg_status range_item(jg_vm *vm, jg_range *r, jg_value i, jg_value *out)
{
    if (range_is_small(r) && jg_is_int(i)) {
        *out = mkint(vm, jg_as_int(r->start) + jg_as_int(i) * jg_as_int(r->step));
        return JG_OK;
    }
    jg_value t;
    jg_status st = int_op(vm, JG_OP_MULT, i, r->step, &t);
    if (st != JG_OK)
        return st;
    return int_op(vm, JG_OP_ADD, r->start, t, out);
}

/* Is int 'v' one of the range's values? */
static bool range_has_int(jg_vm *vm, jg_range *r, jg_value v)
{
    v = norm_int(v);
    if (range_is_small(r) && jg_is_int(v)) {
        int64_t x = jg_as_int(v), lo = jg_as_int(r->start), hi = jg_as_int(r->stop);
        int64_t s = jg_as_int(r->step);
        if (s > 0 ? (x < lo || x >= hi) : (x > lo || x <= hi))
            return false;
        return (x - lo) % s == 0;
    }
    if (int_sign(vm, r->step) > 0) {
        if (int_cmp(vm, v, r->start) < 0 || int_cmp(vm, v, r->stop) >= 0)
            return false;
    } else if (int_cmp(vm, v, r->start) > 0 || int_cmp(vm, v, r->stop) <= 0) {
        return false;
    }
    mpz_t a, b;
    mpz_inits(a, b, NULL);
    jg_int_to_mpz(vm, v, a);
    jg_int_to_mpz(vm, r->start, b);
    mpz_sub(a, a, b);
    jg_int_to_mpz(vm, r->step, b);
    bool yes = mpz_divisible_p(a, b);
    mpz_clears(a, b, NULL);
    return yes;
}

static jg_status range_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    jg_range *r = JG_AS(jg_range, self);
    jg_buf b = {0};
    jg_str *s = jg_int_repr(vm, r->start);
    jg_str *e = jg_int_repr(vm, r->stop);
    jg_str *p = int_cmp(vm, r->step, jg_int(1)) != 0 ? jg_int_repr(vm, r->step) : NULL;
    if (!s || !e || (int_cmp(vm, r->step, jg_int(1)) != 0 && !p))
        return jg_raise_nomem(vm);
    if (jg_buf_printf(&b, "range(%s, %s", s->data, e->data) != JG_OK ||
        (p && jg_buf_printf(&b, ", %s", p->data) != JG_OK) || jg_buf_putc(&b, ')') != JG_OK) {
        jg_buf_free(&b);
        return jg_raise_nomem(vm);
    }
    return jg_buf_to_str(vm, &b, out);
}

/* hash((len, start, step)) with None for what equal ranges may differ in. */
static jg_status range_hash(jg_vm *vm, jg_value self, int64_t *out)
{
    jg_range *r = JG_AS(jg_range, self);
    jg_value t[3] = {r->length, r->start, r->step};
    if (int_sign(vm, r->length) == 0) {
        t[1] = JG_NONE;
        t[2] = JG_NONE;
    } else if (int_cmp(vm, r->length, jg_int(1)) == 0) {
        t[2] = JG_NONE;
    }
    return jg_tuple_hash_items(vm, t, 3, out);
}

static bool range_equal(jg_vm *vm, jg_range *a, jg_range *b)
{
    if (a == b)
        return true;
    if (int_cmp(vm, a->length, b->length) != 0)
        return false;
    if (int_sign(vm, a->length) == 0)
        return true;
    if (int_cmp(vm, a->start, b->start) != 0)
        return false;
    if (int_cmp(vm, a->length, jg_int(1)) == 0)
        return true;
    return int_cmp(vm, a->step, b->step) == 0;
}

static jg_status range_richcompare(jg_vm *vm, jg_value self, jg_value other, int op,
                                   jg_value *out)
{
    if (!jg_is_kind(other, JG_K_RANGE) || (op != JG_CMP_EQ && op != JG_CMP_NOTEQ)) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    bool eq = range_equal(vm, JG_AS(jg_range, self), JG_AS(jg_range, other));
    *out = jg_bool(op == JG_CMP_EQ ? eq : !eq);
    return JG_OK;
}

static jg_status range_len(jg_vm *vm, jg_value self, int64_t *out)
{
    jg_value n = JG_AS(jg_range, self)->length;
    if (jg_is_int(n)) {
        *out = jg_as_int(n);
        return JG_OK;
    }
    return jg_index_of(vm, n, JG_IDX_OVERFLOW, out);
}

/* r[slice]: a new range (CPython's compute_slice). */
static jg_status range_slice(jg_vm *vm, jg_range *r, jg_value key, jg_value *out)
{
    int64_t start, stop, step, n;
    if (!jg_is_int(r->length))
        return JG_NEEDS_PY; /* indices beyond int64: the Python version uses big ints */
    jg_status st = jg_slice_indices(vm, key, jg_as_int(r->length), &start, &stop, &step, &n);
    if (st != JG_OK)
        return st;
    jg_value a, b, s;
    if ((st = range_item(vm, r, mkint(vm, start), &a)) != JG_OK ||
        (st = range_item(vm, r, mkint(vm, stop), &b)) != JG_OK ||
        (st = int_op(vm, JG_OP_MULT, r->step, mkint(vm, step), &s)) != JG_OK)
        return st;
    return jg_range_new(vm, a, b, s, out);
}

static jg_status range_getitem(jg_vm *vm, jg_value self, jg_value key, jg_value *out)
{
    jg_range *r = JG_AS(jg_range, self);
    if (jg_is_kind(key, JG_K_SLICE))
        return range_slice(vm, r, key, out);
    if (!jg_is_index(vm, key))
        return jg_raise(vm, vm->t.TypeError, "range indices must be integers or slices, not %s",
                        jg_type_name(vm, key));
    if (!jg_is_anyint(vm, key))
        return JG_NEEDS_PY;
    jg_value i = norm_int(key);
    jg_status st;
    if (int_sign(vm, i) < 0 && (st = int_op(vm, JG_OP_ADD, i, r->length, &i)) != JG_OK)
        return st;
    if (int_sign(vm, i) < 0 || int_cmp(vm, i, r->length) >= 0)
        return jg_raise(vm, vm->t.IndexError, "range object index out of range");
    return range_item(vm, r, i, out);
}

/* Compares every item with == (for values that are not ints). */
static jg_status range_search(jg_vm *vm, jg_range *r, jg_value v, int64_t *count,
                              int64_t *first)
{
    *count = 0;
    *first = -1;
    if (!range_is_small(r))
        return JG_NEEDS_PY;
    int64_t n = jg_as_int(r->length), x = jg_as_int(r->start), s = jg_as_int(r->step);
    for (int64_t i = 0; i < n; i++, x += s) {
        bool eq;
        jg_status st = jg_eq(vm, jg_int(x), v, &eq);
        if (st != JG_OK)
            return st;
        if (eq) {
            if (*first < 0)
                *first = i;
            ++*count;
        }
    }
    return JG_OK;
}

static jg_status range_contains(jg_vm *vm, jg_value self, jg_value v, bool *out)
{
    jg_range *r = JG_AS(jg_range, self);
    if (is_exact_int(vm, v)) {
        *out = range_has_int(vm, r, v);
        return JG_OK;
    }
    int64_t count, first;
    jg_status st = range_search(vm, r, v, &count, &first);
    *out = count > 0;
    return st;
}

static jg_status range_iter(jg_vm *vm, jg_value self, jg_value *out)
{
    jg_range *r = JG_AS(jg_range, self);
    jg_iter *it = jg_iter_new(vm, vm->t.range_iterator, JG_IT_RANGE, JG_NONE);
    if (!it)
        return jg_raise_nomem(vm);
    if (range_is_small(r)) {
        it->index = jg_as_int(r->start);
        it->end = jg_as_int(r->length);
        it->a = r->step;
    } else {
        it->pos_flags = 1;
        it->a = r->start;
        it->b = r->step;
        it->src = r->length;
    }
    *out = jg_obj_value(it);
    return JG_OK;
}

static void range_trace(jg_vm *vm, jg_obj *o)
{
    jg_range *r = (jg_range *)o;
    jg_gc_mark_value(vm, r->start);
    jg_gc_mark_value(vm, r->stop);
    jg_gc_mark_value(vm, r->step);
    jg_gc_mark_value(vm, r->length);
}

static const jg_type_hooks range_hooks = {
    .trace = range_trace,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
};

/* ---------------------------------------------------------------- range natives */

static jg_status range_new_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                  jg_value *out)
{
    int n = nargs - 1;
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "range() takes no keyword arguments");
    if (n < 1)
        return jg_raise(vm, vm->t.TypeError, "range expected at least 1 argument, got %d", n);
    if (n > 3)
        return jg_raise(vm, vm->t.TypeError, "range expected at most 3 arguments, got %d", n);
    for (int i = 1; i <= n; i++) {
        if (jg_is_anyint(vm, args[i]))
            continue;
        if (jg_is_index(vm, args[i]))
            return jg_tailcall_prelude(vm, "_range_new", args, nargs, NULL);
        return jg_raise(vm, vm->t.TypeError, "'%s' object cannot be interpreted as an integer",
                        jg_type_name(vm, args[i]));
    }
    jg_value start = jg_int(0), stop, step = jg_int(1);
    if (n == 1) {
        stop = args[1];
    } else {
        start = args[1];
        stop = args[2];
        if (n == 3)
            step = args[3];
    }
    if (int_sign(vm, step) == 0)
        return jg_raise(vm, vm->t.ValueError, "range() arg 3 must not be zero");
    return jg_range_new(vm, start, stop, step, out);
}

static jg_status range_check(jg_vm *vm, jg_value *args, int nargs, const char *name)
{
    return jg_self_check(vm, args, nargs, vm->t.range, name);
}

static jg_status range_count_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                    jg_value *out)
{
    jg_status st;
    if ((st = range_check(vm, args, nargs, "count")) != JG_OK ||
        (st = jg_argc_one(vm, "range.count", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_range *r = JG_AS(jg_range, args[0]);
    if (is_exact_int(vm, args[1])) {
        *out = jg_int(range_has_int(vm, r, args[1]));
        return JG_OK;
    }
    int64_t count, first;
    st = range_search(vm, r, args[1], &count, &first);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_range_count", args, 2, NULL);
    if (st != JG_OK)
        return st;
    *out = mkint(vm, count);
    return JG_OK;
}

static jg_status range_index_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                    jg_value *out)
{
    jg_status st;
    if ((st = range_check(vm, args, nargs, "index")) != JG_OK ||
        (st = jg_argc_one(vm, "range.index", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_range *r = JG_AS(jg_range, args[0]);
    jg_value v = args[1];
    if (is_exact_int(vm, v)) {
        if (!range_has_int(vm, r, v)) {
            jg_str *s = jg_int_repr(vm, norm_int(v));
            if (!s)
                return jg_raise_nomem(vm);
            return jg_raise(vm, vm->t.ValueError, "%s is not in range", s->data);
        }
        jg_value d;
        if ((st = int_op(vm, JG_OP_SUB, v, r->start, &d)) != JG_OK)
            return st;
        return int_op(vm, JG_OP_FLOORDIV, d, r->step, out);
    }
    int64_t count, first;
    st = range_search(vm, r, v, &count, &first);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_range_index", args, 2, NULL);
    if (st != JG_OK)
        return st;
    if (first < 0)
        return jg_raise(vm, vm->t.ValueError, "sequence.index(x): x not in sequence");
    *out = mkint(vm, first);
    return JG_OK;
}

static jg_status range_reversed_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                       jg_value *out)
{
    jg_status st;
    if ((st = range_check(vm, args, nargs, "__reversed__")) != JG_OK ||
        (st = jg_argc_none(vm, "range.__reversed__", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_range *r = JG_AS(jg_range, args[0]);
    /* Iterate range(last, first - step, -step). */
    jg_value last, nstep, lm1;
    if ((st = int_op(vm, JG_OP_SUB, r->length, jg_int(1), &lm1)) != JG_OK ||
        (st = range_item(vm, r, lm1, &last)) != JG_OK ||
        (st = int_op(vm, JG_OP_SUB, jg_int(0), r->step, &nstep)) != JG_OK)
        return st;
    jg_iter *it = jg_iter_new(vm, vm->t.range_iterator, JG_IT_RANGE, JG_NONE);
    if (!it)
        return jg_raise_nomem(vm);
    if (jg_is_int(last) && jg_is_int(nstep) && jg_is_int(r->length) &&
        jg_is_int(r->start) && jg_is_int(r->stop)) {
        it->index = int_sign(vm, r->length) ? jg_as_int(last) : 0;
        it->end = jg_as_int(r->length);
        it->a = nstep;
    } else {
        it->pos_flags = 1;
        it->a = last;
        it->b = nstep;
        it->src = r->length;
    }
    *out = jg_obj_value(it);
    return JG_OK;
}

static jg_status range_start_get(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                 jg_value *out)
{
    *out = JG_AS(jg_range, args[0])->start;
    return JG_OK;
}

static jg_status range_stop_get(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                jg_value *out)
{
    *out = JG_AS(jg_range, args[0])->stop;
    return JG_OK;
}

static jg_status range_step_get(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                jg_value *out)
{
    *out = JG_AS(jg_range, args[0])->step;
    return JG_OK;
}

/* ---------------------------------------------------------------- slice objects */

jg_slice *jg_slice_new(jg_vm *vm, jg_value start, jg_value stop, jg_value step)
{
    jg_slice *s = jg_gc_alloc(vm, vm->t.slice, sizeof *s);
    if (!s)
        return NULL;
    s->start = start;
    s->stop = stop;
    s->step = step;
    return s;
}

static void slice_trace(jg_vm *vm, jg_obj *o)
{
    jg_slice *s = (jg_slice *)o;
    jg_gc_mark_value(vm, s->start);
    jg_gc_mark_value(vm, s->stop);
    jg_gc_mark_value(vm, s->step);
}

static jg_status slice_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    jg_slice *s = JG_AS(jg_slice, self);
    jg_buf b = {0};
    jg_status st = JG_OK;
    if (jg_buf_puts(&b, "slice(") != JG_OK)
        st = jg_raise_nomem(vm);
    if (st == JG_OK)
        st = jg_buf_put_repr(vm, &b, s->start);
    if (st == JG_OK && jg_buf_puts(&b, ", ") != JG_OK)
        st = jg_raise_nomem(vm);
    if (st == JG_OK)
        st = jg_buf_put_repr(vm, &b, s->stop);
    if (st == JG_OK && jg_buf_puts(&b, ", ") != JG_OK)
        st = jg_raise_nomem(vm);
    if (st == JG_OK)
        st = jg_buf_put_repr(vm, &b, s->step);
    if (st == JG_OK && jg_buf_putc(&b, ')') != JG_OK)
        st = jg_raise_nomem(vm);
    if (st != JG_OK) {
        jg_buf_free(&b);
        return st;
    }
    return jg_buf_to_str(vm, &b, out);
}

/* Slices compare as the tuples (start, stop, step). */
static jg_status slice_richcompare(jg_vm *vm, jg_value self, jg_value other, int op,
                                   jg_value *out)
{
    if (!jg_is_kind(other, JG_K_SLICE)) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    jg_slice *a = JG_AS(jg_slice, self), *b = JG_AS(jg_slice, other);
    jg_value x[3] = {a->start, a->stop, a->step}, y[3] = {b->start, b->stop, b->step};
    return jg_seq_richcompare(vm, x, 3, y, 3, op, false, out);
}

static const jg_type_hooks slice_hooks = {
    .trace = slice_trace,
    .repr = slice_repr,
    .unhashable = true,
    .richcompare = slice_richcompare,
};

static jg_status slice_new_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                  jg_value *out)
{
    int n = nargs - 1;
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "slice() takes no keyword arguments");
    if (n < 1)
        return jg_raise(vm, vm->t.TypeError, "slice expected at least 1 argument, got %d", n);
    if (n > 3)
        return jg_raise(vm, vm->t.TypeError, "slice expected at most 3 arguments, got %d", n);
    jg_slice *s = n == 1 ? jg_slice_new(vm, JG_NONE, args[1], JG_NONE)
                         : jg_slice_new(vm, args[1], args[2], n == 3 ? args[3] : JG_NONE);
    if (!s)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(s);
    return JG_OK;
}

/* One of start/stop for slice.indices (CPython's _PySlice_GetLongIndices),
 * in int64: values past the ends clamp to them, so int64 is exact. */
static jg_status long_index(jg_vm *vm, jg_value v, int64_t length, bool neg, bool is_stop,
                             int64_t *out)
{
    int64_t lower = neg ? -1 : 0, upper = neg ? length - 1 : length, i;
    if (v == JG_NONE) {
        *out = (neg != is_stop) ? upper : lower;
        return JG_OK;
    }
    jg_status st = jg_index_of(vm, v, JG_IDX_CLAMP, &i);
    if (st != JG_OK)
        return st;
    if (i < 0) {
        i += length; /* no overflow: length >= 0 */
        if (i < lower)
            i = lower;
    } else if (i > upper) {
        i = upper;
    }
    *out = i;
    return JG_OK;
}

static jg_status slice_indices_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                      jg_value *out)
{
    jg_status st;
    if ((st = jg_self_check(vm, args, nargs, vm->t.slice, "indices")) != JG_OK ||
        (st = jg_argc_one(vm, "slice.indices", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_slice *s = JG_AS(jg_slice, args[0]);
    int64_t length, start, stop;
    jg_value step = jg_int(1);
    bool neg = false;
    st = jg_index_of(vm, args[1], JG_IDX_CLAMP, &length);
    if (st == JG_OK && length < 0)
        return jg_raise(vm, vm->t.ValueError, "length should not be negative");
    if (st == JG_OK && s->step != JG_NONE) {
        if (!jg_is_index(vm, s->step))
            return jg_raise(vm, vm->t.TypeError,
                            "slice indices must be integers or None or have an __index__ method");
        if (!jg_is_anyint(vm, s->step)) {
            st = JG_NEEDS_PY;
        } else {
            step = norm_int(s->step);
            if (int_sign(vm, step) == 0)
                return jg_raise(vm, vm->t.ValueError, "slice step cannot be zero");
            neg = int_sign(vm, step) < 0;
        }
    }
    if (st == JG_OK)
        st = long_index(vm, s->start, length, neg, false, &start);
    if (st == JG_OK)
        st = long_index(vm, s->stop, length, neg, true, &stop);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_slice_indices", args, 2, NULL);
    if (st != JG_OK)
        return st;
    jg_tuple *t = jg_tuple_new(vm, 3);
    if (!t)
        return jg_raise_nomem(vm);
    t->items[0] = mkint(vm, start);
    t->items[1] = mkint(vm, stop);
    t->items[2] = step;
    *out = jg_obj_value(t);
    return JG_OK;
}

static jg_status slice_start_get(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                 jg_value *out)
{
    *out = JG_AS(jg_slice, args[0])->start;
    return JG_OK;
}

static jg_status slice_stop_get(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                jg_value *out)
{
    *out = JG_AS(jg_slice, args[0])->stop;
    return JG_OK;
}

static jg_status slice_step_get(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                jg_value *out)
{
    *out = JG_AS(jg_slice, args[0])->step;
    return JG_OK;
}

/* ---------------------------------------------------------------- init */

jg_status jg_range_init(jg_vm *vm)
{
    jg_status st;
    vm->t.range->hooks = &range_hooks;
    vm->t.slice->hooks = &slice_hooks;
    if ((st = jg_type_add_method(vm, vm->t.range, "__new__", range_new_native,
                                 JG_NF_STATIC)) != JG_OK ||
        (st = jg_type_add_method(vm, vm->t.range, "count", range_count_native, 0)) != JG_OK ||
        (st = jg_type_add_method(vm, vm->t.range, "index", range_index_native, 0)) != JG_OK ||
        (st = jg_type_add_method(vm, vm->t.range, "__reversed__", range_reversed_native, 0)) !=
            JG_OK ||
        (st = jg_type_add_getter(vm, vm->t.range, "start", range_start_get)) != JG_OK ||
        (st = jg_type_add_getter(vm, vm->t.range, "stop", range_stop_get)) != JG_OK ||
        (st = jg_type_add_getter(vm, vm->t.range, "step", range_step_get)) != JG_OK ||
        (st = jg_containers_add_dunders(vm, vm->t.range,
                                        JG_DU_REPR | JG_DU_HASH | JG_DU_COMPARE | JG_DU_LEN |
                                            JG_DU_GETITEM | JG_DU_CONTAINS | JG_DU_ITER)) !=
            JG_OK)
        return st;
    if ((st = jg_type_add_method(vm, vm->t.slice, "__new__", slice_new_native,
                                 JG_NF_STATIC)) != JG_OK ||
        (st = jg_type_add_method(vm, vm->t.slice, "indices", slice_indices_native, 0)) !=
            JG_OK ||
        (st = jg_type_add_getter(vm, vm->t.slice, "start", slice_start_get)) != JG_OK ||
        (st = jg_type_add_getter(vm, vm->t.slice, "stop", slice_stop_get)) != JG_OK ||
        (st = jg_type_add_getter(vm, vm->t.slice, "step", slice_step_get)) != JG_OK ||
        (st = jg_containers_add_dunders(vm, vm->t.slice, JG_DU_REPR | JG_DU_COMPARE)) != JG_OK)
        return st;
    return jg_type_set_attr(vm, vm->t.slice, "__hash__", JG_NONE);
}
