/*
 * vm/iter.h - the built-in iterators (jg_iter in object.h), the dict views,
 * and the few helpers every container file shares.
 *
 * One jg_iter struct serves every built-in iterator; 'kind' says which, and
 * the fields mean, per kind:
 *
 *   JG_IT_LIST       src list (JG_NONE once exhausted), index = next position.
 *                    The interpreter may step it inline: jg_iter_list_next().
 *   JG_IT_LIST_REV   src list, index = next position going down.
 *   JG_IT_TUPLE      src tuple, index = next position; b = JG_UNDEF, or an
 *                    iterator whose items follow the tuple's (jg_iter_resume).
 *   JG_IT_STR        src str, index = byte offset of the next code point.
 *   JG_IT_BYTES      src bytes, index = next position.
 *   JG_IT_RANGE      small: pos_flags 0, index = next value, end = values
 *                    left, a = step (small int); jg_iter_range_next() steps it.
 *                    big: pos_flags 1, a = next value, b = step, src = values
 *                    left (ints of any size).
 *   JG_IT_DICT_*     src dict (JG_NONE once exhausted), index = next entry,
 *                    end = items left, pos_flags = the dict's size when the
 *                    iterator started (UINT32_MAX after a size-change error),
 *                    a = JG_TRUE when iterating backwards.
 *   JG_IT_SET        src set (JG_NONE once exhausted), index = next table
 *                    slot, end = items left, pos_flags = size at start.
 *   JG_IT_ENUMERATE  src iterator, a = next count (int of any size).
 *   JG_IT_ZIP        src tuple of iterators, pos_flags bit 0 = strict,
 *                    b = list of items taken for the next tuple (or JG_UNDEF),
 *                    index = -1, or the iterator a strict check resumes at.
 *   JG_IT_MAP        src tuple of iterators, a = function, b = list of the
 *                    arguments taken for the next call (or JG_UNDEF);
 *                    pos_flags bit 1: whether 'a' can be called from C was
 *                    asked, bit 2: the answer.
 *   JG_IT_FILTER     src iterator, a = function or JG_NONE, b = an item taken
 *                    but not yet tested (or JG_UNDEF); pos_flags as for map.
 *   JG_IT_REVERSED_SEQ  src sequence (JG_NONE once exhausted), index = next
 *                    position going down (a byte offset for a str).
 *   JG_IT_SEQ        src object with __getitem__ (JG_NONE once exhausted),
 *                    index = next position.
 *   JG_IT_CALLABLE   src callable (JG_NONE once exhausted), a = sentinel.
 *   JG_IT_DICT_VIEW  src dict; the type (dict_keys/values/items) says which.
 *
 * A 'next' never loses an item: when it meets Python code after taking an
 * item from an underlying iterator, it keeps the item in the iterator (the
 * 'b' fields above) and returns JG_NEEDS_PY; the type's __next__ then
 * finishes in the Python version (vm/lib/_builtins_containers.py), which
 * picks the kept item up first.
 */
#ifndef JG_ITER_H
#define JG_ITER_H

#include "vm.h"
#include "buf.h"

JG_INTERNAL jg_status jg_iter_init(jg_vm *vm);

/* ---------------------------------------------------------------- iterators */

/* A new iterator object of 'type' and 'kind' over 'src' (index 0). */
JG_INTERNAL jg_iter *jg_iter_new(jg_vm *vm, jg_type *type, jg_iter_kind kind, jg_value src);
/* iter(obj) for an object whose items come from __getitem__ (0, 1, ... until
 * IndexError). */
JG_INTERNAL jg_status jg_iter_new_seq(jg_vm *vm, jg_value obj, jg_value *out);
/* iter(callable, sentinel). */
JG_INTERNAL jg_status jg_iter_new_callable(jg_vm *vm, jg_value callable, jg_value sentinel,
                                          jg_value *out);
/* An iterator giving the items of 'done' and then those left in iterator
 * 'rest' (JG_UNDEF for none): how a native that has taken items from an
 * iterator before meeting Python code hands the whole sequence to its Python
 * version.  When 'done' is empty, 'rest' itself (which may then still be the
 * iterable, not an iterator: the Python version iterates it as it would). */
JG_INTERNAL jg_status jg_iter_resume(jg_vm *vm, jg_list *done, jg_value rest, jg_value *out);
/* The dict view d.keys() / d.values() / d.items() ('type' says which). */
JG_INTERNAL jg_status jg_dict_view_new(jg_vm *vm, jg_type *type, jg_dict *d, jg_value *out);

/* One step of a list iterator, for the interpreter's inline FOR_ITER: false
 * when exhausted. */
static inline bool jg_iter_list_next(jg_iter *it, jg_value *out)
{
    if (jg_is_obj(it->src)) {
        jg_list *l = JG_AS(jg_list, it->src);
        if ((uint64_t)it->index < l->len) {
            *out = l->items[it->index++];
            return true;
        }
        it->src = JG_NONE;
    }
    return false;
}

/* One step of a small range iterator (pos_flags == 0): false when exhausted. */
static inline bool jg_iter_range_next(jg_iter *it, jg_value *out)
{
    if (it->end <= 0)
        return false;
    *out = jg_int(it->index);
    it->index += jg_as_int(it->a);
    it->end--;
    return true;
}

/* ---------------------------------------------------------------- shared helpers */

/* Appends repr(v) to 'b': JG_OK, JG_RAISED, or JG_NEEDS_PY when v's repr is
 * Python code. */
JG_INTERNAL jg_status jg_buf_put_repr(jg_vm *vm, jg_buf *b, jg_value v);
/* Appends the reprs of 'n' items separated by ", ". */
JG_INTERNAL jg_status jg_buf_put_items(jg_vm *vm, jg_buf *b, const jg_value *items, size_t n);
/* A new str from 'b' (which is freed either way). */
JG_INTERNAL jg_status jg_buf_to_str(jg_vm *vm, jg_buf *b, jg_str **out);

/*
 * The repr recursion guard (CPython's Py_ReprEnter): jg_repr_enter returns 0
 * after marking 'o' as being repr'd, 1 when it already is (the caller writes
 * "[...]"), -1 when out of memory.  The Python fallbacks use the same marks
 * through _repr_enter/_repr_leave, so a container met again anywhere in one
 * repr is recognised.
 */
JG_INTERNAL int jg_repr_enter(jg_vm *vm, jg_obj *o);
JG_INTERNAL void jg_repr_leave(jg_vm *vm, jg_obj *o);

/*
 * Nesting guard for the operations that recurse in C through nested
 * containers (repr, ==, <, hash).  Past JG_MAX_C_NESTING levels jg_nest_enter
 * returns false and the operation reports JG_NEEDS_PY, so deep nesting
 * continues in the Python versions, which recurse on the heap.
 */
#define JG_MAX_C_NESTING 200
JG_INTERNAL bool jg_nest_enter(void);
JG_INTERNAL void jg_nest_leave(void);

/*
 * Argument checks worded as CPython's for positional-only methods ('n' does
 * not count self).  'qual' is "list.append", 'name' is "append".
 *   jg_argc_one:   "list.append() takes exactly one argument (0 given)"
 *   jg_argc_none:  "list.copy() takes no arguments (1 given)"
 *   jg_argc_range: "pop expected at most 1 argument, got 2"
 * Each also refuses keywords: "list.pop() takes no keyword arguments".
 */
JG_INTERNAL jg_status jg_argc_one(jg_vm *vm, const char *qual, int n, jg_tuple *kwnames);
JG_INTERNAL jg_status jg_argc_none(jg_vm *vm, const char *qual, int n, jg_tuple *kwnames);
JG_INTERNAL jg_status jg_argc_range(jg_vm *vm, const char *qual, const char *name, int n,
                                    jg_tuple *kwnames, int min, int max);
/* Checks that a method of 'type' got a self of that type:
 * "descriptor 'append' for 'list' objects doesn't apply to a 'int' object". */
JG_INTERNAL jg_status jg_self_check(jg_vm *vm, jg_value *args, int nargs, jg_type *type,
                                    const char *name);

/*
 * The dunder methods of built-in container types (__getitem__, __eq__,
 * __add__, ...), one native each, shared by every type: each calls the
 * type's hook, and when the hook reports JG_NEEDS_PY it tail-calls the Python
 * version _<family>_<op> of vm/lib/_builtins_containers.py (_list_getitem,
 * _dict_richcompare, _set_binop ...; the family is list, tuple, dict, set,
 * range, slice, dict_keys, dict_values, dict_items or iter).
 */
enum {
    JG_DU_REPR = 1 << 0,     /* __repr__ */
    JG_DU_HASH = 1 << 1,     /* __hash__ */
    JG_DU_COMPARE = 1 << 2,  /* __eq__ __ne__ __lt__ __le__ __gt__ __ge__ */
    JG_DU_LEN = 1 << 3,      /* __len__ */
    JG_DU_GETITEM = 1 << 4,  /* __getitem__ */
    JG_DU_SETITEM = 1 << 5,  /* __setitem__ __delitem__ */
    JG_DU_CONTAINS = 1 << 6, /* __contains__ */
    JG_DU_ITER = 1 << 7,     /* __iter__ */
    JG_DU_NEXT = 1 << 8,     /* __next__ (and __iter__ returning self) */
    JG_DU_ADD = 1 << 9,      /* __add__ __radd__ __iadd__ */
    JG_DU_MUL = 1 << 10,     /* __mul__ __rmul__ __imul__ */
    JG_DU_OR = 1 << 11,      /* __or__ __ror__ __ior__ */
    JG_DU_SETOPS = 1 << 12,  /* __and__ __sub__ __xor__, reflected and in-place */
};
JG_INTERNAL jg_status jg_containers_add_dunders(jg_vm *vm, jg_type *t, uint32_t which);

/* True when type 't' (or a base) defines 'name' as a Python function. */
JG_INTERNAL bool jg_type_has_py(jg_vm *vm, jg_type *t, int sym);

/* Raises StopIteration (for natives implementing __next__). */
JG_INTERNAL jg_status jg_raise_stop(jg_vm *vm);

/* Registers the natives of module _builtins_containers (the primitives its
 * Python part, vm/lib/_builtins_containers.py, is written with). */
JG_INTERNAL jg_status jg_mod__builtins_containers_init(jg_vm *vm, jg_module *m);

#endif
