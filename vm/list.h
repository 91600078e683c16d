/*
 * vm/list.h - list beyond what vm.h declares.
 */
#ifndef JG_LIST_H
#define JG_LIST_H

#include "vm.h"

JG_INTERNAL jg_status jg_list_init(jg_vm *vm);

/*
 * Appends every item of 'iterable' to 'l' (list.extend).  JG_NEEDS_PY when
 * iterating meets Python code: the items taken so far are appended, and
 * *rest is what is left to iterate - the iterator, or 'iterable' itself when
 * iteration could not start - so a Python version continues without losing
 * or repeating an item.  *rest is JG_UNDEF on every other outcome.
 */
JG_INTERNAL jg_status jg_list_extend_iter(jg_vm *vm, jg_list *l, jg_value iterable,
                                          jg_value *rest);
/* The same for callers that continue by calling list.extend(l, iterable)
 * (an iterator resumes where this one stopped). */
JG_INTERNAL jg_status jg_list_extend(jg_vm *vm, jg_list *l, jg_value iterable);
/* l.insert(where, v) (where clamped as CPython does). */
JG_INTERNAL jg_status jg_list_insert(jg_vm *vm, jg_list *l, int64_t where, jg_value v);
/* tuple(l) */
JG_INTERNAL jg_tuple *jg_list_to_tuple(jg_vm *vm, jg_list *l);
/*
 * l.sort(key=key, reverse=reverse) with 'key' JG_NONE or a native callable:
 * CPython's timsort, so comparisons happen in CPython's order and a failing
 * comparison leaves the list in the permutation CPython leaves.  JG_NEEDS_PY,
 * with the list unchanged, when a key or a comparison is Python code (the
 * Python version _list_sort finishes it).
 */
JG_INTERNAL jg_status jg_list_sort(jg_vm *vm, jg_list *l, jg_value key, bool reverse);
/* Adds the _list_* and _sort_* primitives to module _builtins_containers. */
JG_INTERNAL jg_status jg_list_add_natives(jg_vm *vm, jg_module *m);

#endif
