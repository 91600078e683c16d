/*
 * vm/pickle.h - pickling values to and from jumpgate's msgpack-based format
 * (vm/PICKLE.md).
 *
 * Invariant: jg_pickle_loads never reads outside its input, allocates memory
 * linear in the input size at most, recurses at most JG_PICKLE_MAX_DEPTH deep,
 * and reports every malformed input as pickle.UnpicklingError with a reason.
 */
#ifndef JG_PICKLE_H
#define JG_PICKLE_H

#include "vm.h"

#define JG_PICKLE_MAGIC "JGPK"
#define JG_PICKLE_FORMAT_VERSION 1
#define JG_PICKLE_MAX_DEPTH 1000
#define JG_PICKLE_MAX_OBJECTS (1u << 24)
#define JG_PICKLE_MAX_SIZE (1u << 30)

/* Ext type numbers (PICKLE.md "Ext types"). */
enum {
    JG_PX_REF = 0,
    JG_PX_BIGINT = 1,
    JG_PX_TUPLE = 2,
    JG_PX_LIST = 3,
    JG_PX_DICT = 4,
    JG_PX_SET = 5,
    JG_PX_FROZENSET = 6,
    JG_PX_RANGE = 7,
    JG_PX_MODULE = 8,
    JG_PX_CODE = 9,
    JG_PX_FUNCTION = 10,
    JG_PX_CLASS = 11,
    JG_PX_INSTANCE = 12,
    JG_PX_METHOD = 13,
    JG_PX_CELL = 14,
    JG_PX_BUILTIN = 15,
    JG_PX_GENERATOR = 16, /* reserved, not yet */
    JG_PX_FRAME = 17,     /* reserved, not yet */
    JG_PX_TASKLET = 18,   /* reserved, not yet */
    JG_PX_CHANNEL = 19,   /* reserved, not yet */
    JG_PX_CHANNEL_REF = 20, /* reserved, not yet */
};

/* Pickles 'v' into a new bytes object.  Raises pickle.PicklingError for what
 * cannot be pickled, RecursionError past JG_PICKLE_MAX_DEPTH. */
JG_INTERNAL jg_status jg_pickle_dumps(jg_vm *vm, jg_value v, jg_bytes **out);
/* Rebuilds the value pickled in data[0..len).  Raises pickle.UnpicklingError
 * with a reason for any malformed input (MemoryError when memory runs out). */
JG_INTERNAL jg_status jg_pickle_loads(jg_vm *vm, const uint8_t *data, size_t len, jg_value *out);
/* pickle.PicklingError and pickle.UnpicklingError (importing `pickle` if needed). */
JG_INTERNAL jg_status jg_pickle_error_types(jg_vm *vm, jg_type **pickling, jg_type **unpickling);
/* The native module's init (module.c's table). */
JG_INTERNAL jg_status jg_mod_pickle_init(jg_vm *vm, jg_module *m);

#endif
