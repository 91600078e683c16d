/*
 * vm/set.h - set and frozenset beyond what vm.h declares.
 */
#ifndef JG_SET_H
#define JG_SET_H

#include "vm.h"

JG_INTERNAL jg_status jg_set_init(jg_vm *vm);

/*
 * s.update(iterable) (SET_UPDATE, set displays with *).  JG_NEEDS_PY with
 * 's' unchanged, and *rest what a Python version must add (an iterator over
 * every item not yet taken, or 'iterable' itself).
 */
JG_INTERNAL jg_status jg_set_update(jg_vm *vm, jg_set *s, jg_value iterable, jg_value *rest);
/* Removes 'key' if present (*found says whether it was). */
JG_INTERNAL jg_status jg_set_discard(jg_vm *vm, jg_set *s, jg_value key, bool *found);
/* Steps through the keys in table order (set iteration order): start with
 * *pos = 0; false at the end. */
JG_INTERNAL bool jg_set_next(const jg_set *s, uint32_t *pos, jg_value *key, int64_t *hash);
/*
 * The frozenset constant CPython's compiler makes for a set display of
 * constants: built from 'items' in order, then rebuilt from that set's own
 * iteration order (compile.c merge_consts_recursive).  Set displays of three
 * or more constants (BUILD_SET 0 + SET_UPDATE of this), `x in {...}` and
 * `for x in {...}` need exactly this object to iterate in CPython's order.
 * JG_NEEDS_PY never happens for constants (ints, floats, str, tuples, None).
 */
JG_INTERNAL jg_status jg_set_new_const(jg_vm *vm, const jg_value *items, size_t n,
                                       jg_set **out);
/* Adds the _set_* primitives to module _builtins_containers. */
JG_INTERNAL jg_status jg_set_add_natives(jg_vm *vm, jg_module *m);

#endif
