/*
 * vm/range.h - range and slice objects, and the index arithmetic every
 * sequence type shares: operator.index() on subscripts, slice unpacking and
 * clamping exactly as CPython's PySlice_Unpack / PySlice_AdjustIndices.
 */
#ifndef JG_RANGE_H
#define JG_RANGE_H

#include "vm.h"

JG_INTERNAL jg_status jg_range_init(jg_vm *vm);

/* A new range over ints (small or big) start, stop, step; step != 0 is the
 * caller's to check. */
JG_INTERNAL jg_status jg_range_new(jg_vm *vm, jg_value start, jg_value stop, jg_value step,
                                   jg_value *out);
/* A new slice object (BUILD_SLICE); omitted parts are JG_NONE. */
JG_INTERNAL jg_slice *jg_slice_new(jg_vm *vm, jg_value start, jg_value stop, jg_value step);

/* ---------------------------------------------------------------- indices */

/* What jg_index_of does with an int that does not fit 64 bits. */
typedef enum {
    JG_IDX_INDEX_ERROR,  /* IndexError: cannot fit 'int' into an index-sized integer */
    JG_IDX_OVERFLOW,     /* OverflowError: Python int too large to convert to C ssize_t */
    JG_IDX_OVERFLOW_FIT, /* OverflowError: cannot fit 'int' into an index-sized integer */
    JG_IDX_CLAMP,        /* clamp to INT64_MIN / INT64_MAX (slice indices) */
} jg_index_mode;

/* True when 'v' is usable as an index: an int, a bool, or an object whose
 * class defines __index__. */
JG_INTERNAL bool jg_is_index(jg_vm *vm, jg_value v);
/*
 * operator.index(v) as an int64.  TypeError "'str' object cannot be
 * interpreted as an integer" when 'v' is no index; JG_NEEDS_PY when its
 * __index__ is Python code.
 */
JG_INTERNAL jg_status jg_index_of(jg_vm *vm, jg_value v, jg_index_mode mode, int64_t *out);

/*
 * PySlice_Unpack: the start, stop and step of slice 's' as int64 (None gives
 * the defaults for the sign of step; big ints are clamped).  ValueError
 * "slice step cannot be zero"; TypeError "slice indices must be integers or
 * None or have an __index__ method"; JG_NEEDS_PY for a Python __index__.
 */
JG_INTERNAL jg_status jg_slice_unpack(jg_vm *vm, jg_slice *s, int64_t *start, int64_t *stop,
                                      int64_t *step);
/* PySlice_AdjustIndices: clamps start/stop to a sequence of 'length' items
 * and returns the number of items the slice selects. */
JG_INTERNAL int64_t jg_slice_adjust(int64_t length, int64_t *start, int64_t *stop, int64_t step);
/* Both of the above: the indices slice 's' selects of a sequence of 'length'. */
JG_INTERNAL jg_status jg_slice_indices(jg_vm *vm, jg_value s, int64_t length, int64_t *start,
                                       int64_t *stop, int64_t *step, int64_t *n);

#endif
