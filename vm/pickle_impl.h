/*
 * vm/pickle_impl.h - the pickle writer and reader as the files that encode
 * values share them: pickle.c (plain values, the object table, the msgpack
 * layer), pickle_state.c (frames, generators, tasklets, channels) and
 * pickle_native.c (built-in iterators and other VM objects).
 *
 * Invariant: every ext a writer emits, except REF and LIVE, takes the next
 * object index when its encoding starts (jg_pw_new_index), and the reader
 * reserves indices in the same order, so REF(i) names the same object on both
 * sides.  Everything a reader makes from outside bytes is checked before use.
 */
#ifndef JG_PICKLE_IMPL_H
#define JG_PICKLE_IMPL_H

#include <msgpack.h>
#include <string.h>

#include "codeid.h"
#include "pickle.h"

/* Sizes of the storage a writer and a reader carry inline, so that a small
 * pickle needs no malloc at all (powers of two). */
#define JG_PW_BUF_INLINE 256
#define JG_PW_MEMO_INLINE 64
#define JG_PW_MARKED_INLINE 256
#define JG_PR_TABLE_INLINE 256
#define JG_PR_MADE_INLINE 8

typedef struct {
    jg_vm *vm;
    jg_type *perr;
    /* The output so far (data, size, alloc): sb.data is 'buf' below until the
     * pickle outgrows it, then in a malloc'd block (vm/pickle.c "The
     * output").  Write through the jg_pw_* functions or pk (whose callback
     * grows it), never msgpack_sbuffer_write. */
    msgpack_sbuffer sb;
    msgpack_packer pk;
    /* memo: object -> table index.  A small object keeps its index in its
     * gc word for the one dumps (vm/pickle.c "The memo"), and is listed in
     * 'marked' to be cleared at the end.  A large object's is in the table:
     * address -> index (open addressing, linear probing, Fibonacci hashing);
     * keys[i] == 0 is a free slot; cap == 0 until the first large object. */
    jg_obj **marked;          /* marked_inline until it grows */
    size_t n_marked, cap_marked;
    uintptr_t *keys;
    uint32_t *vals;
    size_t cap, used;
    unsigned memo_shift;      /* 64 - log2(cap) */
    uint32_t n_objs;
    int depth;
    jg_pickle_mode mode;
    bool raised;              /* a buffer failure already raised its error */
    /* Repickle: objects written as LIVE(i) and left in place (live[i]). */
    const jg_pickle_live *live;
    jg_value *live_out;
    uint32_t n_live_out, cap_live_out;
    /* Look-ups remembered for the one dumps (no Python code and no collection
     * run during it): the last globals' module, the last module's code registry
     * entry. */
    jg_dict *mod_globals;
    jg_module *mod_module;
    jg_codeid_cache codes;
    jg_obj *marked_inline[JG_PW_MARKED_INLINE];
    uintptr_t keys_inline[JG_PW_MEMO_INLINE];
    uint32_t vals_inline[JG_PW_MEMO_INLINE];
    char buf[JG_PW_BUF_INLINE];
} jg_pwriter;

typedef struct jg_pfixup jg_pfixup;

typedef struct {
    jg_vm *vm;
    jg_type *uerr;
    const uint8_t *p, *end; /* 'end' is the end of the innermost ext body */
    jg_value *table;        /* table_inline until it grows, then malloc'd */
    uint8_t *state;         /* per object: 0 done, 1 unfinished, 2 unfinished and referenced */
    uint32_t n, cap;
    uint32_t n_leaked;      /* unfinished tuples/frozensets reached through a REF */
    int depth;
    jg_pickle_mode mode;
    const jg_value *live;   /* repickle: the objects LIVE(i) names, else NULL */
    uint32_t n_live;
    /* Tasklets and channels read, checked and linked once the whole pickle is
     * read (pickle_state.c); made_inline until it grows. */
    jg_value *made;
    uint32_t n_made, cap_made;
    /* Repickle: the tasklet the pickle's tasklet is read into, and the
     * thread its frames are built on until they replace its own. */
    struct jg_tasklet *target, *new_thread_of;
    jg_thread new_thread;
    /* Generator frames placed in a chain (pickle_state.c). */
    const void **placed;
    size_t placed_n, placed_cap;
    /* The last module's code registry entry, remembered for the one loads. */
    jg_codeid_cache codes;
    /* Entries whose keys hash in Python, for the caller to insert once the
     * pickle is read (jg_pickle_loads_fix), or NULL: such a key is refused.
     * Each is a tuple (container, key, value); a set's value is itself. */
    jg_list **fixups;
    /* A frozenset waits for elements in the fixups: keys that could hold it
     * wait too (jg_pr_must_wait). */
    bool frozen_waiting;
    jg_value made_inline[JG_PR_MADE_INLINE];
    jg_value table_inline[JG_PR_TABLE_INLINE];
    uint8_t state_inline[JG_PR_TABLE_INLINE];
} jg_preader;

/* ---- writer */
/* Checks a msgpack-c return code (only running out of memory fails). */
JG_INTERNAL jg_status jg_pw_check(jg_pwriter *w, int rc);
/* Gives the object whose encoding starts now the next index ('o' NULL: an
 * object the reader makes but the writer never meets again). */
JG_INTERNAL jg_status jg_pw_new_index(jg_pwriter *w, const void *o);
/* Whether 'o' is already written (or left in place by a repickle). */
JG_INTERNAL bool jg_pw_written(jg_pwriter *w, const void *o);
/* Starts an ext 32 whose length jg_pw_end_ext patches; *at is its offset. */
JG_INTERNAL jg_status jg_pw_begin_ext(jg_pwriter *w, int type, size_t *at);
JG_INTERNAL void jg_pw_end_ext(jg_pwriter *w, size_t at);
/* Writes any value (REF when already written, LIVE when the repickle keeps it). */
JG_INTERNAL jg_status jg_pw_value(jg_pwriter *w, jg_value v);
JG_INTERNAL jg_status jg_pw_str_obj(jg_pwriter *w, jg_str *s);
/* A str written from C: it takes an index, as every str does. */
JG_INTERNAL jg_status jg_pw_cstr(jg_pwriter *w, const char *s);
/* CODE for 'c', which runs in module 'm' (registered for later loads). */
JG_INTERNAL jg_status jg_pw_code(jg_pwriter *w, jg_code *c, jg_module *m);
/* MODULE for 'm', named by the code hash of 'c', one of its code objects. */
JG_INTERNAL jg_status jg_pw_module(jg_pwriter *w, jg_module *m, jg_code *c);
/* A frame slot or stack entry: JG_UNDEF (an unbound local, LOAD_METHOD's
 * marker) is the empty ext UNDEF, which takes no object index; anything else
 * is a value.  jg_pw_slot_values writes 'n' of them one after the other. */
JG_INTERNAL jg_status jg_pw_slot(jg_pwriter *w, jg_value v);
JG_INTERNAL jg_status jg_pw_slot_values(jg_pwriter *w, const jg_value *v, size_t n);
/* A msgpack array of the values. */
JG_INTERNAL jg_status jg_pw_items(jg_pwriter *w, const jg_value *items, size_t n);
/* A DICT, or a SET / FROZENSET, ext of a container's entries; 'memo' is the
 * object the ext stands for in the memo (NULL: none, a subclass's content). */
JG_INTERNAL jg_status jg_pw_dict_ext(jg_pwriter *w, jg_dict *d, const void *memo);
JG_INTERNAL jg_status jg_pw_set_ext(jg_pwriter *w, jg_set *s, bool frozen, const void *memo);
JG_INTERNAL jg_status jg_pw_array(jg_pwriter *w, size_t n);
JG_INTERNAL jg_status jg_pw_int(jg_pwriter *w, int64_t i);
/* Makes room for 'need' more bytes of output, or raises (and remembers that
 * it did): the inline buffer moves to the heap, a heap buffer doubles; a
 * pickle past JG_PICKLE_MAX_SIZE fails here, before it is written whole. */
JG_INTERNAL bool jg_pw_grow(jg_pwriter *w, size_t need);
/* Where the next 'n' bytes go (the caller adds what it wrote to sb.size),
 * or NULL with the error raised. */
static inline uint8_t *jg_pw_room(jg_pwriter *w, size_t n)
{
    if (__builtin_expect(w->sb.alloc - w->sb.size < n, 0) && !jg_pw_grow(w, n))
        return NULL;
    return (uint8_t *)w->sb.data + w->sb.size;
}
/* Stores 'x' big-endian at 'p' (a raw field of an ext body). */
static inline void jg_pw_put_be32(uint8_t *p, uint32_t x)
{
    x = __builtin_bswap32(x);
    memcpy(p, &x, 4);
}
/* The module whose namespace is 'globals' (vm/codeid.h), or NULL; remembered
 * for the rest of the dumps. */
JG_INTERNAL jg_module *jg_pw_module_of_globals(jg_pwriter *w, jg_dict *globals);
/* PicklingError "cannot pickle 'T' object". */
JG_INTERNAL jg_status jg_pw_cant(jg_pwriter *w, jg_value v);
/* The objects pickle_state.c and pickle_native.c write (JG_NEEDS_PY: not theirs). */
JG_INTERNAL jg_status jg_pickle_write_state(jg_pwriter *w, jg_value v);
JG_INTERNAL jg_status jg_pickle_write_native(jg_pwriter *w, jg_value v);

/* ---- reader */
/* pickle.UnpicklingError with the reason. */
JG_INTERNAL jg_status jg_pr_fail(jg_preader *r, const char *fmt, ...) JG_PRINTF(2, 3);
JG_INTERNAL jg_status jg_pr_truncated(jg_preader *r);
/* Bytes left in the innermost ext body. */
JG_INTERNAL size_t jg_pr_left(jg_preader *r);
/* A msgpack array header inside an ext body of 'type'; *n fits what is left. */
JG_INTERNAL jg_status jg_pr_array_header(jg_preader *r, int type, uint32_t *n);
JG_INTERNAL jg_status jg_pr_value(jg_preader *r, jg_value *out);
/* What jg_pw_slot wrote: JG_UNDEF for the UNDEF ext, else a value. */
JG_INTERNAL jg_status jg_pr_slot(jg_preader *r, jg_value *out);
/* A value of 'kind' (else "expected <what>, found T"). */
JG_INTERNAL jg_status jg_pr_expect(jg_preader *r, jg_kind kind, const char *what, jg_value *out);
/* A small int in [lo, hi] (else "<what> out of range"). */
JG_INTERNAL jg_status jg_pr_int(jg_preader *r, int64_t lo, int64_t hi, const char *what,
                                int64_t *out);
/* A 32-byte code hash (bin). */
JG_INTERNAL jg_status jg_pr_hash(jg_preader *r, uint8_t hash[JG_CODE_HASH_BYTES]);
JG_INTERNAL jg_status jg_pr_unknown_hash(jg_preader *r, const uint8_t *h);
/* Reserves the next object index (its value JG_UNDEF until set). */
JG_INTERNAL jg_status jg_pr_reserve(jg_preader *r, uint32_t *idx);
/* Remembers a tasklet or channel for the checks after the whole read. */
JG_INTERNAL jg_status jg_pr_made(jg_preader *r, jg_value v);
/* The ext bodies pickle_state.c and pickle_native.c read; idx is the body's
 * object index (the reader sets r->table[idx] as soon as the object exists). */
JG_INTERNAL jg_status jg_pickle_read_state(jg_preader *r, int type, uint32_t idx, jg_value *out);
JG_INTERNAL jg_status jg_pickle_read_native(jg_preader *r, int type, uint32_t idx,
                                            jg_value *out);
/* Checks and links what jg_pr_made remembered, once everything is read. */
JG_INTERNAL jg_status jg_pickle_finish_state(jg_preader *r);

/* ---- the reader's fast paths, inlined where values are read in bulk */
#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* r->state of an object index: a tuple or frozenset is unfinished while its
 * items are read, and leaked once a REF reached it then (so no key may be
 * hashed until it is finished). */
enum { OBJ_DONE, OBJ_UNFINISHED, OBJ_LEAKED };

/* Object 'idx', unfinished till now, is complete. */
static inline void jg_pr_finish(jg_preader *r, uint32_t idx)
{
    if (r->state[idx] == OBJ_LEAKED)
        r->n_leaked--;
    r->state[idx] = OBJ_DONE;
}

static inline uint32_t jg_pr_be32(const uint8_t *p)
{
    uint32_t x;
    memcpy(&x, p, 4);
    return __builtin_bswap32(x);
}

static inline uint64_t jg_pr_be64(const uint8_t *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
    return __builtin_bswap64(x);
}

/* True when key 'k' must be inserted by the caller in Python rather than
 * now: once a frozenset waits for elements (r->frozen_waiting), any key that
 * could hold it - anything but a scalar, a str, bytes or an int - is hashed
 * only after the frozenset is complete (the fixups run in order). */
static inline bool jg_pr_must_wait(const jg_preader *r, jg_value k)
{
    if (LIKELY(!r->frozen_waiting) || !jg_is_obj(k))
        return false;
    const jg_type *t = jg_obj_of(k)->type;
    return t != r->vm->t.str && t != r->vm->t.bytes && t != r->vm->t.int_;
}

/* jg_pr_value for everything but its leaf cases: strs and exts (and every
 * error). */
JG_INTERNAL __attribute__((noinline)) jg_status jg_pr_value_rest(jg_preader *r, jg_value *out);

/* jg_pr_value (jg_pr_slot when 'slot'): the leaf cases - small ints, None,
 * bools, floats, a REF to a finished object, and for a slot the UNDEF ext -
 * return without calling anything (so without a stack frame).  'slot' is a
 * constant at every use. */
static inline __attribute__((always_inline)) jg_status jg_pr_leaf(jg_preader *r, jg_value *out,
                                                                 bool slot)
{
    const uint8_t *p = r->p;
    size_t have = (size_t)(r->end - p);
    if (LIKELY(have)) {
        uint8_t b = *p;
        if (b <= 0x7f) {
            r->p = p + 1;
            *out = jg_int(b);
            return JG_OK;
        }
        if (b >= 0xe0) {
            r->p = p + 1;
            *out = jg_int((int8_t)b);
            return JG_OK;
        }
        switch (b) {
        case 0xc0:
            r->p = p + 1;
            *out = JG_NONE;
            return JG_OK;
        case 0xc2:
            r->p = p + 1;
            *out = JG_FALSE;
            return JG_OK;
        case 0xc3:
            r->p = p + 1;
            *out = JG_TRUE;
            return JG_OK;
        case 0xcb:
            if (LIKELY(have >= 9)) {
                uint64_t bits = jg_pr_be64(p + 1);
                double d;
                memcpy(&d, &bits, 8);
                r->p = p + 9;
                *out = jg_float(d);
                return JG_OK;
            }
            break;
        case 0xd6: /* fixext 4: REF */
            if (LIKELY(have >= 6 && p[1] == JG_PX_REF)) {
                uint32_t idx = jg_pr_be32(p + 2);
                if (LIKELY(idx < r->n && r->table[idx] != JG_UNDEF &&
                           r->state[idx] != OBJ_UNFINISHED)) {
                    r->p = p + 6;
                    *out = r->table[idx];
                    return JG_OK;
                }
            }
            break;
        case 0xc7: /* ext 8: an empty one is UNDEF in a slot */
            if (slot && have >= 3 && p[1] == 0 && (int8_t)p[2] == JG_PX_UNDEF) {
                r->p = p + 3;
                *out = JG_UNDEF;
                return JG_OK;
            }
            break;
        case 0xd4: /* fixext 1 */
            if (slot && have >= 2 && (int8_t)p[1] == JG_PX_UNDEF)
                return jg_pr_fail(r, "malformed undefined value");
            break;
        default:
            break;
        }
    }
    return jg_pr_value_rest(r, out);
}

static inline __attribute__((always_inline)) jg_status jg_pr_value_fast(jg_preader *r,
                                                                       jg_value *out)
{
    return jg_pr_leaf(r, out, false);
}

static inline __attribute__((always_inline)) jg_status jg_pr_slot_fast(jg_preader *r,
                                                                      jg_value *out)
{
    return jg_pr_leaf(r, out, true);
}

/* ---- shared look-ups */
/* The builtins name of 'v' (a built-in function or type), or NULL. */
JG_INTERNAL jg_str *jg_pickle_builtin_name(jg_vm *vm, jg_value v);
/* The class a user class's qualname names from its module, or JG_UNDEF. */
JG_INTERNAL jg_value jg_pickle_find_class(jg_vm *vm, jg_str *module, jg_str *qualname);
/* What dotted 'qualname' names from namespace 'd' through classes, or
 * JG_UNDEF (a "<locals>" part never names anything). */
JG_INTERNAL jg_value jg_pickle_walk_qualname(jg_vm *vm, jg_dict *d, jg_str *qualname);
/* What namespace 'd' names by the qualname of code 'c' (as walk_qualname). */
JG_INTERNAL jg_value jg_pickle_named_function(jg_vm *vm, jg_dict *d, jg_code *c);

#endif
