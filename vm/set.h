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
/*
 * A set's table as it is, for pickling: the copy then iterates, pops and
 * grows exactly as the original would.  A layout is one byte per slot.
 */
enum { JG_SET_SLOT_EMPTY, JG_SET_SLOT_KEY, JG_SET_SLOT_DUMMY };
/* The slots in the table of 's' (a power of two, at least 8), or 0 when it
 * has none yet (an empty set that never held a key). */
JG_INTERNAL uint32_t jg_set_table_size(const jg_set *s);
/* The layout of the table of 's' (jg_set_table_size(s) bytes, nonzero) into
 * 'out', and where pop() looks first into *finger. */
JG_INTERNAL void jg_set_layout(const jg_set *s, uint8_t *out, uint32_t *finger);
/*
 * Gives empty 's' the table 'layout' describes ('size' bytes, a power of two
 * of at least 8, with at least one empty slot): keys[i] in the i-th
 * JG_SET_SLOT_KEY slot (as many keys as there are such slots), and pop()'s
 * 'finger'.  *placed is false, and 's' unchanged, when the keys do not fit
 * the layout: a hash or a comparison needs Python, a key is not found along
 * its probe sequence (its hash is not the writer's, as an identity hash on
 * another VM is not), or two keys are equal.  The caller then adds them.
 */
JG_INTERNAL jg_status jg_set_place(jg_vm *vm, jg_set *s, const uint8_t *layout, uint32_t size,
                                   uint32_t finger, const jg_value *keys, bool *placed);
/* Moves the contents of 'src' into 'dst', which has no table, table and all
 * (a pickled set subclass's content); 'src' is left empty. */
JG_INTERNAL void jg_set_move(jg_set *dst, jg_set *src);
/* Adds the _set_* primitives to module _builtins_containers. */
JG_INTERNAL jg_status jg_set_add_natives(jg_vm *vm, jg_module *m);

#endif
