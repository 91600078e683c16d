/*
 * vm/tuple.h - tuple, and the sequence algorithms list shares with it
 * (comparison, search, CPython 3.11's tuple hash).
 */
#ifndef JG_TUPLE_H
#define JG_TUPLE_H

#include "vm.h"

JG_INTERNAL jg_status jg_tuple_init(jg_vm *vm);

/* (a, b): the pair the interpreter and dict.items() build most. */
JG_INTERNAL jg_tuple *jg_tuple_pack2(jg_vm *vm, jg_value a, jg_value b);
/* A new tuple of 'type' (tuple or a subclass) holding a copy of 'items'. */
JG_INTERNAL jg_tuple *jg_tuple_from_typed(jg_vm *vm, jg_type *type, const jg_value *items,
                                          size_t n);
/*
 * tuple(iterable) into *out.  JG_NEEDS_PY when iterating meets Python code:
 * then *rest is an iterator over every item of 'iterable' not yet in a
 * tuple (jg_iter_resume), for the caller's Python version to finish with.
 */
JG_INTERNAL jg_status jg_tuple_from_iterable(jg_vm *vm, jg_value iterable, jg_tuple **out,
                                             jg_value *rest);

/* CPython 3.11's tuple hash (xxHash based) of 'n' items; JG_NEEDS_PY when an
 * item's __hash__ is Python code. */
JG_INTERNAL jg_status jg_tuple_hash_items(jg_vm *vm, const jg_value *items, size_t n,
                                          int64_t *out);
/* The same hash from the items' hashes ('lanes'), for the Python version. */
JG_INTERNAL int64_t jg_tuple_hash_lanes(const int64_t *lanes, size_t n);

/*
 * Rich comparison of two sequences as CPython's list/tuple richcompare:
 * items equal by identity or ==, then the first differing pair decides with
 * 'op' (result any value), else the lengths do.  'len_shortcut' (lists) makes
 * == and != of different lengths answer without comparing items.
 */
JG_INTERNAL jg_status jg_seq_richcompare(jg_vm *vm, const jg_value *a, size_t na,
                                         const jg_value *b, size_t nb, int op,
                                         bool len_shortcut, jg_value *out);
/* items[i] == v, with identity (equal bits) first: PyObject_RichCompareBool. */
JG_INTERNAL jg_status jg_item_eq(jg_vm *vm, jg_value item, jg_value v, bool *out);
/* The first i in [start, stop) with items[i] == v, or -1. */
JG_INTERNAL jg_status jg_seq_index(jg_vm *vm, const jg_value *items, size_t n, jg_value v,
                                   int64_t start, int64_t stop, int64_t *index);
/* How many items == v. */
JG_INTERNAL jg_status jg_seq_count(jg_vm *vm, const jg_value *items, size_t n, jg_value v,
                                   int64_t *count);
/*
 * The optional start/stop arguments of list.index and tuple.index, resolved
 * against a sequence of 'len' items as CPython does (negative from the end,
 * clamped).  'args' and 'n' exclude self and the value.
 */
JG_INTERNAL jg_status jg_seq_index_bounds(jg_vm *vm, const jg_value *args, int n, size_t len,
                                          int64_t *start, int64_t *stop);

#endif
