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
#define JG_PICKLE_FORMAT_VERSION 4
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
    JG_PX_GENERATOR = 16,
    JG_PX_FRAME = 17,
    JG_PX_TASKLET = 18,
    JG_PX_CHANNEL = 19,
    JG_PX_CHANNEL_REF = 20,
    JG_PX_NATIVE = 21,    /* a built-in iterator or other VM object (pickle_native.c) */
    JG_PX_UNDEF = 22,     /* an unbound local or stack marker, only inside a FRAME */
    JG_PX_LIVE = 23,      /* repickle only: an object left in place */
    JG_PX_CLASSDEF = 24,  /* a class its module does not name, by value */
    JG_PX_FUNCREF = 25,   /* a function its module names, by reference */
};

/* How the pickler writes channels (PICKLE.md "Channels"). */
typedef enum {
    JG_PICKLE_COPY,      /* pickle.dumps: a channel is copied with its waiting tasklets */
    JG_PICKLE_MIGRATE,   /* migration, checkpoints: a channel is a CHANNEL_REF to the
                            one cluster-wide channel */
    JG_PICKLE_REPICKLE,  /* the repickle check: copies, the main tasklet allowed, and
                            the objects 'live' names left in place */
} jg_pickle_mode;

/* Which objects a repickle leaves in place (reachable from outside what it
 * round-trips). */
typedef struct {
    bool (*is_live)(void *ctx, jg_obj *o);
    void *ctx;
} jg_pickle_live;

/* Pickles 'v' in 'mode' into a new bytes object; in JG_PICKLE_REPICKLE, the
 * objects 'live' keeps are listed in *live_out (malloc'd, n in *n_live),
 * which jg_pickle_loads_ex needs back.  Errors as jg_pickle_dumps. */
JG_INTERNAL jg_status jg_pickle_dumps_ex(jg_vm *vm, jg_value v, jg_pickle_mode mode,
                                         const jg_pickle_live *live, jg_bytes **out,
                                         jg_value **live_out, uint32_t *n_live);
/* Reads a pickle written in 'mode' ('live' as jg_pickle_dumps_ex gave it).
 * With 'target' (repickle), the pickle's tasklet is read into that tasklet:
 * its frames are replaced only once the whole pickle has been read. */
JG_INTERNAL jg_status jg_pickle_loads_ex(jg_vm *vm, const uint8_t *data, size_t len,
                                         jg_pickle_mode mode, const jg_value *live,
                                         uint32_t n_live, struct jg_tasklet *target,
                                         jg_value *out);
/* As jg_pickle_loads_ex, but a dict or set entry whose key hashes with a
 * Python __hash__ is not refused: that entry and the container's later ones
 * are left out, and *fixups (NULL when there is none) lists them in order as
 * tuples (container, key, value) - (set, element, set) for a set.  The caller
 * inserts them in Python (the prelude's _pickle_fixup) before the value is
 * used. */
JG_INTERNAL jg_status jg_pickle_loads_fix(jg_vm *vm, const uint8_t *data, size_t len,
                                          jg_pickle_mode mode, const jg_value *live,
                                          uint32_t n_live, struct jg_tasklet *target,
                                          jg_value *out, jg_list **fixups);
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
