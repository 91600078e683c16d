/*
 * vm/vm.h - the VM state and the internal API every vm/ file shares.
 *
 * The rule that shapes this API: garbage is collected only at safepoints of
 * the interpreter loop (calls, backward jumps, returns), where every live value
 * is in a frame slot, on a value stack, or in a root this struct lists.  So C
 * code between two safepoints - a native function, a type's method, the
 * compiler, the unpickler - may allocate freely and hold heap pointers in C
 * locals without registering them anywhere.  (STYLE.md's jg_roots scopes are
 * not needed for that reason; a native that must run Python code does so by
 * returning JG_TAILCALL or JG_NEEDS_PY, never by calling back into the loop.)
 *
 * Errors inside the VM: a function that can raise returns jg_status; on
 * JG_RAISED the exception is in vm->exc.  JG_NEEDS_PY (object.h) means a C fast
 * path met a method written in Python and changed nothing; the caller takes
 * its Python path (the interpreter pushes a frame, a built-in function
 * tail-calls its prelude version in vm/lib/_builtins.py).
 */
#ifndef JG_VM_H
#define JG_VM_H

#include <stdarg.h>
#include <stdio.h>

#include "object.h"
#include "code.h"
#include "limits.h"

/* ---------------------------------------------------------------- built-in types */

/* X(field, python name, kind, base field; 'none' for object).  Fields that would be
 * C keywords end in '_': vm->t.int_, vm->t.float_, vm->t.bool_. */
#define JG_BUILTIN_TYPES(X)                                                        \
    X(object, "object", JG_K_OBJECT, none)                                         \
    X(type, "type", JG_K_TYPE, object)                                             \
    X(NoneType, "NoneType", JG_K_NONE, object)                                     \
    X(NotImplementedType, "NotImplementedType", JG_K_NONE, object)                 \
    X(ellipsis, "ellipsis", JG_K_NONE, object)                                     \
    X(int_, "int", JG_K_INT, object)                                                \
    X(bool_, "bool", JG_K_BOOL, int_)                                                \
    X(float_, "float", JG_K_FLOAT, object)                                           \
    X(str, "str", JG_K_STR, object)                                                \
    X(bytes, "bytes", JG_K_BYTES, object)                                          \
    X(tuple, "tuple", JG_K_TUPLE, object)                                          \
    X(list, "list", JG_K_LIST, object)                                             \
    X(dict, "dict", JG_K_DICT, object)                                             \
    X(set, "set", JG_K_SET, object)                                                \
    X(frozenset, "frozenset", JG_K_SET, object)                                    \
    X(range, "range", JG_K_RANGE, object)                                          \
    X(slice, "slice", JG_K_SLICE, object)                                          \
    X(function, "function", JG_K_FUNC, object)                                     \
    X(builtin_function, "builtin_function_or_method", JG_K_NATIVE, object)         \
    X(method, "method", JG_K_METHOD, object)                                       \
    X(cell, "cell", JG_K_CELL, object)                                             \
    X(code, "code", JG_K_CODE, object)                                             \
    X(module, "module", JG_K_MODULE, object)                                       \
    X(generator, "generator", JG_K_GEN, object)                                    \
    X(property, "property", JG_K_PROPERTY, object)                                 \
    X(staticmethod, "staticmethod", JG_K_PROPERTY, object)                         \
    X(classmethod, "classmethod", JG_K_PROPERTY, object)                           \
    X(super, "super", JG_K_SUPER, object)                                          \
    X(shape, "shape", JG_K_SHAPE, object)                                          \
    X(iterator, "iterator", JG_K_ITER, object)                                     \
    X(list_iterator, "list_iterator", JG_K_ITER, object)                           \
    X(list_reverseiterator, "list_reverseiterator", JG_K_ITER, object)             \
    X(tuple_iterator, "tuple_iterator", JG_K_ITER, object)                         \
    X(str_iterator, "str_ascii_iterator", JG_K_ITER, object)                       \
    X(bytes_iterator, "bytes_iterator", JG_K_ITER, object)                         \
    X(range_iterator, "range_iterator", JG_K_ITER, object)                         \
    X(dict_keyiterator, "dict_keyiterator", JG_K_ITER, object)                     \
    X(dict_valueiterator, "dict_valueiterator", JG_K_ITER, object)                 \
    X(dict_itemiterator, "dict_itemiterator", JG_K_ITER, object)                   \
    X(dict_keys, "dict_keys", JG_K_ITER, object)                                   \
    X(dict_values, "dict_values", JG_K_ITER, object)                               \
    X(dict_items, "dict_items", JG_K_ITER, object)                                 \
    X(set_iterator, "set_iterator", JG_K_ITER, object)                             \
    X(enumerate, "enumerate", JG_K_ITER, object)                                   \
    X(zip, "zip", JG_K_ITER, object)                                               \
    X(map, "map", JG_K_ITER, object)                                               \
    X(filter, "filter", JG_K_ITER, object)                                         \
    X(reversed, "reversed", JG_K_ITER, object)                                     \
    X(callable_iterator, "callable_iterator", JG_K_ITER, object)                   \
    X(cobj, "object", JG_K_OTHER, object)

/* X(field, python name, base field): the built-in exception hierarchy. */
#define JG_BUILTIN_EXCEPTIONS(X)                                                   \
    X(BaseException, "BaseException", object)                                      \
    X(SystemExit, "SystemExit", BaseException)                                     \
    X(KeyboardInterrupt, "KeyboardInterrupt", BaseException)                       \
    X(GeneratorExit, "GeneratorExit", BaseException)                               \
    X(Exception, "Exception", BaseException)                                       \
    X(StopIteration, "StopIteration", Exception)                                   \
    X(ArithmeticError, "ArithmeticError", Exception)                               \
    X(ZeroDivisionError, "ZeroDivisionError", ArithmeticError)                     \
    X(OverflowError, "OverflowError", ArithmeticError)                             \
    X(AssertionError, "AssertionError", Exception)                                 \
    X(AttributeError, "AttributeError", Exception)                                 \
    X(LookupError, "LookupError", Exception)                                       \
    X(IndexError, "IndexError", LookupError)                                       \
    X(KeyError, "KeyError", LookupError)                                           \
    X(MemoryError, "MemoryError", Exception)                                       \
    X(NameError, "NameError", Exception)                                           \
    X(UnboundLocalError, "UnboundLocalError", NameError)                           \
    X(RuntimeError, "RuntimeError", Exception)                                     \
    X(RecursionError, "RecursionError", RuntimeError)                              \
    X(NotImplementedError, "NotImplementedError", RuntimeError)                    \
    X(TypeError, "TypeError", Exception)                                           \
    X(ValueError, "ValueError", Exception)                                         \
    X(UnicodeError, "UnicodeError", ValueError)                                    \
    X(UnicodeDecodeError, "UnicodeDecodeError", UnicodeError)                      \
    X(UnicodeEncodeError, "UnicodeEncodeError", UnicodeError)                      \
    X(ImportError, "ImportError", Exception)                                       \
    X(ModuleNotFoundError, "ModuleNotFoundError", ImportError)                     \
    X(OSError, "OSError", Exception)                                               \
    X(EOFError, "EOFError", Exception)                                             \
    X(SyntaxError, "SyntaxError", Exception)                                       \
    X(IndentationError, "IndentationError", SyntaxError)                           \
    X(TabError, "TabError", IndentationError)

typedef struct {
#define JG_TYPE_FIELD(f, n, k, b) jg_type *f;
    JG_BUILTIN_TYPES(JG_TYPE_FIELD)
#undef JG_TYPE_FIELD
#define JG_EXC_FIELD(f, n, b) jg_type *f;
    JG_BUILTIN_EXCEPTIONS(JG_EXC_FIELD)
#undef JG_EXC_FIELD
} jg_builtin_types;

/* ---------------------------------------------------------------- the VM */

/* A tasklet's frames live in chunks that never move, so a jg_frame * stays
 * valid until the frame is popped (CPython 3.11's data stack). */
typedef struct jg_chunk {
    struct jg_chunk *prev;
    size_t cap;   /* bytes of data[] */
    size_t used;
    _Alignas(16) unsigned char data[];
} jg_chunk;

/* The thread of execution: for now the VM has one (the main tasklet);
 * vm/tasklet.c will make many. */
typedef struct jg_thread {
    jg_frame *frame;   /* innermost frame, NULL when idle */
    jg_chunk *chunk;   /* top chunk of the frame stack */
    jg_chunk *spare;   /* one emptied chunk kept for reuse */
    uint32_t depth;    /* Python frames on this thread (recursion limit) */
    jg_value handled;  /* the exception being handled (sys.exc_info), or JG_NONE */
} jg_thread;

/* A pending tail call from a native (JG_TAILCALL). */
typedef enum {
    JG_TAIL_CALL,      /* call 'callable' */
    JG_TAIL_GEN_SEND,  /* resume generator 'callable' sending args[0] */
    JG_TAIL_GEN_THROW, /* resume generator 'callable' raising args[0] in it */
} jg_tail_mode;

typedef struct {
    jg_value callable;
    jg_value args[JG_MAX_TAILCALL_ARGS];
    int nargs;
    jg_tuple *kwnames;
    jg_tail_mode mode;
} jg_tailcall_req;

#define JG_LOOKUP_CACHE_SIZE 4096 /* a power of two */
#define JG_LOOKUP_DIRTY_MAX 512

struct jg_vm {
    jg_builtin_types t;
    jg_vm_config cfg;

    /* ---- heap (gc.c) */
    struct jg_heap *heap;   /* the object heap (heap.h), made by the first allocation */
    size_t bytes_allocated; /* live + garbage since the last collection */
    size_t next_gc;         /* collect at a safepoint once bytes_allocated passes this */
    bool gc_pending;
    size_t n_collections;
    jg_obj **gray;          /* the marking stack (malloc'd) */
    size_t n_gray, cap_gray;
    /* Objects of jg_gc_alloc_plain that came to own C memory: the collector
     * finalizes them itself (gc.c jg_gc_owns_memory). */
    jg_obj **owners;
    size_t n_owners, cap_owners;

    /* ---- interpreter state (interp.c) */
    jg_thread main_thread;
    jg_thread *cur;         /* running thread */
    /* Freed frame-stack chunks kept for reuse, by size class (interp.c
     * chunk pool): at most 'chunk_pool_limit' bytes, set at each collection
     * to what threads took since the one before ('chunk_taken'). */
    jg_chunk *chunk_pool[JG_CHUNK_CLASSES];
    size_t chunk_pool_bytes, chunk_pool_limit, chunk_taken;
    /* ---- tasklets (tasklet.c): NULL until the stackless module is imported */
    struct jg_tasklet *tasklet_main;
    struct jg_tasklet *tasklet_cur;  /* head of the run queue */
    uint32_t runcount;               /* tasklets in the run queue */
    uint64_t next_tasklet_id;
    jg_type *tasklet_type, *channel_type;
    jg_value tasklet_exit;           /* stackless.TaskletExit, once defined */
    uint64_t sched_at;               /* step count at which the safepoint calls
                                        jg_sched_tick (0: never) */
    uint64_t preempt_at, watchdog_at; /* what sched_at is the nearer of (0: off) */
    struct jg_timers *timers;        /* the sleeping tasklets (timer.h), NULL until
                                        the stackless module is imported */
    jg_value exc;           /* the exception being raised, while JG_RAISED propagates */
    jg_tailcall_req tail;
    uint32_t recursion_limit;
    uint64_t steps, step_budget;

    /* ---- names and modules */
    jg_dict *builtins;      /* the builtins module's dict */
    jg_dict *modules;       /* name -> module (sys.modules) */
    jg_dict *interned;      /* str -> the same str */
    jg_module *main_module;
    jg_str *main_dir;       /* directory of the program: NAME.py imports resolve here */
    jg_module *prelude;     /* vm/lib/_builtins.py: Python fallbacks for slow paths */
    jg_dict *code_registry; /* codeid.c: module hash -> [module, {index: code}] */
    jg_value s_cache[128];  /* interned names, see JG_SYMS in object_impl.h */
    jg_value stop_sentinel; /* the prelude's _STOP: what _for_next returns at the end */
    jg_value markers[2];    /* unique objects: _jg.NULL ("no argument") and _jg.STOP */
    jg_value empty_tuple;
    jg_native *build_class; /* __build_class__, recognised by the call path */
    jg_type *traceback_type;
    /* The containers being repr'd now, innermost last (iter.c jg_repr_enter):
     * roots, so the collector keeps them and the repickle check keeps them in
     * place while a repr in Python code is under way. */
    jg_obj **repr_active;
    size_t n_repr_active, cap_repr_active;

    uint32_t next_type_version;
    uint32_t next_shape_id;
    /* jg_type_lookup's results by (type version, name).  Cleared by every
     * collection: between two, no type or name is freed, so an entry's name
     * pointer and version identify what they did when it was filled. */
    struct jg_lookup_entry {
        uint32_t version;
        const jg_str *name;
        jg_value value;  /* JG_UNDEF: not found */
    } lookup_cache[JG_LOOKUP_CACHE_SIZE];
    /* The entries filled since the last collection, which clears only those
     * (all of them once more than JG_LOOKUP_DIRTY_MAX were filled). */
    uint16_t lookup_dirty[JG_LOOKUP_DIRTY_MAX];
    uint32_t n_lookup_dirty;
    uint64_t next_dict_version;

    /* Output */
    char *out_buf;
    size_t out_len, out_cap;

    /* ---- pickling suspended state (pickle_state.c, repickle.c) */
    jg_dict *chan_ids;      /* channel -> its cluster-wide id, once it has one */
    jg_dict *chans_by_id;   /* cluster-wide id -> channel (local, or a stand-in) */
    uint64_t next_channel_id;
    jg_thread *mark_skip;   /* a thread jg_interp_mark_thread leaves alone */
    uint64_t repickle_every; /* repickle mode: round-trip every N steps (0: off) */
    uint64_t repickle_at;    /* step count of the next round trip */
    struct jg_tasklet *repickled; /* the tasklet the last round trip was of */
    uint64_t n_repickles;
    /* ---- hosting (embed.c) */
    jg_dict *host_tasklets; /* id -> tasklet, once a host drives the VM */
    bool missing_code;      /* the last failed load named unknown code: */
    uint8_t missing_hash[32]; /* this hash */
    /* pickle.PicklingError and pickle.UnpicklingError, once pickle.c first
     * needs them (NULL until then) */
    jg_type *pickling_error, *unpickling_error;
    /* Where the next pickle's output block starts (vm/pickle.c "The output"). */
    size_t pickle_out_hint;
};

/* ---------------------------------------------------------------- gc.c */

/* Allocates a zeroed object of 'size' bytes with its header set, or returns NULL
 * (the caller raises MemoryError: return jg_raise_nomem(vm)).  Never collects. */
JG_INTERNAL void *jg_gc_alloc(jg_vm *vm, jg_type *type, size_t size);
/* As jg_gc_alloc, but only the first 'zero' bytes (at least the header) are
 * certain to be zeroed: for objects that fill the rest themselves (str data). */
JG_INTERNAL void *jg_gc_alloc_prefix(jg_vm *vm, jg_type *type, size_t size, size_t zero);
/* Makes 'block', from malloc and larger than JG_HEAP_SMALL_MAX bytes, an
 * object of 'type' whose other fields the caller has set or sets now (a large
 * object the collector frees with free()), or returns NULL, leaving 'block'
 * the caller's. */
JG_INTERNAL void *jg_gc_adopt(jg_vm *vm, jg_type *type, void *block);
/* As jg_gc_alloc_prefix, for an object that owns no C memory yet: the
 * collector frees it without finalizing it (and without visiting it at all),
 * unless jg_gc_owns_memory is told it took some.  For containers whose
 * storage starts inside their own cell (dict.c, list.c), which zero only
 * their header. */
JG_INTERNAL void *jg_gc_alloc_plain(jg_vm *vm, jg_type *type, size_t size, size_t zero);
/* Flags in the gc word of an object of jg_gc_alloc_plain: made so, and
 * registered to be finalized. */
#define JG_GC_PLAIN ((uintptr_t)4)
#define JG_GC_OWNER ((uintptr_t)8)
JG_INTERNAL bool jg_gc_add_owner(jg_vm *vm, jg_obj *o);
/* 'o' now owns C memory: if jg_gc_alloc_plain made it, it is finalized when
 * it dies from now on (once registered, always; registering again is free).
 * False when out of memory (the caller must not take the memory). */
static inline bool jg_gc_owns_memory(jg_vm *vm, jg_obj *o)
{
    return (o->gc & (JG_GC_PLAIN | JG_GC_OWNER)) != JG_GC_PLAIN || jg_gc_add_owner(vm, o);
}
/* The bytes object 'obj' may use: its size rounded up to its heap cell. */
JG_INTERNAL size_t jg_gc_cell_size(const void *obj);
/* Accounts 'delta' bytes of C buffers (list items, dict tables) owned by objects,
 * so they count towards the next collection. */
JG_INTERNAL void jg_gc_account(jg_vm *vm, ptrdiff_t delta);
JG_INTERNAL void jg_gc_mark_value(jg_vm *vm, jg_value v);
JG_INTERNAL void jg_gc_mark_obj(jg_vm *vm, void *o); /* NULL is fine */
JG_INTERNAL void jg_gc_mark_values(jg_vm *vm, const jg_value *v, size_t n);
/* Runs a full collection now.  Only the interpreter calls it, at a safepoint. */
JG_INTERNAL void jg_gc_collect(jg_vm *vm);
/* Marks what the roots reach, except through 'skip' (marked, not traced)
 * and the frames of 'skip_thread': what else holds on to a tasklet's objects
 * (repickle.c).  Objects allocated before jg_gc_unmark_all are unmarked;
 * no collection may run in between. */
JG_INTERNAL void jg_gc_mark_live(jg_vm *vm, jg_obj *skip, jg_thread *skip_thread);
JG_INTERNAL bool jg_gc_is_marked(jg_vm *vm, const jg_obj *o);
JG_INTERNAL void jg_gc_unmark_all(jg_vm *vm);
JG_INTERNAL void jg_gc_free_all(jg_vm *vm);

/* malloc/realloc/free for C buffers owned by objects, with accounting and the
 * fault-injection hook; they return NULL on failure and never collect. */
JG_INTERNAL void *jg_mem_alloc(jg_vm *vm, size_t size);
JG_INTERNAL void *jg_mem_realloc(jg_vm *vm, void *p, size_t old_size, size_t new_size);
JG_INTERNAL void jg_mem_free(jg_vm *vm, void *p, size_t size);

/* ---------------------------------------------------------------- errors (exc.c) */

/* Raises a new 'type' exception with a printf-formatted message (one str arg).
 * Always returns JG_RAISED. */
JG_INTERNAL jg_status jg_raise(jg_vm *vm, jg_type *type, const char *fmt, ...) JG_PRINTF(3, 4);
/* Raises the exception object or class 'exc' (a class is instantiated with no args). */
JG_INTERNAL jg_status jg_raise_value(jg_vm *vm, jg_value exc);
JG_INTERNAL jg_status jg_raise_nomem(jg_vm *vm);
/* KeyError(key): the message is repr(key). */
JG_INTERNAL jg_status jg_raise_key_error(jg_vm *vm, jg_value key);
/* True when the pending exception vm->exc is an instance of 'type'. */
JG_INTERNAL bool jg_exc_matches(jg_vm *vm, jg_type *type);
JG_INTERNAL void jg_clear_exc(jg_vm *vm);
/* New exception instance of 'type' with 'args' (may be NULL for ()). */
JG_INTERNAL jg_status jg_exc_new(jg_vm *vm, jg_type *type, jg_tuple *args, jg_value *out);

/* ---------------------------------------------------------------- types (object.c) */

/* type(v) */
static inline jg_type *jg_typeof(jg_vm *vm, jg_value v)
{
    if (jg_is_obj(v))
        return jg_obj_of(v)->type;
    if (jg_is_float(v))
        return vm->t.float_;
    if (jg_is_int(v))
        return vm->t.int_;
    if (v == JG_NONE)
        return vm->t.NoneType;
    if (v == JG_TRUE || v == JG_FALSE)
        return vm->t.bool_;
    if (v == JG_NOTIMPLEMENTED)
        return vm->t.NotImplementedType;
    return vm->t.ellipsis;
}

/* Kind of v's layout family, following user subclasses to their built-in base. */
static inline jg_kind jg_kindof(jg_vm *vm, jg_value v)
{
    return jg_typeof(vm, v)->kind;
}

static inline bool jg_is_kind(jg_value v, jg_kind k)
{
    return jg_is_obj(v) && jg_obj_of(v)->type->kind == k;
}

/* isinstance-style check along the single-inheritance chain. */
JG_INTERNAL bool jg_type_is_subtype(const jg_type *t, const jg_type *base);
static inline bool jg_isinstance(jg_vm *vm, jg_value v, const jg_type *t)
{
    return jg_type_is_subtype(jg_typeof(vm, v), t);
}

/* True for int, bool and big ints. */
static inline bool jg_is_anyint(jg_vm *vm, jg_value v)
{
    return jg_is_int(v) || jg_is_bool(v) || (jg_is_obj(v) && jg_obj_of(v)->type->kind == JG_K_INT);
}

/* Creates a built-in type object (used by object.c at start-up and by modules
 * that add types, e.g. collections' native helpers). */
JG_INTERNAL jg_type *jg_type_new_builtin(jg_vm *vm, const char *name, jg_type *base, jg_kind kind,
                                         const jg_type_hooks *hooks);
/* Adds a native method 'name' to built-in type 't' (flags JG_NF_*). */
JG_INTERNAL jg_status jg_type_add_method(jg_vm *vm, jg_type *t, const char *name, jg_native_fn fn,
                                         uint32_t flags);
/* Sets attribute 'name' of built-in type 't' to 'v' (constants such as int.real are
 * properties made with jg_type_add_getter). */
JG_INTERNAL jg_status jg_type_set_attr(jg_vm *vm, jg_type *t, const char *name, jg_value v);
/* Adds a read-only attribute computed by 'fn' (called with args[0] = self). */
JG_INTERNAL jg_status jg_type_add_getter(jg_vm *vm, jg_type *t, const char *name, jg_native_fn fn);
/* As jg_type_add_getter, with 'set' called as set(self, value) on assignment. */
JG_INTERNAL jg_status jg_type_add_getset(jg_vm *vm, jg_type *t, const char *name,
                                         jg_native_fn get, jg_native_fn set);
/* New native function object (not bound); 'self' JG_NULL for plain functions. */
JG_INTERNAL jg_native *jg_native_new(jg_vm *vm, const char *name, jg_native_fn fn, jg_value self);
/* jg_type_lookup past the cache: walks the chain and fills entry 'e'. */
JG_INTERNAL jg_value jg_type_lookup_fill(jg_vm *vm, jg_type *t, jg_str *name,
                                         struct jg_lookup_entry *e);
/* Looks 'name' up along t's inheritance chain; JG_UNDEF when absent. */
static inline jg_value jg_type_lookup(jg_vm *vm, jg_type *t, jg_str *name)
{
    size_t i = ((t->version * 2654435761u) ^ ((uintptr_t)name >> 4)) &
               (JG_LOOKUP_CACHE_SIZE - 1);
    struct jg_lookup_entry *e = &vm->lookup_cache[i];
    if (__builtin_expect(e->version == t->version && e->name == name, 1))
        return e->value;
    return jg_type_lookup_fill(vm, t, name, e);
}

/* Argument parsing for natives.  'kwlist' names every parameter in order (NULL
 * terminated); the first 'n_required' are required; parameters at index >=
 * 'n_posmax' are keyword-only.  out[i] is JG_UNDEF for an absent optional.
 * Raises TypeError worded as CPython's ("split() takes at most 2 arguments
 * (3 given)", "'x' is an invalid keyword argument for split()"). */
JG_INTERNAL jg_status jg_args_parse(jg_vm *vm, const char *fname, jg_value *args, int nargs,
                                    jg_tuple *kwnames, const char *const *kwlist, int n_required,
                                    int n_posmax, jg_value *out);
/* Raises TypeError unless nargs is within [min, max] and there are no keywords. */
JG_INTERNAL jg_status jg_args_count(jg_vm *vm, const char *fname, int nargs, jg_tuple *kwnames,
                                    int min, int max);

/* Asks the interpreter to call 'callable' with 'args' in place of the native
 * that returns the JG_TAILCALL this returns. */
JG_INTERNAL jg_status jg_tailcall(jg_vm *vm, jg_value callable, const jg_value *args, int nargs,
                                  jg_tuple *kwnames);
/* Tail-calls the Python function 'name' of the prelude (vm/lib/_builtins.py). */
JG_INTERNAL jg_status jg_tailcall_prelude(jg_vm *vm, const char *name, const jg_value *args,
                                          int nargs, jg_tuple *kwnames);

/* ---------------------------------------------------------------- generic protocols (object.c)
 * Each returns JG_OK, JG_RAISED, or JG_NEEDS_PY when a Python-level method is
 * involved (nothing was changed; take the Python path). */

JG_INTERNAL jg_status jg_repr(jg_vm *vm, jg_value v, jg_str **out);
JG_INTERNAL jg_status jg_str_of(jg_vm *vm, jg_value v, jg_str **out); /* str(v) */
JG_INTERNAL jg_status jg_hash(jg_vm *vm, jg_value v, int64_t *out);
JG_INTERNAL jg_status jg_eq(jg_vm *vm, jg_value a, jg_value b, bool *out);
/* a op b for op in JG_CMP_EQ..JG_CMP_GTE (ast.h jg_cmpop); result any value */
JG_INTERNAL jg_status jg_compare(jg_vm *vm, jg_value a, jg_value b, int op, jg_value *out);
/* a < b as a C bool (sorting); TypeError "'<' not supported between instances of..." */
JG_INTERNAL jg_status jg_lt(jg_vm *vm, jg_value a, jg_value b, bool *out);
JG_INTERNAL jg_status jg_truth(jg_vm *vm, jg_value v, bool *out);
JG_INTERNAL jg_status jg_len(jg_vm *vm, jg_value v, int64_t *out);
JG_INTERNAL jg_status jg_getattr(jg_vm *vm, jg_value obj, jg_str *name, jg_value *out);
/* As jg_getattr but *out = JG_UNDEF instead of raising AttributeError. */
JG_INTERNAL jg_status jg_getattr_opt(jg_vm *vm, jg_value obj, jg_str *name, jg_value *out);
JG_INTERNAL jg_status jg_setattr(jg_vm *vm, jg_value obj, jg_str *name, jg_value v);
JG_INTERNAL jg_status jg_delattr(jg_vm *vm, jg_value obj, jg_str *name);
JG_INTERNAL jg_status jg_getitem(jg_vm *vm, jg_value obj, jg_value key, jg_value *out);
JG_INTERNAL jg_status jg_setitem(jg_vm *vm, jg_value obj, jg_value key, jg_value v);
JG_INTERNAL jg_status jg_delitem(jg_vm *vm, jg_value obj, jg_value key);
JG_INTERNAL jg_status jg_contains(jg_vm *vm, jg_value container, jg_value v, bool *out);
/* iter(v) */
JG_INTERNAL jg_status jg_get_iter(jg_vm *vm, jg_value v, jg_value *out);
/* next(it): *out = JG_UNDEF when exhausted (no StopIteration is raised). */
JG_INTERNAL jg_status jg_next(jg_vm *vm, jg_value it, jg_value *out);
/* Binary operator 'op' (ast.h jg_operator); inplace selects __iop__ first. */
JG_INTERNAL jg_status jg_binop(jg_vm *vm, int op, bool inplace, jg_value a, jg_value b,
                               jg_value *out);
/* Calls a native (never a Python function: those return JG_NEEDS_PY). */
JG_INTERNAL jg_status jg_call_native(jg_vm *vm, jg_value callable, jg_value *args, int nargs,
                                     jg_tuple *kwnames, jg_value *out);

/* Name of v's type, for messages: "'int' object is not subscriptable". */
static inline const char *jg_type_name(jg_vm *vm, jg_value v)
{
    return jg_typeof(vm, v)->name->data;
}

/* ---------------------------------------------------------------- str.c */

/* New str from 'len' bytes of valid UTF-8 (not checked; see jg_str_decode). */
JG_INTERNAL jg_str *jg_str_new(jg_vm *vm, const char *s, size_t len);
JG_INTERNAL jg_str *jg_str_from_cstr(jg_vm *vm, const char *s);
/* Checks UTF-8 and makes a str, or raises UnicodeDecodeError. */
JG_INTERNAL jg_status jg_str_decode(jg_vm *vm, const char *s, size_t len, jg_str **out);
/* The interned str with these bytes (same pointer for equal contents). */
JG_INTERNAL jg_str *jg_str_intern(jg_vm *vm, const char *s, size_t len);
JG_INTERNAL jg_str *jg_str_intern_cstr(jg_vm *vm, const char *s);
JG_INTERNAL int64_t jg_str_hash(jg_str *s);
JG_INTERNAL bool jg_str_eq(const jg_str *a, const jg_str *b);
JG_INTERNAL int jg_str_cmp(const jg_str *a, const jg_str *b); /* by code point */
JG_INTERNAL jg_str *jg_str_concat(jg_vm *vm, jg_str *a, jg_str *b);
/* repr() of a str: quotes and escapes exactly as CPython. */
JG_INTERNAL jg_str *jg_str_repr(jg_vm *vm, jg_str *s);
/* New bytes object holding a copy of 'len' bytes. */
JG_INTERNAL jg_bytes *jg_bytes_new(jg_vm *vm, const void *data, size_t len);
static inline jg_value jg_str_value(jg_str *s)
{
    return jg_obj_value(s);
}

/* ---------------------------------------------------------------- int.c / float.c */

/* An int value (small when it fits) from a C integer. */
JG_INTERNAL jg_value jg_int_from_i64(jg_vm *vm, int64_t i);
/* From decimal digit text (optional leading '-'); NULL-free, validated by caller. */
JG_INTERNAL jg_status jg_int_from_decimal(jg_vm *vm, const char *digits, jg_value *out);
/* From an mpz (copied), normalised to small when it fits. */
JG_INTERNAL jg_status jg_int_from_mpz(jg_vm *vm, const mpz_t z, jg_value *out);
/* Any int (small, big or bool) to int64; OverflowError when it does not fit,
 * TypeError when v is not an int. */
JG_INTERNAL jg_status jg_int_to_i64(jg_vm *vm, jg_value v, int64_t *out);
/* Loads any int value into 'z' (initialised by the caller). */
JG_INTERNAL void jg_int_to_mpz(jg_vm *vm, jg_value v, mpz_t z);
/* Arithmetic on ints (small, big, bool) when the inline fast path overflowed or
 * an operand is big: op is ast.h jg_operator.  Raises ZeroDivisionError etc. */
JG_INTERNAL jg_status jg_int_binop(jg_vm *vm, int op, jg_value a, jg_value b, jg_value *out);
JG_INTERNAL jg_status jg_float_binop(jg_vm *vm, int op, double a, double b, jg_value *out);
JG_INTERNAL int jg_int_compare(jg_vm *vm, jg_value a, jg_value b); /* -1, 0, 1 */
JG_INTERNAL int64_t jg_int_hash(jg_vm *vm, jg_value v);
JG_INTERNAL int64_t jg_float_hash(double d);
JG_INTERNAL jg_str *jg_int_repr(jg_vm *vm, jg_value v);
JG_INTERNAL jg_str *jg_float_repr_str(jg_vm *vm, double d);
/* float(v) for an int; OverflowError "int too large to convert to float". */
JG_INTERNAL jg_status jg_int_to_double(jg_vm *vm, jg_value v, double *out);

/* ---------------------------------------------------------------- containers */

/* tuple.c: items start as JG_NONE. */
JG_INTERNAL jg_tuple *jg_tuple_new(jg_vm *vm, size_t n);
JG_INTERNAL jg_tuple *jg_tuple_from(jg_vm *vm, const jg_value *items, size_t n);
/* list.c */
JG_INTERNAL jg_list *jg_list_new(jg_vm *vm, size_t cap);
JG_INTERNAL jg_status jg_list_append(jg_vm *vm, jg_list *l, jg_value v);
JG_INTERNAL jg_list *jg_list_from(jg_vm *vm, const jg_value *items, size_t n);
/* dict.c: get/set/del work for every key type whose hash and == are native;
 * a key whose __hash__/__eq__ is Python code gives JG_NEEDS_PY. */
JG_INTERNAL jg_dict *jg_dict_new(jg_vm *vm);
/* A dict with room for 'n' items before it grows (NULL when out of memory;
 * nothing raised). */
JG_INTERNAL jg_dict *jg_dict_new_sized(jg_vm *vm, uint32_t n);
JG_INTERNAL jg_status jg_dict_get(jg_vm *vm, jg_dict *d, jg_value key, jg_value *out,
                                  bool *found);
JG_INTERNAL jg_status jg_dict_set(jg_vm *vm, jg_dict *d, jg_value key, jg_value v);
JG_INTERNAL jg_status jg_dict_del(jg_vm *vm, jg_dict *d, jg_value key, bool *found);
/* Fast paths for interned-str keys (attribute and global names). */
JG_INTERNAL jg_value jg_dict_get_str(jg_dict *d, jg_str *key); /* JG_UNDEF when absent */
JG_INTERNAL jg_status jg_dict_set_str(jg_vm *vm, jg_dict *d, jg_str *key, jg_value v);
/* set.c */
JG_INTERNAL jg_set *jg_set_new(jg_vm *vm, jg_type *type /* set or frozenset */);
JG_INTERNAL jg_status jg_set_add(jg_vm *vm, jg_set *s, jg_value key);
JG_INTERNAL jg_status jg_set_contains(jg_vm *vm, jg_set *s, jg_value key, bool *out);

/* ---------------------------------------------------------------- modules (module.c)
 * A native module is a mod_<name>.c with an init function listed in
 * module.c's table: `jg_status jg_mod_<name>_init(jg_vm *vm, jg_module *m)` that
 * fills 'm' with jg_module_add_fn / jg_module_set.  A module may also have a
 * Python part, vm/lib/<name>.py; when both exist the Python part is run with
 * the native functions already in its namespace. */
JG_INTERNAL jg_status jg_module_add_fn(jg_vm *vm, jg_module *m, const char *name, jg_native_fn fn);
JG_INTERNAL jg_status jg_module_set(jg_vm *vm, jg_module *m, const char *name, jg_value v);

/* ---------------------------------------------------------------- output */

JG_INTERNAL void jg_write_out(jg_vm *vm, const char *s, size_t len);
JG_INTERNAL void jg_write_err(jg_vm *vm, const char *s, size_t len);
JG_INTERNAL void jg_flush_out(jg_vm *vm);

#endif
