/*
 * vm/list.c - list objects and list.sort.
 *
 * Items live in a jg_mem_alloc'd array that grows by CPython's
 * over-allocation rule, so append is amortised O(1).  A list made for a
 * known number of items that fit in its heap cell (jg_list_new of a small
 * cap: a literal, an unpickled list) keeps them inline, after the struct,
 * costs no malloc, and is freed by the collector without being finalized
 * (jg_gc_alloc_plain); should it grow past them, its items move to a
 * malloc'd array like any other.  Sorting is a port of
 * CPython 3.11's timsort (runs, binary insertion, powersort merging,
 * galloping): the same comparisons in the same order, so which TypeError a
 * mixed list raises, and the permutation a failing sort leaves, are CPython's.
 * Python code never runs inside these functions, so no item array can change
 * under a loop; an operation that meets a Python __eq__, __lt__, key function
 * or iterator returns JG_NEEDS_PY and finishes in vm/lib/_builtins_containers.py.
 *
 * Invariant: len <= cap, and items[0..len) are the list's values (items is
 * NULL when cap is 0); items is either inline (the bytes just after the
 * struct) or malloc'd.
 */
#include "list.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "dict.h"
#include "gc.h"
#include "heap.h"
#include "iter.h"
#include "object_impl.h"
#include "range.h"
#include "tuple.h"

/* ---------------------------------------------------------------- storage */

static jg_list *list_alloc(jg_vm *vm, jg_type *type)
{
    return jg_gc_alloc(vm, type, sizeof(jg_list));
}

/* Items of a list whose cell holds them, at most. */
#define INLINE_MAX ((JG_HEAP_SMALL_MAX - sizeof(jg_list)) / sizeof(jg_value))

static bool items_inline(const jg_list *l)
{
    return (const void *)l->items == (const void *)(l + 1);
}

static void free_items(jg_vm *vm, jg_list *l)
{
    if (l->items && !items_inline(l))
        jg_mem_free(vm, l->items, l->cap * sizeof(jg_value));
    l->items = NULL;
    l->cap = 0;
}

/* Makes room for exactly 'cap' items (cap >= len). */
static bool set_cap(jg_vm *vm, jg_list *l, size_t cap)
{
    if (cap == l->cap)
        return true;
    if (cap > JG_MAX_ITEMS)
        return false;
    if (cap == 0) {
        free_items(vm, l);
        return true;
    }
    if (items_inline(l) && cap < l->cap) { /* shrinking inline items frees nothing */
        l->cap = (uint32_t)cap;
        return true;
    }
    /* From its first malloc'd items on, a list of jg_gc_alloc_plain is
     * finalized when it dies (registering one that gets none is harmless). */
    if ((items_inline(l) || !l->items) && !jg_gc_owns_memory(vm, &l->hdr))
        return false;
    jg_value *items;
    if (items_inline(l)) {
        if (!(items = jg_mem_alloc(vm, cap * sizeof(jg_value))))
            return false;
        memcpy(items, l->items, l->len * sizeof(jg_value));
    } else {
        items = l->items ? jg_mem_realloc(vm, l->items, l->cap * sizeof(jg_value),
                                          cap * sizeof(jg_value))
                         : jg_mem_alloc(vm, cap * sizeof(jg_value));
        if (!items)
            return false;
    }
    l->items = items;
    l->cap = (uint32_t)cap;
    return true;
}

/* Moves the items of 'src' to the empty 'dst', leaving 'src' empty.  False
 * when out of memory (nothing moved): inline items are copied to a malloc'd
 * array, since they cannot leave their cell. */
static bool move_items(jg_vm *vm, jg_list *dst, jg_list *src)
{
    if (items_inline(src)) {
        if (src->len && !set_cap(vm, dst, src->len))
            return false;
        memcpy(dst->items, src->items, src->len * sizeof(jg_value));
        dst->len = src->len;
    } else {
        if (src->items && !jg_gc_owns_memory(vm, &dst->hdr))
            return false;
        dst->items = src->items;
        dst->len = src->len;
        dst->cap = src->cap;
    }
    src->items = NULL;
    src->len = src->cap = 0;
    return true;
}

/* CPython's list_resize: makes room for 'n' items with proportional
 * over-allocation (0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...) and sets len. */
static bool resize(jg_vm *vm, jg_list *l, size_t n)
{
    if (l->cap >= n && n >= (l->cap >> 1)) {
        l->len = (uint32_t)n;
        return true;
    }
    if (n > JG_MAX_ITEMS)
        return false;
    size_t cap = (n + (n >> 3) + 6) & ~(size_t)3;
    if (n - l->len > cap - n)
        cap = (n + 3) & ~(size_t)3;
    if (n == 0)
        cap = 0;
    if (!set_cap(vm, l, cap))
        return false;
    l->len = (uint32_t)n;
    return true;
}

jg_list *jg_list_new(jg_vm *vm, size_t cap)
{
    if (cap && cap <= INLINE_MAX) {
        size_t size = sizeof(jg_list) + cap * sizeof(jg_value);
        jg_list *l = jg_gc_alloc_plain_inline(vm, vm->t.list, size, sizeof(jg_list));
        if (l) {
            l->items = (jg_value *)(l + 1);
            l->cap = (uint32_t)cap;
        }
        return l;
    }
    jg_list *l = list_alloc(vm, vm->t.list);
    if (l && cap && !set_cap(vm, l, cap))
        return NULL;
    return l;
}

jg_list *jg_list_from(jg_vm *vm, const jg_value *items, size_t n)
{
    jg_list *l = jg_list_new(vm, n);
    if (!l)
        return NULL;
    if (n)
        memcpy(l->items, items, n * sizeof *items);
    l->len = (uint32_t)n;
    return l;
}

jg_status jg_list_append(jg_vm *vm, jg_list *l, jg_value v)
{
    if (l->len < l->cap) {
        l->items[l->len++] = v;
        return JG_OK;
    }
    uint32_t n = l->len;
    if (!resize(vm, l, (size_t)n + 1))
        return jg_raise_nomem(vm);
    l->items[n] = v;
    return JG_OK;
}

/* Appends 'n' values (which may point into l's own items). */
static jg_status append_many(jg_vm *vm, jg_list *l, const jg_value *v, size_t n)
{
    if (n == 0)
        return JG_OK;
    size_t old = l->len;
    bool self = l->items && v >= l->items && v < l->items + l->len;
    size_t off = self ? (size_t)(v - l->items) : 0;
    if ((size_t)l->len + n > JG_MAX_ITEMS || !resize(vm, l, old + n))
        return jg_raise_nomem(vm);
    memmove(l->items + old, self ? l->items + off : v, n * sizeof *v);
    return JG_OK;
}

jg_status jg_list_insert(jg_vm *vm, jg_list *l, int64_t where, jg_value v)
{
    int64_t n = l->len;
    if (!resize(vm, l, (size_t)n + 1))
        return jg_raise_nomem(vm);
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    memmove(l->items + where + 1, l->items + where, (size_t)(n - where) * sizeof(jg_value));
    l->items[where] = v;
    return JG_OK;
}

jg_tuple *jg_list_to_tuple(jg_vm *vm, jg_list *l)
{
    return jg_tuple_from(vm, l->items, l->len);
}

static void list_clear(jg_vm *vm, jg_list *l)
{
    set_cap(vm, l, 0);
    l->len = 0;
}

jg_status jg_list_extend_iter(jg_vm *vm, jg_list *l, jg_value iterable, jg_value *rest)
{
    *rest = JG_UNDEF;
    if (jg_is_obj(iterable)) {
        jg_type *t = jg_obj_of(iterable)->type;
        if (t == vm->t.list || (jg_value)jg_obj_value(l) == iterable) {
            jg_list *s = JG_AS(jg_list, iterable);
            return append_many(vm, l, s->items, s->len);
        }
        if (t == vm->t.tuple) {
            jg_tuple *s = JG_AS(jg_tuple, iterable);
            return append_many(vm, l, s->items, s->len);
        }
    }
    jg_value it, x;
    jg_status st = jg_get_iter(vm, iterable, &it);
    if (st == JG_NEEDS_PY)
        *rest = iterable;
    if (st != JG_OK)
        return st;
    if (jg_is_kind(it, JG_K_ITER) && JG_AS(jg_iter, it)->kind == JG_IT_LIST &&
        jg_obj_of(it)->type == vm->t.list_iterator) {
        /* A list iterator: the rest of its list at once. */
        jg_iter *li = JG_AS(jg_iter, it);
        jg_value v;
        while (jg_iter_list_next(li, &v))
            if ((st = jg_list_append(vm, l, v)) != JG_OK)
                return st;
        return JG_OK;
    }
    for (;;) {
        st = jg_next(vm, it, &x);
        if (st == JG_NEEDS_PY)
            *rest = it;
        if (st != JG_OK)
            return st;
        if (x == JG_UNDEF)
            return JG_OK;
        if (l->len < l->cap)
            l->items[l->len++] = x;
        else if ((st = jg_list_append(vm, l, x)) != JG_OK)
            return st;
    }
}

jg_status jg_list_extend(jg_vm *vm, jg_list *l, jg_value iterable)
{
    jg_value rest;
    return jg_list_extend_iter(vm, l, iterable, &rest);
}

/* True for built-in collections whose iteration never runs Python code and
 * can be started again (so a hook may consume them and still report
 * JG_NEEDS_PY with nothing lost). */
static bool is_reiterable(jg_vm *vm, jg_value v)
{
    if (!jg_is_obj(v))
        return false;
    jg_type *t = jg_obj_of(v)->type;
    if (t->flags & JG_TF_USER)
        return false;
    switch (t->kind) {
        case JG_K_LIST:
        case JG_K_TUPLE:
        case JG_K_STR:
        case JG_K_BYTES:
        case JG_K_DICT:
        case JG_K_SET:
        case JG_K_RANGE: return true;
        case JG_K_ITER: return JG_AS(jg_iter, v)->kind == JG_IT_DICT_VIEW;
        default: return false;
    }
}

/* ---------------------------------------------------------------- timsort */

#define MAX_MINRUN 64
#define MIN_GALLOP 7
#define MAX_MERGE_PENDING 85

typedef struct {
    jg_value *keys;
    jg_value *values; /* NULL when the keys are the items themselves */
} sortslice;

typedef jg_status (*lt_fn)(jg_vm *vm, jg_value a, jg_value b, bool *out);

typedef struct {
    jg_vm *vm;
    lt_fn lt;
    size_t min_gallop;
    jg_value *temp; /* room for 'alloced' keys and as many values */
    size_t alloced;
    bool has_values;
    jg_value *basekeys;
    size_t listlen;
    int n;
    struct {
        sortslice base;
        ptrdiff_t len;
        int power;
    } pending[MAX_MERGE_PENDING];
} merge_state;

static jg_status lt_any(jg_vm *vm, jg_value a, jg_value b, bool *out)
{
    if (jg_is_int(a) && jg_is_int(b)) {
        *out = jg_as_int(a) < jg_as_int(b);
        return JG_OK;
    }
    if (jg_is_float(a) && jg_is_float(b)) {
        *out = jg_as_float(a) < jg_as_float(b);
        return JG_OK;
    }
    if (jg_is_obj(a) && jg_is_obj(b) && jg_obj_of(a)->type == vm->t.str &&
        jg_obj_of(b)->type == vm->t.str) {
        *out = jg_str_cmp(JG_AS(jg_str, a), JG_AS(jg_str, b)) < 0;
        return JG_OK;
    }
    return jg_lt(vm, a, b, out);
}

static jg_status lt_ints(jg_vm *vm, jg_value a, jg_value b, bool *out)
{
    *out = jg_as_int(a) < jg_as_int(b);
    return JG_OK;
}

static jg_status lt_floats(jg_vm *vm, jg_value a, jg_value b, bool *out)
{
    *out = jg_as_float(a) < jg_as_float(b);
    return JG_OK;
}

static jg_status lt_strs(jg_vm *vm, jg_value a, jg_value b, bool *out)
{
    *out = jg_str_cmp(JG_AS(jg_str, a), JG_AS(jg_str, b)) < 0;
    return JG_OK;
}

/* IFLT(x, y): the block runs when x < y; errors jump to 'fail'. */
#define IFLT(X, Y)                                                                           \
    if ((st = ms->lt(ms->vm, (X), (Y), &lt)) != JG_OK)                                       \
        goto fail;                                                                           \
    if (lt)

static void ss_advance(sortslice *s, ptrdiff_t n)
{
    s->keys += n;
    if (s->values)
        s->values += n;
}

static void ss_copy(sortslice *d, ptrdiff_t i, const sortslice *s, ptrdiff_t j)
{
    d->keys[i] = s->keys[j];
    if (d->values)
        d->values[i] = s->values[j];
}

static void ss_copy_incr(sortslice *d, sortslice *s)
{
    *d->keys++ = *s->keys++;
    if (d->values)
        *d->values++ = *s->values++;
}

static void ss_copy_decr(sortslice *d, sortslice *s)
{
    *d->keys-- = *s->keys--;
    if (d->values)
        *d->values-- = *s->values--;
}

static void ss_memcpy(sortslice *d, ptrdiff_t i, const sortslice *s, ptrdiff_t j, ptrdiff_t n)
{
    memcpy(&d->keys[i], &s->keys[j], (size_t)n * sizeof(jg_value));
    if (d->values)
        memcpy(&d->values[i], &s->values[j], (size_t)n * sizeof(jg_value));
}

static void ss_memmove(sortslice *d, ptrdiff_t i, const sortslice *s, ptrdiff_t j, ptrdiff_t n)
{
    memmove(&d->keys[i], &s->keys[j], (size_t)n * sizeof(jg_value));
    if (d->values)
        memmove(&d->values[i], &s->values[j], (size_t)n * sizeof(jg_value));
}

static void reverse_values(jg_value *lo, jg_value *hi)
{
    for (--hi; lo < hi; lo++, hi--) {
        jg_value t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static void ss_reverse(sortslice *s, ptrdiff_t n)
{
    reverse_values(s->keys, s->keys + n);
    if (s->values)
        reverse_values(s->values, s->values + n);
}

/* Binary insertion sort of [lo, hi), of which [lo, start) is sorted. */
static jg_status binarysort(merge_state *ms, sortslice lo, jg_value *hi, jg_value *start)
{
    jg_status st = JG_OK;
    bool lt;
    if (lo.keys == start)
        ++start;
    for (; start < hi; ++start) {
        jg_value *l = lo.keys, *r = start, *p;
        jg_value pivot = *r;
        do {
            p = l + ((r - l) >> 1);
            IFLT(pivot, *p)
                r = p;
            else
                l = p + 1;
        } while (l < r);
        for (p = start; p > l; --p)
            *p = *(p - 1);
        *l = pivot;
        if (lo.values) {
            ptrdiff_t offset = lo.values - lo.keys;
            p = start + offset;
            pivot = *p;
            l += offset;
            for (p = start + offset; p > l; --p)
                *p = *(p - 1);
            *l = pivot;
        }
    }
fail:
    return st;
}

/* Length of the run at lo (CPython 3.11's count_run): ascending, or strictly
 * descending (*descending set). */
static jg_status count_run(merge_state *ms, jg_value *lo, jg_value *hi, bool *descending,
                           ptrdiff_t *out)
{
    jg_status st = JG_OK;
    bool lt;
    ptrdiff_t n;
    *descending = false;
    ++lo;
    if (lo == hi) {
        *out = 1;
        return JG_OK;
    }
    n = 2;
    IFLT(*lo, *(lo - 1))
    {
        *descending = true;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1)) {}
            else break;
        }
    }
    else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1)) break;
        }
    }
    *out = n;
fail:
    return st;
}

/* The k in 0..n with a[k-1] < key <= a[k]. */
static jg_status gallop_left(merge_state *ms, jg_value key, jg_value *a, ptrdiff_t n,
                             ptrdiff_t hint, ptrdiff_t *out)
{
    jg_status st = JG_OK;
    bool lt;
    ptrdiff_t ofs, lastofs, k;
    a += hint;
    lastofs = 0;
    ofs = 1;
    IFLT(*a, key)
    {
        const ptrdiff_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(a[ofs], key)
            {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            else break;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    else {
        const ptrdiff_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(*(a - ofs), key) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(a[m], key)
            lastofs = m + 1;
        else
            ofs = m;
    }
    *out = ofs;
fail:
    return st;
}

/* The k in 0..n with a[k-1] <= key < a[k]. */
static jg_status gallop_right(merge_state *ms, jg_value key, jg_value *a, ptrdiff_t n,
                              ptrdiff_t hint, ptrdiff_t *out)
{
    jg_status st = JG_OK;
    bool lt;
    ptrdiff_t ofs, lastofs, k;
    a += hint;
    lastofs = 0;
    ofs = 1;
    IFLT(key, *a)
    {
        const ptrdiff_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(key, *(a - ofs))
            {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            else break;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    else {
        const ptrdiff_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(key, a[ofs]) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        ptrdiff_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(key, a[m])
            ofs = m;
        else
            lastofs = m + 1;
    }
    *out = ofs;
fail:
    return st;
}

static jg_status getmem(merge_state *ms, ptrdiff_t need)
{
    if ((size_t)need <= ms->alloced)
        return JG_OK;
    free(ms->temp);
    ms->temp = malloc((size_t)need * sizeof(jg_value) * (ms->has_values ? 2 : 1));
    if (!ms->temp) {
        ms->alloced = 0;
        return jg_raise_nomem(ms->vm);
    }
    ms->alloced = (size_t)need;
    return JG_OK;
}

static sortslice temp_slice(merge_state *ms)
{
    sortslice s = {ms->temp, ms->has_values ? ms->temp + ms->alloced : NULL};
    return s;
}

static jg_status merge_lo(merge_state *ms, sortslice ssa, ptrdiff_t na, sortslice ssb,
                          ptrdiff_t nb)
{
    jg_status st;
    bool lt;
    ptrdiff_t k, min_gallop;
    sortslice dest;
    if ((st = getmem(ms, na)) != JG_OK)
        return st;
    sortslice tmp = temp_slice(ms);
    ss_memcpy(&tmp, 0, &ssa, 0, na);
    dest = ssa;
    ssa = tmp;
    ss_copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0)
        goto succeed;
    if (na == 1)
        goto copyb;
    min_gallop = (ptrdiff_t)ms->min_gallop;
    for (;;) {
        ptrdiff_t acount = 0, bcount = 0;
        for (;;) {
            IFLT(ssb.keys[0], ssa.keys[0])
            {
                ss_copy_incr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0)
                    goto succeed;
                if (bcount >= min_gallop)
                    break;
            }
            else {
                ss_copy_incr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1)
                    goto copyb;
                if (acount >= min_gallop)
                    break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = (size_t)min_gallop;
            if ((st = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0, &k)) != JG_OK)
                goto fail;
            acount = k;
            if (k) {
                ss_memcpy(&dest, 0, &ssa, 0, k);
                ss_advance(&dest, k);
                ss_advance(&ssa, k);
                na -= k;
                if (na == 1)
                    goto copyb;
                if (na == 0)
                    goto succeed;
            }
            ss_copy_incr(&dest, &ssb);
            --nb;
            if (nb == 0)
                goto succeed;
            if ((st = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0, &k)) != JG_OK)
                goto fail;
            bcount = k;
            if (k) {
                ss_memmove(&dest, 0, &ssb, 0, k);
                ss_advance(&dest, k);
                ss_advance(&ssb, k);
                nb -= k;
                if (nb == 0)
                    goto succeed;
            }
            ss_copy_incr(&dest, &ssa);
            --na;
            if (na == 1)
                goto copyb;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = (size_t)min_gallop;
    }
succeed:
    st = JG_OK;
fail:
    if (na)
        ss_memcpy(&dest, 0, &ssa, 0, na);
    return st;
copyb:
    /* The last item of a belongs at the end of the merge. */
    ss_memmove(&dest, 0, &ssb, 0, nb);
    ss_copy(&dest, nb, &ssa, 0);
    return JG_OK;
}

static jg_status merge_hi(merge_state *ms, sortslice ssa, ptrdiff_t na, sortslice ssb,
                          ptrdiff_t nb)
{
    jg_status st;
    bool lt;
    ptrdiff_t k, min_gallop;
    sortslice dest, basea, baseb;
    if ((st = getmem(ms, nb)) != JG_OK)
        return st;
    sortslice tmp = temp_slice(ms);
    dest = ssb;
    ss_advance(&dest, nb - 1);
    ss_memcpy(&tmp, 0, &ssb, 0, nb);
    basea = ssa;
    baseb = tmp;
    ssb.keys = tmp.keys + nb - 1;
    if (ssb.values)
        ssb.values = tmp.values + nb - 1;
    ss_advance(&ssa, na - 1);
    ss_copy_decr(&dest, &ssa);
    --na;
    if (na == 0)
        goto succeed;
    if (nb == 1)
        goto copya;
    min_gallop = (ptrdiff_t)ms->min_gallop;
    for (;;) {
        ptrdiff_t acount = 0, bcount = 0;
        for (;;) {
            IFLT(ssb.keys[0], ssa.keys[0])
            {
                ss_copy_decr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0)
                    goto succeed;
                if (acount >= min_gallop)
                    break;
            }
            else {
                ss_copy_decr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1)
                    goto copya;
                if (bcount >= min_gallop)
                    break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = (size_t)min_gallop;
            if ((st = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1, &k)) != JG_OK)
                goto fail;
            k = na - k;
            acount = k;
            if (k) {
                ss_advance(&dest, -k);
                ss_advance(&ssa, -k);
                ss_memmove(&dest, 1, &ssa, 1, k);
                na -= k;
                if (na == 0)
                    goto succeed;
            }
            ss_copy_decr(&dest, &ssb);
            --nb;
            if (nb == 1)
                goto copya;
            if ((st = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1, &k)) != JG_OK)
                goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                ss_advance(&dest, -k);
                ss_advance(&ssb, -k);
                ss_memcpy(&dest, 1, &ssb, 1, k);
                nb -= k;
                if (nb == 1)
                    goto copya;
                if (nb == 0)
                    goto succeed;
            }
            ss_copy_decr(&dest, &ssa);
            --na;
            if (na == 0)
                goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = (size_t)min_gallop;
    }
succeed:
    st = JG_OK;
fail:
    if (nb)
        ss_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return st;
copya:
    /* The first item of b belongs at the front of the merge. */
    ss_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    ss_advance(&dest, -na);
    ss_advance(&ssa, -na);
    ss_copy(&dest, 0, &ssb, 0);
    return JG_OK;
}

static jg_status merge_at(merge_state *ms, int i)
{
    jg_status st;
    sortslice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    ptrdiff_t na = ms->pending[i].len, nb = ms->pending[i + 1].len, k;
    ms->pending[i].len = na + nb;
    if (i == ms->n - 3)
        ms->pending[i + 1] = ms->pending[i + 2];
    --ms->n;
    /* Where does b start in a?  Items of a before that are in place. */
    if ((st = gallop_right(ms, *ssb.keys, ssa.keys, na, 0, &k)) != JG_OK)
        return st;
    ss_advance(&ssa, k);
    na -= k;
    if (na == 0)
        return JG_OK;
    /* Where does a end in b?  Items of b after that are in place. */
    if ((st = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1, &nb)) != JG_OK)
        return st;
    if (nb <= 0)
        return JG_OK;
    return na <= nb ? merge_lo(ms, ssa, na, ssb, nb) : merge_hi(ms, ssa, na, ssb, nb);
}

/* Powersort: the depth of the boundary between two adjacent runs. */
static int powerloop(ptrdiff_t s1, ptrdiff_t n1, ptrdiff_t n2, ptrdiff_t n)
{
    int result = 0;
    ptrdiff_t a = 2 * s1 + n1;
    ptrdiff_t b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

static jg_status found_new_run(merge_state *ms, ptrdiff_t n2)
{
    if (ms->n) {
        ptrdiff_t s1 = ms->pending[ms->n - 1].base.keys - ms->basekeys;
        ptrdiff_t n1 = ms->pending[ms->n - 1].len;
        int power = powerloop(s1, n1, n2, (ptrdiff_t)ms->listlen);
        while (ms->n > 1 && ms->pending[ms->n - 2].power > power) {
            jg_status st = merge_at(ms, ms->n - 2);
            if (st != JG_OK)
                return st;
        }
        ms->pending[ms->n - 1].power = power;
    }
    return JG_OK;
}

static jg_status merge_force_collapse(merge_state *ms)
{
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && ms->pending[n - 1].len < ms->pending[n + 1].len)
            --n;
        jg_status st = merge_at(ms, n);
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}

static ptrdiff_t compute_minrun(ptrdiff_t n)
{
    ptrdiff_t r = 0;
    while (n >= MAX_MINRUN) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* The compare CPython's pre-sort check would pick for these keys. */
static lt_fn pick_lt(jg_vm *vm, const jg_value *keys, size_t n)
{
    bool ints = true, floats = true, strs = true;
    for (size_t i = 0; i < n && (ints || floats || strs); i++) {
        jg_value k = keys[i];
        ints = ints && jg_is_int(k);
        floats = floats && jg_is_float(k);
        strs = strs && jg_is_obj(k) && jg_obj_of(k)->type == vm->t.str;
    }
    return ints ? lt_ints : floats ? lt_floats : strs ? lt_strs : lt_any;
}

/*
 * Sorts keys[0..n) ascending, moving values[0..n) (may be NULL) along.  On an
 * error the arrays hold a permutation of their input, as CPython's would.
 */
static jg_status timsort(jg_vm *vm, jg_value *keys, jg_value *values, size_t n, bool reverse)
{
    merge_state ms;
    jg_status st = JG_OK;
    memset(&ms, 0, sizeof ms);
    ms.vm = vm;
    ms.lt = pick_lt(vm, keys, n);
    ms.min_gallop = MIN_GALLOP;
    ms.has_values = values != NULL;
    ms.basekeys = keys;
    ms.listlen = n;
    if (n < 2)
        return JG_OK;
    /* Reverse stability: reverse, sort stably, reverse back. */
    if (reverse) {
        reverse_values(keys, keys + n);
        if (values)
            reverse_values(values, values + n);
    }
    sortslice lo = {keys, values};
    ptrdiff_t nremaining = (ptrdiff_t)n;
    ptrdiff_t minrun = compute_minrun(nremaining);
    do {
        bool descending;
        ptrdiff_t r;
        if ((st = count_run(&ms, lo.keys, lo.keys + nremaining, &descending, &r)) != JG_OK)
            goto done;
        if (descending)
            ss_reverse(&lo, r);
        if (r < minrun) {
            const ptrdiff_t force = nremaining <= minrun ? nremaining : minrun;
            if ((st = binarysort(&ms, lo, lo.keys + force, lo.keys + r)) != JG_OK)
                goto done;
            r = force;
        }
        if ((st = found_new_run(&ms, r)) != JG_OK)
            goto done;
        ms.pending[ms.n].base = lo;
        ms.pending[ms.n].len = r;
        ++ms.n;
        ss_advance(&lo, r);
        nremaining -= r;
    } while (nremaining);
    st = merge_force_collapse(&ms);
done:
    if (reverse) {
        reverse_values(keys, keys + n);
        if (values)
            reverse_values(values, values + n);
    }
    free(ms.temp);
    return st;
}

#undef IFLT

jg_status jg_list_sort(jg_vm *vm, jg_list *l, jg_value key, bool reverse)
{
    size_t n = l->len;
    if (n < 2 && key == JG_NONE)
        return JG_OK;
    jg_value *items = malloc((n ? n : 1) * sizeof(jg_value) * (key == JG_NONE ? 1 : 2));
    if (!items)
        return jg_raise_nomem(vm);
    if (n) /* an empty list may have no buffer: memcpy from NULL is undefined */
        memcpy(items, l->items, n * sizeof(jg_value));
    jg_value *keys = items, *values = NULL;
    jg_status st = JG_OK;
    if (key != JG_NONE) {
        /* Keys first, all of them, as CPython computes them. */
        keys = items + n;
        values = items;
        for (size_t i = 0; i < n && st == JG_OK; i++) {
            jg_value arg = values[i];
            st = jg_call_native(vm, key, &arg, 1, NULL, &keys[i]);
        }
        if (st != JG_OK) {
            free(items);
            return st;
        }
    }
    st = timsort(vm, keys, values, n, reverse);
    /* On success, and on an error CPython would leave the list permuted by,
     * the list takes the new order; JG_NEEDS_PY leaves it as it was. */
    if ((st == JG_OK || st == JG_RAISED) && n)
        memcpy(l->items, values ? values : keys, n * sizeof(jg_value));
    free(items);
    return st;
}

/* ---------------------------------------------------------------- hooks */

static void list_trace(jg_vm *vm, jg_obj *o)
{
    jg_list *l = (jg_list *)o;
    jg_gc_mark_values(vm, l->items, l->len);
    jg_gc_mark_obj(vm, l->attrs);
}

static void list_finalize(jg_vm *vm, jg_obj *o)
{
    jg_list *l = (jg_list *)o;
    free_items(vm, l);
    l->len = 0;
}

static jg_status list_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    jg_list *l = JG_AS(jg_list, self);
    if (l->len == 0)
        return (*out = jg_str_from_cstr(vm, "[]")) ? JG_OK : jg_raise_nomem(vm);
    int r = jg_repr_enter(vm, jg_obj_of(self));
    if (r < 0)
        return jg_raise_nomem(vm);
    if (r > 0)
        return (*out = jg_str_from_cstr(vm, "[...]")) ? JG_OK : jg_raise_nomem(vm);
    jg_buf b = {0};
    jg_status st = jg_buf_putc(&b, '[') == JG_OK ? JG_OK : jg_raise_nomem(vm);
    if (st == JG_OK)
        st = jg_buf_put_items(vm, &b, l->items, l->len);
    if (st == JG_OK && jg_buf_putc(&b, ']') != JG_OK)
        st = jg_raise_nomem(vm);
    jg_repr_leave(vm, jg_obj_of(self));
    if (st != JG_OK) {
        jg_buf_free(&b);
        return st;
    }
    return jg_buf_to_str(vm, &b, out);
}

static jg_status list_richcompare(jg_vm *vm, jg_value self, jg_value other, int op,
                                  jg_value *out)
{
    if (!jg_is_kind(other, JG_K_LIST)) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    jg_list *a = JG_AS(jg_list, self), *b = JG_AS(jg_list, other);
    return jg_seq_richcompare(vm, a->items, a->len, b->items, b->len, op, true, out);
}

static jg_status list_len(jg_vm *vm, jg_value self, int64_t *out)
{
    *out = JG_AS(jg_list, self)->len;
    return JG_OK;
}

static jg_status index_error(jg_vm *vm, jg_value key)
{
    return jg_raise(vm, vm->t.TypeError, "list indices must be integers or slices, not %s",
                    jg_type_name(vm, key));
}

static jg_status list_getitem(jg_vm *vm, jg_value self, jg_value key, jg_value *out)
{
    jg_list *l = JG_AS(jg_list, self);
    int64_t i;
    jg_status st;
    if (jg_is_int(key)) {
        i = jg_as_int(key);
    } else if (jg_is_kind(key, JG_K_SLICE)) {
        int64_t start, stop, step, n;
        if ((st = jg_slice_indices(vm, key, l->len, &start, &stop, &step, &n)) != JG_OK)
            return st;
        jg_list *r = jg_list_new(vm, (size_t)n);
        if (!r)
            return jg_raise_nomem(vm);
        if (step == 1) {
            if (n)
                memcpy(r->items, l->items + start, (size_t)n * sizeof(jg_value));
        } else {
            for (int64_t k = 0, j = start; k < n; k++, j += step)
                r->items[k] = l->items[j];
        }
        r->len = (uint32_t)n;
        *out = jg_obj_value(r);
        return JG_OK;
    } else if (jg_is_index(vm, key)) {
        if ((st = jg_index_of(vm, key, JG_IDX_INDEX_ERROR, &i)) != JG_OK)
            return st;
    } else {
        return index_error(vm, key);
    }
    if (i < 0)
        i += l->len;
    if (i < 0 || i >= (int64_t)l->len)
        return jg_raise(vm, vm->t.IndexError, "list index out of range");
    *out = l->items[i];
    return JG_OK;
}

/* l[lo:hi] = items[0..n) (lo <= hi already clamped). */
static jg_status assign_slice(jg_vm *vm, jg_list *l, int64_t lo, int64_t hi,
                              const jg_value *items, size_t n)
{
    int64_t len = l->len;
    if (lo < 0)
        lo = 0;
    else if (lo > len)
        lo = len;
    if (hi < lo)
        hi = lo;
    else if (hi > len)
        hi = len;
    int64_t d = (int64_t)n - (hi - lo);
    /* 'items' may be l's own array: copy it first. */
    jg_value *copy = NULL;
    if (n && l->items && items >= l->items && items < l->items + l->cap) {
        copy = malloc(n * sizeof(jg_value));
        if (!copy)
            return jg_raise_nomem(vm);
        memcpy(copy, items, n * sizeof(jg_value));
        items = copy;
    }
    if (d > 0) {
        if (len + d > (int64_t)JG_MAX_ITEMS || !resize(vm, l, (size_t)(len + d))) {
            free(copy);
            return jg_raise_nomem(vm);
        }
        memmove(l->items + hi + d, l->items + hi, (size_t)(len - hi) * sizeof(jg_value));
    } else if (d < 0) {
        memmove(l->items + hi + d, l->items + hi, (size_t)(len - hi) * sizeof(jg_value));
        resize(vm, l, (size_t)(len + d));
    }
    if (n)
        memcpy(l->items + lo, items, n * sizeof(jg_value));
    free(copy);
    return JG_OK;
}

/* The items of the right side of a slice assignment, when they can be had
 * without Python code; JG_NEEDS_PY otherwise (nothing taken). */
static jg_status slice_source(jg_vm *vm, jg_list *l, jg_value v, const char *msg,
                              const jg_value **items, size_t *n, jg_list **tmp)
{
    if (jg_is_kind(v, JG_K_LIST) && !(jg_obj_of(v)->type->flags & JG_TF_USER)) {
        *items = JG_AS(jg_list, v)->items;
        *n = JG_AS(jg_list, v)->len;
        return JG_OK;
    }
    if (jg_is_kind(v, JG_K_TUPLE) && !(jg_obj_of(v)->type->flags & JG_TF_USER)) {
        *items = JG_AS(jg_tuple, v)->items;
        *n = JG_AS(jg_tuple, v)->len;
        return JG_OK;
    }
    if (!is_reiterable(vm, v)) {
        jg_value it;
        jg_status st = jg_get_iter(vm, v, &it);
        if (st == JG_RAISED && jg_exc_matches(vm, vm->t.TypeError)) {
            jg_clear_exc(vm);
            return jg_raise(vm, vm->t.TypeError, "%s", msg);
        }
        return st == JG_OK ? JG_NEEDS_PY : st;
    }
    jg_value rest;
    if (!(*tmp = jg_list_new(vm, 0)))
        return jg_raise_nomem(vm);
    jg_status st = jg_list_extend_iter(vm, *tmp, v, &rest);
    if (st != JG_OK)
        return st;
    *items = (*tmp)->items;
    *n = (*tmp)->len;
    (void)l;
    return JG_OK;
}

static jg_status list_setslice(jg_vm *vm, jg_list *l, jg_value key, jg_value v)
{
    int64_t start, stop, step, n;
    jg_status st = jg_slice_unpack(vm, JG_AS(jg_slice, key), &start, &stop, &step);
    if (st != JG_OK)
        return st;
    n = jg_slice_adjust(l->len, &start, &stop, step);
    if (v == JG_UNDEF) {
        /* del l[slice] */
        if (step == 1)
            return assign_slice(vm, l, start, stop, NULL, 0);
        if (n <= 0)
            return JG_OK;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (n - 1) - 1;
            step = -step;
        }
        /* Remove items start, start+step, ... (n of them), keep the rest. */
        int64_t w = start;
        for (int64_t r = start, k = 0; r < (int64_t)l->len; r++) {
            if (k < n && r == start + k * step) {
                k++;
                continue;
            }
            l->items[w++] = l->items[r];
        }
        resize(vm, l, (size_t)w);
        return JG_OK;
    }
    const jg_value *items = NULL;
    size_t m = 0;
    jg_list *tmp = NULL;
    bool ext = step != 1;
    st = slice_source(vm, l, v, ext ? "must assign iterable to extended slice"
                                    : "can only assign an iterable",
                      &items, &m, &tmp);
    if (st != JG_OK)
        return st;
    if (!ext)
        return assign_slice(vm, l, start, stop, items, m);
    if ((int64_t)m != n)
        return jg_raise(vm, vm->t.ValueError,
                        "attempt to assign sequence of size %zu to extended slice of size %lld",
                        m, (long long)n);
    if (n == 0)
        return JG_OK;
    jg_value *copy = NULL;
    if (items == l->items) {
        if (!(copy = malloc(m * sizeof(jg_value))))
            return jg_raise_nomem(vm);
        memcpy(copy, items, m * sizeof(jg_value));
        items = copy;
    }
    for (int64_t k = 0, j = start; k < n; k++, j += step)
        l->items[j] = items[k];
    free(copy);
    return JG_OK;
}

static jg_status list_setitem(jg_vm *vm, jg_value self, jg_value key, jg_value v)
{
    jg_list *l = JG_AS(jg_list, self);
    int64_t i;
    jg_status st;
    if (jg_is_int(key)) {
        i = jg_as_int(key);
    } else if (jg_is_kind(key, JG_K_SLICE)) {
        return list_setslice(vm, l, key, v);
    } else if (jg_is_index(vm, key)) {
        if ((st = jg_index_of(vm, key, JG_IDX_INDEX_ERROR, &i)) != JG_OK)
            return st;
    } else {
        return index_error(vm, key);
    }
    if (i < 0)
        i += l->len;
    if (i < 0 || i >= (int64_t)l->len)
        return jg_raise(vm, vm->t.IndexError, "list assignment index out of range");
    if (v != JG_UNDEF) {
        l->items[i] = v;
        return JG_OK;
    }
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(jg_value));
    resize(vm, l, l->len - 1u);
    return JG_OK;
}

static jg_status list_contains(jg_vm *vm, jg_value self, jg_value v, bool *out)
{
    jg_list *l = JG_AS(jg_list, self);
    int64_t i;
    jg_status st = jg_seq_index(vm, l->items, l->len, v, 0, l->len, &i);
    *out = i >= 0;
    return st;
}

static jg_status list_iter(jg_vm *vm, jg_value self, jg_value *out)
{
    jg_iter *it = jg_iter_new(vm, vm->t.list_iterator, JG_IT_LIST, self);
    if (!it)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(it);
    return JG_OK;
}

/* l * n into 'r' (which may be l itself, for *=). */
static jg_status repeat_into(jg_vm *vm, jg_list *l, jg_list *r, int64_t n)
{
    size_t len = l->len;
    if (n <= 0 || len == 0) {
        if (r == l)
            list_clear(vm, r);
        return JG_OK;
    }
    if ((uint64_t)n > JG_MAX_ITEMS / len)
        return jg_raise_nomem(vm);
    size_t total = len * (size_t)n;
    if (r == l) {
        if (!resize(vm, r, total))
            return jg_raise_nomem(vm);
    } else {
        if (!set_cap(vm, r, total))
            return jg_raise_nomem(vm);
        memcpy(r->items, l->items, len * sizeof(jg_value));
        r->len = (uint32_t)total;
    }
    for (size_t done = len; done < total;) {
        size_t k = done <= total - done ? done : total - done;
        memcpy(r->items + done, r->items, k * sizeof(jg_value));
        done += k;
    }
    return JG_OK;
}

static jg_status list_binop(jg_vm *vm, int op, jg_value self, jg_value other, bool reflected,
                            bool inplace, jg_value *out)
{
    jg_list *l = JG_AS(jg_list, self);
    jg_status st;
    if (op == JG_OP_ADD) {
        if (inplace) {
            jg_value rest;
            if ((st = jg_list_extend_iter(vm, l, other, &rest)) != JG_OK)
                return st;
            *out = self;
            return JG_OK;
        }
        if (reflected) {
            *out = JG_NOTIMPLEMENTED;
            return JG_OK;
        }
        if (!jg_is_kind(other, JG_K_LIST))
            return jg_raise(vm, vm->t.TypeError, "can only concatenate list (not \"%s\") to list",
                            jg_type_name(vm, other));
        jg_list *b = JG_AS(jg_list, other);
        if ((uint64_t)l->len + b->len > JG_MAX_ITEMS)
            return jg_raise_nomem(vm);
        jg_list *r = jg_list_new(vm, (size_t)l->len + b->len);
        if (!r)
            return jg_raise_nomem(vm);
        if (l->len)
            memcpy(r->items, l->items, l->len * sizeof(jg_value));
        if (b->len)
            memcpy(r->items + l->len, b->items, b->len * sizeof(jg_value));
        r->len = l->len + b->len;
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
        int64_t n;
        if ((st = jg_index_of(vm, other, JG_IDX_OVERFLOW_FIT, &n)) != JG_OK)
            return st;
        if (inplace) {
            if ((st = repeat_into(vm, l, l, n)) != JG_OK)
                return st;
            *out = self;
            return JG_OK;
        }
        jg_list *r = jg_list_new(vm, 0);
        if (!r)
            return jg_raise_nomem(vm);
        if ((st = repeat_into(vm, l, r, n)) != JG_OK)
            return st;
        *out = jg_obj_value(r);
        return JG_OK;
    }
    *out = JG_NOTIMPLEMENTED;
    return JG_OK;
}

static const jg_type_hooks list_hooks = {
    .trace = list_trace,
    .finalize = list_finalize,
    .repr = list_repr,
    .unhashable = true,
    .richcompare = list_richcompare,
    .binop = list_binop,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
};

/* ---------------------------------------------------------------- methods */

#define NATIVE(name)                                                                         \
    static jg_status name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,           \
                          jg_value *out)

static jg_status check(jg_vm *vm, jg_value *args, int nargs, const char *name)
{
    return jg_self_check(vm, args, nargs, vm->t.list, name);
}

NATIVE(list_new_native)
{
    jg_list *l = list_alloc(vm, (jg_type *)jg_as_obj(args[0]));
    if (!l)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(l);
    return JG_OK;
}

NATIVE(list_init_native)
{
    jg_status st = check(vm, args, nargs, "__init__");
    if (st != JG_OK)
        return st;
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "list() takes no keyword arguments");
    if (nargs > 2)
        return jg_raise(vm, vm->t.TypeError, "list expected at most 1 argument, got %d",
                        nargs - 1);
    jg_list *l = JG_AS(jg_list, args[0]);
    if (l->len)
        list_clear(vm, l);
    *out = JG_NONE;
    if (nargs == 1)
        return JG_OK;
    jg_value rest;
    st = jg_list_extend_iter(vm, l, args[1], &rest);
    if (st == JG_NEEDS_PY) {
        jg_value a[2] = {args[0], rest};
        return jg_tailcall_prelude(vm, "_list_extend_from", a, 2, NULL);
    }
    return st;
}

NATIVE(list_append_native)
{
    jg_status st;
    if ((st = check(vm, args, nargs, "append")) != JG_OK ||
        (st = jg_argc_one(vm, "list.append", nargs - 1, kwnames)) != JG_OK)
        return st;
    *out = JG_NONE;
    return jg_list_append(vm, JG_AS(jg_list, args[0]), args[1]);
}

NATIVE(list_extend_native)
{
    jg_status st;
    if ((st = check(vm, args, nargs, "extend")) != JG_OK ||
        (st = jg_argc_one(vm, "list.extend", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_value rest;
    st = jg_list_extend_iter(vm, JG_AS(jg_list, args[0]), args[1], &rest);
    if (st == JG_NEEDS_PY) {
        jg_value a[2] = {args[0], rest};
        return jg_tailcall_prelude(vm, "_list_extend_from", a, 2, NULL);
    }
    *out = JG_NONE;
    return st;
}

NATIVE(list_insert_native)
{
    jg_status st;
    if ((st = check(vm, args, nargs, "insert")) != JG_OK ||
        (st = jg_argc_range(vm, "list.insert", "insert", nargs - 1, kwnames, 2, 2)) != JG_OK)
        return st;
    int64_t i;
    st = jg_index_of(vm, args[1], JG_IDX_OVERFLOW, &i);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_list_insert", args, 3, NULL);
    if (st != JG_OK)
        return st;
    *out = JG_NONE;
    return jg_list_insert(vm, JG_AS(jg_list, args[0]), i, args[2]);
}

NATIVE(list_pop_native)
{
    jg_status st;
    if ((st = check(vm, args, nargs, "pop")) != JG_OK ||
        (st = jg_argc_range(vm, "list.pop", "pop", nargs - 1, kwnames, 0, 1)) != JG_OK)
        return st;
    jg_list *l = JG_AS(jg_list, args[0]);
    int64_t i = -1;
    if (nargs > 1) {
        st = jg_index_of(vm, args[1], JG_IDX_OVERFLOW, &i);
        if (st == JG_NEEDS_PY)
            return jg_tailcall_prelude(vm, "_list_pop", args, 2, NULL);
        if (st != JG_OK)
            return st;
    }
    if (l->len == 0)
        return jg_raise(vm, vm->t.IndexError, "pop from empty list");
    if (i < 0)
        i += l->len;
    if (i < 0 || i >= (int64_t)l->len)
        return jg_raise(vm, vm->t.IndexError, "pop index out of range");
    *out = l->items[i];
    if (i == (int64_t)l->len - 1) {
        resize(vm, l, l->len - 1u);
        return JG_OK;
    }
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(jg_value));
    resize(vm, l, l->len - 1u);
    return JG_OK;
}

NATIVE(list_remove_native)
{
    jg_status st;
    if ((st = check(vm, args, nargs, "remove")) != JG_OK ||
        (st = jg_argc_one(vm, "list.remove", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_list *l = JG_AS(jg_list, args[0]);
    int64_t i;
    st = jg_seq_index(vm, l->items, l->len, args[1], 0, l->len, &i);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_list_remove", args, 2, NULL);
    if (st != JG_OK)
        return st;
    if (i < 0)
        return jg_raise(vm, vm->t.ValueError, "list.remove(x): x not in list");
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(jg_value));
    resize(vm, l, l->len - 1u);
    *out = JG_NONE;
    return JG_OK;
}

NATIVE(list_index_native)
{
    jg_status st;
    if ((st = check(vm, args, nargs, "index")) != JG_OK ||
        (st = jg_argc_range(vm, "list.index", "index", nargs - 1, kwnames, 1, 3)) != JG_OK)
        return st;
    jg_list *l = JG_AS(jg_list, args[0]);
    int64_t start, stop, i = -1;
    st = jg_seq_index_bounds(vm, args + 2, nargs - 2, l->len, &start, &stop);
    if (st == JG_OK)
        st = jg_seq_index(vm, l->items, l->len, args[1], start, stop, &i);
    jg_str *r = NULL;
    if (st == JG_OK && i < 0)
        st = jg_repr(vm, args[1], &r);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_list_index", args, nargs, NULL);
    if (st != JG_OK)
        return st;
    if (i < 0)
        return jg_raise(vm, vm->t.ValueError, "%s is not in list", r->data);
    *out = jg_int(i);
    return JG_OK;
}

NATIVE(list_count_native)
{
    jg_status st;
    if ((st = check(vm, args, nargs, "count")) != JG_OK ||
        (st = jg_argc_one(vm, "list.count", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_list *l = JG_AS(jg_list, args[0]);
    int64_t c;
    st = jg_seq_count(vm, l->items, l->len, args[1], &c);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_list_count", args, 2, NULL);
    if (st == JG_OK)
        *out = jg_int(c);
    return st;
}

NATIVE(list_reverse_native)
{
    jg_status st;
    if ((st = check(vm, args, nargs, "reverse")) != JG_OK ||
        (st = jg_argc_none(vm, "list.reverse", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_list *l = JG_AS(jg_list, args[0]);
    if (l->len > 1)
        reverse_values(l->items, l->items + l->len);
    *out = JG_NONE;
    return JG_OK;
}

NATIVE(list_copy_native)
{
    jg_status st;
    if ((st = check(vm, args, nargs, "copy")) != JG_OK ||
        (st = jg_argc_none(vm, "list.copy", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_list *l = JG_AS(jg_list, args[0]);
    jg_list *r = jg_list_from(vm, l->items, l->len);
    if (!r)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(r);
    return JG_OK;
}

NATIVE(list_clear_native)
{
    jg_status st;
    if ((st = check(vm, args, nargs, "clear")) != JG_OK ||
        (st = jg_argc_none(vm, "list.clear", nargs - 1, kwnames)) != JG_OK)
        return st;
    list_clear(vm, JG_AS(jg_list, args[0]));
    *out = JG_NONE;
    return JG_OK;
}

/* sort(*, key=None, reverse=False) */
NATIVE(list_sort_native)
{
    jg_status st;
    if ((st = check(vm, args, nargs, "sort")) != JG_OK)
        return st;
    /* nargs counts the keyword values too; they follow the positionals. */
    int npos = nargs - (kwnames ? (int)kwnames->len : 0);
    if (nargs - 1 > 2)
        return jg_raise(vm, vm->t.TypeError, "sort() takes at most 2 %sarguments (%d given)",
                        npos > 1 ? "" : "keyword ", nargs - 1);
    if (npos > 1)
        return jg_raise(vm, vm->t.TypeError, "sort() takes no positional arguments");
    jg_value key = JG_NONE, rev = JG_FALSE;
    for (uint32_t i = 0; kwnames && i < kwnames->len; i++) {
        jg_str *name = JG_AS(jg_str, kwnames->items[i]);
        if (strcmp(name->data, "key") == 0)
            key = args[npos + i];
        else if (strcmp(name->data, "reverse") == 0)
            rev = args[npos + i];
        else
            return jg_raise(vm, vm->t.TypeError, "'%s' is an invalid keyword argument for sort()",
                            name->data);
    }
    jg_value a[3] = {args[0], key, rev};
    int64_t r;
    st = jg_index_of(vm, rev, JG_IDX_OVERFLOW, &r);
    if (st == JG_OK && key != JG_NONE && !jg_is_kind(key, JG_K_NATIVE))
        st = JG_NEEDS_PY;
    if (st == JG_OK)
        st = jg_list_sort(vm, JG_AS(jg_list, args[0]), key, r != 0);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_list_sort", a, 3, NULL);
    *out = JG_NONE;
    return st;
}

NATIVE(list_reversed_native)
{
    jg_status st;
    if ((st = check(vm, args, nargs, "__reversed__")) != JG_OK ||
        (st = jg_argc_none(vm, "list.__reversed__", nargs - 1, kwnames)) != JG_OK)
        return st;
    jg_iter *it = jg_iter_new(vm, vm->t.list_reverseiterator, JG_IT_LIST_REV, args[0]);
    if (!it)
        return jg_raise_nomem(vm);
    it->index = (int64_t)JG_AS(jg_list, args[0])->len - 1;
    *out = jg_obj_value(it);
    return JG_OK;
}

/* ---------------------------------------------------------------- primitives for Python */

/* _list_take_items(l): a new list with l's items; l becomes empty (as
 * CPython's sort leaves the list while keys and comparisons run). */
NATIVE(prim_take_items)
{
    if (nargs != 1 || !jg_is_kind(args[0], JG_K_LIST))
        return jg_raise(vm, vm->t.TypeError, "_list_take_items: bad arguments");
    jg_list *l = JG_AS(jg_list, args[0]);
    jg_list *r = list_alloc(vm, vm->t.list);
    if (!r || !move_items(vm, r, l))
        return jg_raise_nomem(vm);
    *out = jg_obj_value(r);
    return JG_OK;
}

/* _list_restore_items(l, items): puts the items back; True when l was
 * changed meanwhile (what it got is dropped, as CPython drops it). */
NATIVE(prim_restore_items)
{
    if (nargs != 2 || !jg_is_kind(args[0], JG_K_LIST) || !jg_is_kind(args[1], JG_K_LIST))
        return jg_raise(vm, vm->t.TypeError, "_list_restore_items: bad arguments");
    jg_list *l = JG_AS(jg_list, args[0]), *src = JG_AS(jg_list, args[1]);
    bool modified = l->len != 0 || l->items != NULL;
    list_clear(vm, l);
    if (!move_items(vm, l, src))
        return jg_raise_nomem(vm);
    *out = jg_bool(modified);
    return JG_OK;
}

/* _sort_by_keys(items, keys, reverse): sorts list 'items' by list 'keys'
 * (None: by the items) with timsort.  False, changing nothing, when the
 * comparisons need Python code. */
NATIVE(prim_sort_by_keys)
{
    if (nargs != 3 || !jg_is_kind(args[0], JG_K_LIST) ||
        (args[1] != JG_NONE && !jg_is_kind(args[1], JG_K_LIST)))
        return jg_raise(vm, vm->t.TypeError, "_sort_by_keys: bad arguments");
    jg_list *items = JG_AS(jg_list, args[0]);
    size_t n = items->len;
    jg_value *buf = malloc((n ? n : 1) * 2 * sizeof(jg_value));
    if (!buf)
        return jg_raise_nomem(vm);
    jg_value *vals = buf, *keys = buf + n;
    if (n)
        memcpy(vals, items->items, n * sizeof(jg_value));
    if (args[1] != JG_NONE) {
        jg_list *k = JG_AS(jg_list, args[1]);
        if (k->len != n) {
            free(buf);
            return jg_raise(vm, vm->t.ValueError, "_sort_by_keys: lengths differ");
        }
        if (n)
            memcpy(keys, k->items, n * sizeof(jg_value));
    }
    bool rev;
    jg_status st = jg_truth(vm, args[2], &rev);
    if (st == JG_OK)
        st = args[1] != JG_NONE ? timsort(vm, keys, vals, n, rev) : timsort(vm, vals, NULL, n, rev);
    if ((st == JG_OK || st == JG_RAISED) && n) {
        memcpy(items->items, vals, n * sizeof(jg_value));
        if (args[1] != JG_NONE)
            memcpy(JG_AS(jg_list, args[1])->items, keys, n * sizeof(jg_value));
    }
    free(buf);
    if (st == JG_NEEDS_PY) {
        *out = JG_FALSE;
        return JG_OK;
    }
    *out = JG_TRUE;
    return st;
}

jg_status jg_list_add_natives(jg_vm *vm, jg_module *m)
{
    jg_status st;
    if ((st = jg_module_add_fn(vm, m, "_list_take_items", prim_take_items)) != JG_OK ||
        (st = jg_module_add_fn(vm, m, "_list_restore_items", prim_restore_items)) != JG_OK ||
        (st = jg_module_add_fn(vm, m, "_sort_by_keys", prim_sort_by_keys)) != JG_OK)
        return st;
    return JG_OK;
}

/* ---------------------------------------------------------------- init */

jg_status jg_list_init(jg_vm *vm)
{
    static const struct {
        const char *name;
        jg_native_fn fn;
        uint32_t flags;
    } methods[] = {
        {"__new__", list_new_native, JG_NF_STATIC},
        {"__init__", list_init_native, 0},
        {"append", list_append_native, 0},
        {"extend", list_extend_native, 0},
        {"insert", list_insert_native, 0},
        {"pop", list_pop_native, 0},
        {"remove", list_remove_native, 0},
        {"index", list_index_native, 0},
        {"count", list_count_native, 0},
        {"reverse", list_reverse_native, 0},
        {"copy", list_copy_native, 0},
        {"clear", list_clear_native, 0},
        {"sort", list_sort_native, 0},
        {"__reversed__", list_reversed_native, 0},
    };
    vm->t.list->hooks = &list_hooks;
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        jg_status st = jg_type_add_method(vm, vm->t.list, methods[i].name, methods[i].fn,
                                          methods[i].flags);
        if (st != JG_OK)
            return st;
    }
    jg_status st = jg_containers_add_dunders(vm, vm->t.list,
                                             JG_DU_REPR | JG_DU_COMPARE | JG_DU_LEN |
                                                 JG_DU_GETITEM | JG_DU_SETITEM |
                                                 JG_DU_CONTAINS | JG_DU_ITER | JG_DU_ADD |
                                                 JG_DU_MUL);
    if (st != JG_OK)
        return st;
    return jg_type_set_attr(vm, vm->t.list, "__hash__", JG_NONE);
}
