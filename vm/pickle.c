/*
 * vm/pickle.c - the pickle writer and a hand-rolled bounded reader, for the
 * format of vm/PICKLE.md.
 *
 * Both number heap objects in the same order - when an object's encoding
 * starts - so a REF(i) written by one names the object the other made i-th.
 * The reader never trusts a length: each is checked against the bytes left
 * in the enclosing ext body before anything is allocated, so memory is linear
 * in the input; C recursion is bounded by JG_PICKLE_MAX_DEPTH on both sides.
 *
 * Speed: a round trip of a small graph allocates nothing but the objects it
 * makes.  The writer encodes msgpack itself into an output buffer and an
 * identity memo that both start inline in the writer (msgpack-c's packer is
 * kept for pickle_native.c, writing through the same buffer); the reader's
 * object table starts inline too.  Look-ups that repeat within one operation
 * (a frame's module, a module's code registry entry) are remembered for its
 * length, and the error classes once per VM.
 *
 * Invariant (reader): table[i] is JG_UNDEF until object i exists; an object
 * is entered in the table before its contents are read whenever it can be.
 */
#include <msgpack.h>
#include <stdlib.h>
#include <string.h>

#include "pickle_impl.h"
#include "class.h"
#include "codeid.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "heap.h"
#include "instance.h"
#include "interp.h"
#include "module.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"


/* ================================================================ error types */

jg_status jg_pickle_error_types(jg_vm *vm, jg_type **pickling, jg_type **unpickling)
{
    /* Found once per VM: the classes the module made at import, which stay
     * the ones pickle raises whatever the program rebinds (as in CPython's
     * _pickle, whose module state holds them). */
    if (LIKELY(vm->pickling_error && vm->unpickling_error)) {
        *pickling = vm->pickling_error;
        *unpickling = vm->unpickling_error;
        return JG_OK;
    }
    jg_str *name = jg_str_intern_cstr(vm, "pickle");
    if (!name)
        return jg_raise_nomem(vm);
    jg_module *m;
    jg_code *body;
    jg_status st = jg_import_begin(vm, name, &m, &body);
    if (st != JG_OK)
        return st;
    jg_value p = jg_dict_get_str(m->dict, jg_str_intern_cstr(vm, "PicklingError"));
    jg_value u = jg_dict_get_str(m->dict, jg_str_intern_cstr(vm, "UnpicklingError"));
    if (p == JG_UNDEF || u == JG_UNDEF || !jg_is_kind(p, JG_K_TYPE) || !jg_is_kind(u, JG_K_TYPE))
        return jg_raise(vm, vm->t.RuntimeError, "pickle module is broken");
    *pickling = vm->pickling_error = JG_AS(jg_type, p);
    *unpickling = vm->unpickling_error = JG_AS(jg_type, u);
    return JG_OK;
}

/* ================================================================ writer: output */

static inline void st16(uint8_t *p, uint32_t x)
{
    p[0] = (uint8_t)(x >> 8);
    p[1] = (uint8_t)x;
}

static inline void st64(uint8_t *p, uint64_t x)
{
    x = __builtin_bswap64(x);
    memcpy(p, &x, 8);
}

/*
 * The output.  A pickle starts in the writer's inline buffer.  One that
 * outgrows it moves to a malloc'd block with room for a bytes object's
 * header in front and its NUL behind, so that dumps ends by making the block
 * itself the bytes object (jg_gc_adopt) instead of copying the output into a
 * new one.  The block starts at the size of the last output that needed one,
 * so a program pickling similar values grows it rarely.
 */
#define OUT_HEAD offsetof(jg_bytes, data)
_Static_assert(JG_PICKLE_MAX_SIZE <= JG_MAX_STR_LEN, "every pickle fits a bytes object");
/* The largest start the last output suggests. */
#define OUT_HINT_MAX ((size_t)1 << 20)

__attribute__((noinline)) bool jg_pw_grow(jg_pwriter *w, size_t need)
{
    size_t size = w->sb.size;
    if (need > JG_PICKLE_MAX_SIZE || size + need > (size_t)JG_PICKLE_MAX_SIZE) {
        jg_raise(w->vm, w->perr, "pickle larger than %u bytes", (unsigned)JG_PICKLE_MAX_SIZE);
        w->raised = true;
        return false;
    }
    bool inline_buf = w->sb.data == w->buf;
    size_t ncap = w->sb.alloc * 2;
    if (inline_buf && ncap < w->vm->pickle_out_hint)
        ncap = w->vm->pickle_out_hint;
    while (ncap - size < need)
        ncap *= 2;
    char *block;
    if (inline_buf) {
        block = malloc(OUT_HEAD + ncap + 1);
        if (block)
            memcpy(block + OUT_HEAD, w->buf, size);
    } else {
        block = realloc(w->sb.data - OUT_HEAD, OUT_HEAD + ncap + 1);
    }
    if (!block) {
        jg_raise_nomem(w->vm);
        w->raised = true;
        return false;
    }
    w->sb.data = block + OUT_HEAD;
    w->sb.alloc = ncap;
    return true;
}

/* The output as a bytes object.  A block big enough to be a large object
 * becomes the object (the writer is back on its inline buffer); a smaller
 * output is copied into a heap cell. */
static jg_bytes *output_bytes(jg_pwriter *w)
{
    jg_vm *vm = w->vm;
    size_t len = w->sb.size;
    jg_bytes *b;
    if (w->sb.data == w->buf || OUT_HEAD + len + 1 <= JG_HEAP_SMALL_MAX) {
        /* jg_bytes_new without zeroing what the copy fills */
        size_t size = OUT_HEAD + len + 1;
        if (size < sizeof(jg_bytes))
            size = sizeof(jg_bytes);
        b = jg_gc_alloc_prefix(vm, vm->t.bytes, size, OUT_HEAD);
        if (!b)
            return NULL;
        memcpy(b->data, w->sb.data, len);
    } else {
        char *block = w->sb.data - OUT_HEAD;
        w->sb.data = w->buf;
        /* What a shrink would give back is worth a realloc only when it is
         * more than an eighth. */
        if (w->sb.alloc - len > len / 8) {
            char *smaller = realloc(block, OUT_HEAD + len + 1);
            if (smaller)
                block = smaller;
        }
        vm->pickle_out_hint = len < OUT_HINT_MAX ? len + len / 16 : OUT_HINT_MAX;
        b = jg_gc_adopt(vm, vm->t.bytes, block);
        if (!b) {
            free(block);
            return NULL;
        }
    }
    b->len = (uint32_t)len;
    b->hash = -1;
    b->data[len] = '\0';
    return b;
}

/* msgpack-c's packer (w->pk) writes through this. */
static int pk_write(void *data, const char *buf, size_t len)
{
    jg_pwriter *w = data;
    uint8_t *p = jg_pw_room(w, len);
    if (!p)
        return -1;
    memcpy(p, buf, len);
    w->sb.size += len;
    return 0;
}

jg_status jg_pw_check(jg_pwriter *w, int rc)
{
    if (LIKELY(rc == 0))
        return JG_OK;
    return w->raised ? JG_RAISED : jg_raise_nomem(w->vm);
}

/* The msgpack encodings, each the smallest form as msgpack-c's packer
 * chooses it (so the bytes do not depend on which of the two wrote them). */

static inline jg_status put_int(jg_pwriter *w, int64_t d)
{
    uint8_t *p = jg_pw_room(w, 9);
    if (UNLIKELY(!p))
        return JG_RAISED;
    size_t n;
    if (d >= -32 && d < 128) {
        p[0] = (uint8_t)d; /* positive or negative fixint */
        n = 1;
    } else if (d < 0) {
        if (d >= -128) {
            p[0] = 0xd0;
            p[1] = (uint8_t)d;
            n = 2;
        } else if (d >= -32768) {
            p[0] = 0xd1;
            st16(p + 1, (uint16_t)d);
            n = 3;
        } else if (d >= INT32_MIN) {
            p[0] = 0xd2;
            jg_pw_put_be32(p + 1, (uint32_t)d);
            n = 5;
        } else {
            p[0] = 0xd3;
            st64(p + 1, (uint64_t)d);
            n = 9;
        }
    } else if (d < 256) {
        p[0] = 0xcc;
        p[1] = (uint8_t)d;
        n = 2;
    } else if (d < 65536) {
        p[0] = 0xcd;
        st16(p + 1, (uint32_t)d);
        n = 3;
    } else if (d <= (int64_t)UINT32_MAX) {
        p[0] = 0xce;
        jg_pw_put_be32(p + 1, (uint32_t)d);
        n = 5;
    } else {
        p[0] = 0xcf;
        st64(p + 1, (uint64_t)d);
        n = 9;
    }
    w->sb.size += n;
    return JG_OK;
}

/* A float value's bits are the double's (value.h), so they are written as they are. */
static inline jg_status put_float_bits(jg_pwriter *w, uint64_t bits)
{
    uint8_t *p = jg_pw_room(w, 9);
    if (UNLIKELY(!p))
        return JG_RAISED;
    p[0] = 0xcb;
    st64(p + 1, bits);
    w->sb.size += 9;
    return JG_OK;
}

static inline jg_status put_byte(jg_pwriter *w, uint8_t b)
{
    uint8_t *p = jg_pw_room(w, 1);
    if (UNLIKELY(!p))
        return JG_RAISED;
    p[0] = b;
    w->sb.size++;
    return JG_OK;
}

/* An array (fix 0x90, 16, 32) or map (fix 0x80, 16, 32) header. */
static inline jg_status put_count(jg_pwriter *w, size_t n, uint8_t fix, uint8_t b16)
{
    uint8_t *p = jg_pw_room(w, 5);
    if (UNLIKELY(!p))
        return JG_RAISED;
    if (n < 16) {
        p[0] = (uint8_t)(fix | n);
        w->sb.size += 1;
    } else if (n < 65536) {
        p[0] = b16;
        st16(p + 1, (uint32_t)n);
        w->sb.size += 3;
    } else {
        p[0] = (uint8_t)(b16 + 1);
        jg_pw_put_be32(p + 1, (uint32_t)n);
        w->sb.size += 5;
    }
    return JG_OK;
}

static inline jg_status put_array(jg_pwriter *w, size_t n)
{
    return put_count(w, n, 0x90, 0xdc);
}

static inline jg_status put_map(jg_pwriter *w, size_t n)
{
    return put_count(w, n, 0x80, 0xde);
}

/* The header of a str (is_str) or bin of 'len' bytes into 'p' (room for 5
 * bytes); its length. */
static inline size_t text_header(uint8_t *p, bool is_str, size_t len)
{
    if (is_str && len < 32) {
        p[0] = (uint8_t)(0xa0 | len);
        return 1;
    }
    if (len < 256) {
        p[0] = is_str ? 0xd9 : 0xc4;
        p[1] = (uint8_t)len;
        return 2;
    }
    if (len < 65536) {
        p[0] = is_str ? 0xda : 0xc5;
        st16(p + 1, (uint32_t)len);
        return 3;
    }
    p[0] = is_str ? 0xdb : 0xc6;
    jg_pw_put_be32(p + 1, (uint32_t)len);
    return 5;
}

/* A str (is_str) or bin with its body. */
static inline jg_status put_text(jg_pwriter *w, bool is_str, const void *data, size_t len)
{
    uint8_t *p = jg_pw_room(w, len + 5);
    if (UNLIKELY(!p))
        return JG_RAISED;
    size_t h = text_header(p, is_str, len);
    memcpy(p + h, data, len);
    w->sb.size += h + len;
    return JG_OK;
}

/* An ext with its body ('len' bytes): fixext when the length allows. */
static jg_status put_ext(jg_pwriter *w, int type, const void *body, size_t len)
{
    uint8_t *p = jg_pw_room(w, len + 6);
    if (UNLIKELY(!p))
        return JG_RAISED;
    size_t h = 2;
    switch (len) {
    case 1:
        p[0] = 0xd4;
        break;
    case 2:
        p[0] = 0xd5;
        break;
    case 4:
        p[0] = 0xd6;
        break;
    case 8:
        p[0] = 0xd7;
        break;
    case 16:
        p[0] = 0xd8;
        break;
    default:
        if (len < 256) {
            p[0] = 0xc7;
            p[1] = (uint8_t)len;
            h = 3;
        } else if (len < 65536) {
            p[0] = 0xc8;
            st16(p + 1, (uint32_t)len);
            h = 4;
        } else {
            p[0] = 0xc9;
            jg_pw_put_be32(p + 1, (uint32_t)len);
            h = 6;
        }
        break;
    }
    p[h - 1] = (uint8_t)(int8_t)type;
    memcpy(p + h, body, len);
    w->sb.size += h + len;
    return JG_OK;
}

/* REF(idx) or LIVE(idx): fixext 4, the index big-endian. */
static inline jg_status put_index_ext(jg_pwriter *w, int type, uint32_t idx)
{
    uint8_t *p = jg_pw_room(w, 6);
    if (UNLIKELY(!p))
        return JG_RAISED;
    p[0] = 0xd6;
    p[1] = (uint8_t)type;
    jg_pw_put_be32(p + 2, idx);
    w->sb.size += 6;
    return JG_OK;
}

/* ================================================================ writer: memo */

/*
 * The memo.  Every object is looked up once per reference to it, and nearly
 * all are met once, so the look-up that fails is the common one.  A small
 * object (a cell of the heap's pages) keeps its index, plus one, in the upper
 * half of its gc word for the length of the dumps: the heap never uses a
 * small object's gc word, the collector keeps only flags in its low bits
 * (vm.h JG_GC_PLAIN, JG_GC_OWNER), and neither collection nor Python code
 * runs during a dumps.  Looking an object up is then reading the line the
 * writer reads for its type anyway, where a hash table costs a probe into a
 * table of its own that the round trip's other memory keeps evicting.  The
 * objects marked are listed and cleared when the dumps ends, whatever its
 * outcome.  A large object's gc word links the heap's list of large blocks:
 * those (code objects, big containers) go in the hash table, which is set up
 * only when the first comes.
 */
#define MEMO_SHIFT 32

static inline size_t memo_home(const jg_pwriter *w, uintptr_t k)
{
    return (size_t)(((uint64_t)k * 0x9E3779B97F4A7C15ull) >> w->memo_shift);
}

static bool memo_table_get(jg_pwriter *w, const void *o, uint32_t *idx)
{
    uintptr_t k = (uintptr_t)o;
    if (!w->cap)
        return false;
    size_t mask = w->cap - 1;
    for (size_t i = memo_home(w, k);; i = (i + 1) & mask) {
        uintptr_t have = w->keys[i];
        if (have == 0)
            return false;
        if (have == k) {
            *idx = w->vals[i];
            return true;
        }
    }
}

static inline bool memo_get(jg_pwriter *w, const void *o, uint32_t *idx)
{
    uintptr_t g = ((const jg_obj *)o)->gc;
    if (LIKELY(!(g & JG_HEAP_LARGE))) {
        if (!(g >> MEMO_SHIFT))
            return false;
        *idx = (uint32_t)(g >> MEMO_SHIFT) - 1;
        return true;
    }
    return memo_table_get(w, o, idx);
}

static jg_status memo_table_grow(jg_pwriter *w)
{
    if (!w->cap) {
        memset(w->keys_inline, 0, sizeof w->keys_inline);
        w->keys = w->keys_inline;
        w->vals = w->vals_inline;
        w->cap = JG_PW_MEMO_INLINE;
        w->memo_shift = 64 - (unsigned)__builtin_ctz(JG_PW_MEMO_INLINE);
        return JG_OK;
    }
    size_t ncap = w->cap * 2;
    uintptr_t *nk = calloc(ncap, sizeof *nk);
    uint32_t *nv = malloc(ncap * sizeof *nv);
    if (!nk || !nv) {
        free(nk);
        free(nv);
        return jg_raise_nomem(w->vm);
    }
    unsigned nshift = w->memo_shift - 1;
    for (size_t i = 0; i < w->cap; i++) {
        uintptr_t k = w->keys[i];
        if (!k)
            continue;
        size_t j = (size_t)(((uint64_t)k * 0x9E3779B97F4A7C15ull) >> nshift);
        while (nk[j])
            j = (j + 1) & (ncap - 1);
        nk[j] = k;
        nv[j] = w->vals[i];
    }
    if (w->keys != w->keys_inline) {
        free(w->keys);
        free(w->vals);
    }
    w->keys = nk;
    w->vals = nv;
    w->cap = ncap;
    w->memo_shift = nshift;
    return JG_OK;
}

static __attribute__((noinline)) jg_status memo_table_put(jg_pwriter *w, const void *o,
                                                          uint32_t idx)
{
    uintptr_t k = (uintptr_t)o;
    if ((w->used + 1) * 2 > w->cap && memo_table_grow(w) != JG_OK)
        return JG_RAISED;
    size_t mask = w->cap - 1, i;
    for (i = memo_home(w, k); w->keys[i]; i = (i + 1) & mask)
        ;
    w->keys[i] = k;
    w->vals[i] = idx;
    w->used++;
    return JG_OK;
}

static __attribute__((noinline)) jg_status marked_grow(jg_pwriter *w)
{
    size_t ncap = w->cap_marked * 2;
    bool was_inline = w->marked == w->marked_inline;
    jg_obj **n = realloc(was_inline ? NULL : w->marked, ncap * sizeof *n);
    if (!n)
        return jg_raise_nomem(w->vm);
    if (was_inline)
        memcpy(n, w->marked_inline, sizeof w->marked_inline);
    w->marked = n;
    w->cap_marked = ncap;
    return JG_OK;
}

static inline jg_status memo_put(jg_pwriter *w, const void *o, uint32_t idx)
{
    jg_obj *ob = (jg_obj *)o;
    if (UNLIKELY(ob->gc & JG_HEAP_LARGE))
        return memo_table_put(w, o, idx);
    if (UNLIKELY(w->n_marked == w->cap_marked) && marked_grow(w) != JG_OK)
        return JG_RAISED;
    ob->gc |= (uintptr_t)(idx + 1) << MEMO_SHIFT;
    w->marked[w->n_marked++] = ob;
    return JG_OK;
}

/* Clears the indices memo_put left in objects' gc words. */
static void memo_unmark(jg_pwriter *w)
{
    for (size_t i = 0; i < w->n_marked; i++)
        w->marked[i]->gc &= ((uintptr_t)1 << MEMO_SHIFT) - 1;
    if (w->marked != w->marked_inline)
        free(w->marked);
}

bool jg_pw_written(jg_pwriter *w, const void *o)
{
    uint32_t idx;
    return memo_get(w, o, &idx) || (w->live && w->live->is_live(w->live->ctx, (jg_obj *)o));
}

/* Gives the object whose encoding starts now the next index ('o' NULL: an
 * object the reader makes but the writer never meets again). */
static inline jg_status new_index(jg_pwriter *w, const void *o)
{
    uint32_t idx = w->n_objs++;
    return o ? memo_put(w, o, idx) : JG_OK;
}

jg_status jg_pw_new_index(jg_pwriter *w, const void *o)
{
    return new_index(w, o);
}

/* ================================================================ writer: values */

/* Starts an ext 32 whose length is patched by jg_pw_end_ext; *at is the header offset. */
jg_status jg_pw_begin_ext(jg_pwriter *w, int type, size_t *at)
{
    uint8_t *p = jg_pw_room(w, 6);
    if (UNLIKELY(!p))
        return JG_RAISED;
    *at = w->sb.size;
    p[0] = 0xc9;
    p[5] = (uint8_t)(int8_t)type;
    w->sb.size += 6;
    return JG_OK;
}

void jg_pw_end_ext(jg_pwriter *w, size_t at)
{
    jg_pw_put_be32((uint8_t *)w->sb.data + at + 1, (uint32_t)(w->sb.size - at - 6));
}

static inline jg_status pw_str_obj(jg_pwriter *w, jg_str *s)
{
    uint32_t idx;
    if (memo_get(w, s, &idx))
        return put_index_ext(w, JG_PX_REF, idx);
    jg_status st = new_index(w, s);
    if (UNLIKELY(st != JG_OK))
        return st;
    return put_text(w, true, s->data, s->len);
}

jg_status jg_pw_str_obj(jg_pwriter *w, jg_str *s)
{
    return pw_str_obj(w, s);
}

jg_status jg_pw_items(jg_pwriter *w, const jg_value *items, size_t n)
{
    jg_status st = put_array(w, n);
    for (size_t i = 0; st == JG_OK && i < n; i++)
        st = jg_pw_value(w, items[i]);
    return st;
}

jg_status jg_pw_array(jg_pwriter *w, size_t n)
{
    return put_array(w, n);
}

jg_status jg_pw_int(jg_pwriter *w, int64_t i)
{
    return put_int(w, i);
}

jg_status jg_pw_cstr(jg_pwriter *w, const char *s)
{
    jg_status st = new_index(w, NULL);
    if (st != JG_OK)
        return st;
    return put_text(w, true, s, strlen(s));
}

/* Repickle: writes LIVE(i) for an object left in place. */
static jg_status write_live(jg_pwriter *w, jg_value v)
{
    if (w->n_live_out == w->cap_live_out) {
        uint32_t ncap = w->cap_live_out ? w->cap_live_out * 2 : 16;
        jg_value *nl = realloc(w->live_out, ncap * sizeof *nl);
        if (!nl)
            return jg_raise_nomem(w->vm);
        w->live_out = nl;
        w->cap_live_out = ncap;
    }
    uint32_t i = w->n_live_out;
    w->live_out[w->n_live_out++] = v;
    jg_status st = new_index(w, jg_obj_of(v));
    if (st == JG_OK)
        st = put_index_ext(w, JG_PX_LIVE, i);
    return st;
}

jg_status jg_pw_cant(jg_pwriter *w, jg_value v)
{
    return jg_raise(w->vm, w->perr, "cannot pickle '%s' object", jg_type_name(w->vm, v));
}

/* The builtins name of 'v' (a built-in function or type), or NULL. */
jg_str *jg_pickle_builtin_name(jg_vm *vm, jg_value v)
{
    jg_dict *b = vm->builtins;
    for (uint32_t i = 0; i < b->n_entries; i++)
        if (b->entries[i].key != JG_UNDEF && b->entries[i].value == v &&
            jg_is_kind(b->entries[i].key, JG_K_STR))
            return JG_AS(jg_str, b->entries[i].key);
    return NULL;
}

jg_value jg_pickle_find_class(jg_vm *vm, jg_str *module, jg_str *qualname)
{
    jg_value mv;
    bool found;
    if (jg_dict_get(vm, vm->modules, jg_obj_value(module), &mv, &found) != JG_OK) {
        jg_clear_exc(vm);
        return JG_UNDEF;
    }
    if (!found || !jg_is_kind(mv, JG_K_MODULE))
        return JG_UNDEF;
    jg_value cur = jg_pickle_walk_qualname(vm, JG_AS(jg_module, mv)->dict, qualname);
    return jg_is_kind(cur, JG_K_TYPE) ? cur : JG_UNDEF;
}

jg_value jg_pickle_walk_qualname(jg_vm *vm, jg_dict *d, jg_str *qualname)
{
    if (memchr(qualname->data, '<', qualname->len))
        return JG_UNDEF;
    const char *p = qualname->data, *end = p + qualname->len;
    if (!memchr(p, '.', qualname->len)) /* the common case: a module-level name */
        return jg_dict_get_str(d, qualname);
    jg_value cur = JG_UNDEF;
    while (p <= end) {
        const char *dot = memchr(p, '.', (size_t)(end - p));
        size_t n = dot ? (size_t)(dot - p) : (size_t)(end - p);
        jg_str *part = jg_str_intern(vm, p, n);
        if (!part || !d)
            return JG_UNDEF;
        cur = jg_dict_get_str(d, part);
        if (cur == JG_UNDEF)
            return JG_UNDEF;
        d = jg_is_kind(cur, JG_K_TYPE) ? JG_AS(jg_type, cur)->dict : NULL;
        if (!dot)
            break;
        p = dot + 1;
    }
    return cur;
}

jg_value jg_pickle_named_function(jg_vm *vm, jg_dict *d, jg_code *c)
{
    /* A module-level function's qualname is its name: one interned str,
     * looked up once per change of the module (both ends of a pickle ask
     * for each frame). */
    if (c->qualname != c->name)
        return jg_pickle_walk_qualname(vm, d, c->qualname);
    if (c->named_version != d->version) {
        c->named_func = jg_dict_get_str(d, c->qualname);
        c->named_version = d->version;
    }
    return c->named_func;
}

static inline __attribute__((always_inline)) jg_status pw_value(jg_pwriter *w, jg_value v);

jg_module *jg_pw_module_of_globals(jg_pwriter *w, jg_dict *globals)
{
    if (globals == w->mod_globals)
        return w->mod_module;
    jg_module *m = jg_codeid_module_of_globals(w->vm, globals);
    if (m) {
        w->mod_globals = globals;
        w->mod_module = m;
    }
    return m;
}

jg_status jg_pw_code(jg_pwriter *w, jg_code *c, jg_module *m)
{
    uint32_t idx;
    if (memo_get(w, c, &idx))
        return put_index_ext(w, JG_PX_REF, idx);
    const uint8_t *hash;
    jg_status st = jg_code_module_hash(w->vm, c, &hash);
    if (st != JG_OK || (st = jg_codeid_register_code_cached(w->vm, m, c, &w->codes)) != JG_OK)
        return st;
    size_t at;
    if ((st = new_index(w, c)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_CODE, &at)) != JG_OK ||
        (st = put_array(w, 2)) != JG_OK || (st = new_index(w, NULL)) != JG_OK ||
        (st = put_text(w, false, hash, JG_CODE_HASH_BYTES)) != JG_OK ||
        (st = put_int(w, c->index)) != JG_OK)
        return st;
    jg_pw_end_ext(w, at);
    return JG_OK;
}

jg_status jg_pw_module(jg_pwriter *w, jg_module *m, jg_code *c)
{
    uint32_t idx;
    if (memo_get(w, m, &idx))
        return put_index_ext(w, JG_PX_REF, idx);
    size_t at;
    const uint8_t *hash;
    jg_status st;
    if ((st = jg_code_module_hash(w->vm, c, &hash)) != JG_OK || (st = new_index(w, m)) != JG_OK ||
        (st = jg_pw_begin_ext(w, JG_PX_MODULE, &at)) != JG_OK ||
        (st = put_array(w, 2)) != JG_OK || (st = pw_str_obj(w, m->name)) != JG_OK ||
        (st = new_index(w, NULL)) != JG_OK ||
        (st = put_text(w, false, hash, JG_CODE_HASH_BYTES)) != JG_OK)
        return st;
    jg_pw_end_ext(w, at);
    return JG_OK;
}

static jg_status write_func(jg_pwriter *w, jg_func *f)
{
    jg_vm *vm = w->vm;
    jg_code *c = f->code;
    if (!c->source)
        return jg_raise(vm, w->perr, "cannot pickle function '%s': its code has no source",
                        f->qualname->data);
    jg_module *m = jg_pw_module_of_globals(w, f->globals);
    if (!m)
        return jg_raise(vm, w->perr, "cannot pickle function '%s': its module is not loaded",
                        f->qualname->data);
    size_t at;
    jg_status st;
    if (jg_pickle_walk_qualname(vm, m->dict, f->qualname) == jg_obj_value(f)) {
        /* Its module names it: by reference, as CPython pickles functions -
         * the reading VM's function of the module with that code hash. */
        if ((st = jg_pw_begin_ext(w, JG_PX_FUNCREF, &at)) != JG_OK ||
            (st = put_array(w, 2)) != JG_OK || (st = jg_pw_module(w, m, c)) != JG_OK ||
            (st = pw_str_obj(w, f->qualname)) != JG_OK)
            return st;
        jg_pw_end_ext(w, at);
        return JG_OK;
    }
    if ((st = jg_pw_begin_ext(w, JG_PX_FUNCTION, &at)) != JG_OK || (st = put_array(w, 9)) != JG_OK ||
        (st = jg_pw_code(w, c, m)) != JG_OK || (st = jg_pw_module(w, m, c)) != JG_OK ||
        (st = pw_str_obj(w, f->name)) != JG_OK || (st = pw_str_obj(w, f->qualname)) != JG_OK)
        return st;
    jg_value parts[5] = {
        f->defaults ? jg_obj_value(f->defaults) : JG_NONE,
        f->kwdefaults ? jg_obj_value(f->kwdefaults) : JG_NONE,
        f->closure ? jg_obj_value(f->closure) : JG_NONE,
        f->attrs ? jg_obj_value(f->attrs) : JG_NONE,
        f->doc,
    };
    for (int i = 0; i < 5 && st == JG_OK; i++)
        st = pw_value(w, parts[i]);
    if (st == JG_OK)
        jg_pw_end_ext(w, at);
    return st;
}

/* A DICT ext of 'd''s entries, in insertion order; 'memo' is what the ext
 * stands for in the memo (NULL: nothing, as for a subclass's content). */
static inline __attribute__((always_inline)) jg_status dict_ext(jg_pwriter *w, jg_dict *d,
                                                                const void *memo)
{
    size_t at;
    jg_status st;
    if ((st = new_index(w, memo)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_DICT, &at)) != JG_OK ||
        (st = put_map(w, d->n_used)) != JG_OK)
        return st;
    for (uint32_t i = 0; i < d->n_entries; i++) {
        if (d->entries[i].key == JG_UNDEF)
            continue;
        if ((st = pw_value(w, d->entries[i].key)) != JG_OK ||
            (st = pw_value(w, d->entries[i].value)) != JG_OK)
            return st;
    }
    jg_pw_end_ext(w, at);
    return JG_OK;
}

jg_status jg_pw_dict_ext(jg_pwriter *w, jg_dict *d, const void *memo)
{
    return dict_ext(w, d, memo);
}

/* A set's table after its elements (vm/set.h): nil when it has none, else
 * its layout as a bin (which takes an object index, as every bin does) and
 * pop()'s finger. */
static jg_status set_table(jg_pwriter *w, jg_set *s)
{
    uint32_t size = jg_set_table_size(s), finger;
    if (!size)
        return put_byte(w, 0xc0);
    jg_status st = new_index(w, NULL);
    if (st != JG_OK)
        return st;
    uint8_t *p = jg_pw_room(w, (size_t)size + 5);
    if (UNLIKELY(!p))
        return JG_RAISED;
    size_t h = text_header(p, false, size);
    jg_set_layout(s, p + h, &finger);
    w->sb.size += h + size;
    return put_int(w, finger);
}

jg_status jg_pw_set_ext(jg_pwriter *w, jg_set *s, bool frozen, const void *memo)
{
    size_t at;
    jg_status st;
    if ((st = new_index(w, memo)) != JG_OK ||
        (st = jg_pw_begin_ext(w, frozen ? JG_PX_FROZENSET : JG_PX_SET, &at)) != JG_OK ||
        (st = put_array(w, s->used)) != JG_OK)
        return st;
    uint32_t pos = 0;
    jg_value key;
    while (st == JG_OK && jg_set_next(s, &pos, &key, NULL))
        st = jg_pw_value(w, key);
    if (st == JG_OK)
        st = set_table(w, s);
    if (st == JG_OK)
        jg_pw_end_ext(w, at);
    return st;
}

/* Writes an object not written before that write_obj does not: the kinds
 * other than str, tuple, list, dict and set, and the subclasses of those. */
static __attribute__((noinline)) jg_status write_other(jg_pwriter *w, jg_value v)
{
    jg_vm *vm = w->vm;
    jg_obj *o = jg_obj_of(v);
    jg_type *t = o->type;
    size_t at;
    jg_status st;
    switch (t->kind) {
    case JG_K_BYTES: {
        if (t != vm->t.bytes)
            break;
        jg_bytes *b = (jg_bytes *)o;
        if ((st = new_index(w, o)) != JG_OK)
            return st;
        return put_text(w, false, b->data, b->len);
    }
    case JG_K_INT: {
        if (t != vm->t.int_)
            break;
        jg_bigint *bi = (jg_bigint *)o;
        size_t n = (mpz_sizeinbase(bi->z, 2) + 7) / 8;
        unsigned char small[64];
        unsigned char *buf = n + 1 <= sizeof small ? small : malloc(n + 1);
        if (!buf)
            return jg_raise_nomem(vm);
        size_t got = 0;
        buf[0] = mpz_sgn(bi->z) < 0 ? 1 : 0;
        mpz_export(buf + 1, &got, 1, 1, 1, 0, bi->z);
        st = new_index(w, o);
        if (st == JG_OK)
            st = put_ext(w, JG_PX_BIGINT, buf, got + 1);
        if (buf != small)
            free(buf);
        return st;
    }
    case JG_K_RANGE: {
        jg_range *r = (jg_range *)o;
        jg_value parts[3] = {r->start, r->stop, r->step};
        if ((st = new_index(w, o)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_RANGE, &at)) != JG_OK ||
            (st = jg_pw_items(w, parts, 3)) != JG_OK)
            return st;
        jg_pw_end_ext(w, at);
        return JG_OK;
    }
    case JG_K_FUNC:
        if ((st = new_index(w, o)) != JG_OK)
            return st;
        return write_func(w, (jg_func *)o);
    case JG_K_CELL: {
        jg_cell *c = (jg_cell *)o;
        if ((st = new_index(w, o)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_CELL, &at)) != JG_OK)
            return st;
        st = c->ref == JG_UNDEF ? jg_pw_items(w, NULL, 0) : jg_pw_items(w, &c->ref, 1);
        if (st == JG_OK)
            jg_pw_end_ext(w, at);
        return st;
    }
    case JG_K_METHOD: {
        jg_method *m = (jg_method *)o;
        jg_value parts[2] = {m->func, m->self};
        if ((st = new_index(w, o)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_METHOD, &at)) != JG_OK ||
            (st = jg_pw_items(w, parts, 2)) != JG_OK)
            return st;
        jg_pw_end_ext(w, at);
        return JG_OK;
    }
    case JG_K_INSTANCE: {
        if (!(t->flags & JG_TF_USER))
            break;
        jg_dict *attrs;
        if ((st = jg_instance_dict(vm, (jg_instance *)o, &attrs)) != JG_OK)
            return st;
        if ((st = new_index(w, o)) != JG_OK ||
            (st = jg_pw_begin_ext(w, JG_PX_INSTANCE, &at)) != JG_OK ||
            (st = put_array(w, 2)) != JG_OK ||
            (st = jg_pw_value(w, jg_obj_value(t))) != JG_OK ||
            (st = jg_pw_value(w, jg_obj_value(attrs))) != JG_OK)
            return st;
        jg_pw_end_ext(w, at);
        return JG_OK;
    }
    case JG_K_TYPE: {
        jg_type *c = (jg_type *)o;
        if (!(c->flags & JG_TF_USER)) {
            jg_str *name = jg_pickle_builtin_name(vm, v);
            if (!name)
                break; /* pickle_native.c: a module's attribute, or refused */
            if ((st = new_index(w, o)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_BUILTIN, &at)) != JG_OK ||
                (st = jg_pw_str_obj(w, name)) != JG_OK)
                return st;
            jg_pw_end_ext(w, at);
            return JG_OK;
        }
        if (!c->module || jg_pickle_find_class(vm, c->module, c->name) != v) {
            /* Not reachable by name (defined in a function, being decorated,
             * rebound): written by value, its name, bases and namespace. */
            jg_tuple *bases = jg_tuple_new(vm, c->base && c->base != vm->t.object ? 1 : 0);
            if (!bases)
                return jg_raise_nomem(vm);
            if (bases->len)
                bases->items[0] = jg_obj_value(c->base);
            if ((st = new_index(w, o)) != JG_OK ||
                (st = jg_pw_begin_ext(w, JG_PX_CLASSDEF, &at)) != JG_OK ||
                (st = put_array(w, 3)) != JG_OK || (st = jg_pw_str_obj(w, c->name)) != JG_OK ||
                (st = jg_pw_value(w, jg_obj_value(bases))) != JG_OK ||
                (st = jg_pw_value(w, jg_obj_value(c->dict))) != JG_OK)
                return st;
            jg_pw_end_ext(w, at);
            return JG_OK;
        }
        if ((st = new_index(w, o)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_CLASS, &at)) != JG_OK ||
            (st = put_array(w, 2)) != JG_OK ||
            (st = jg_pw_str_obj(w, c->module)) != JG_OK || (st = jg_pw_str_obj(w, c->name)) != JG_OK)
            return st;
        jg_pw_end_ext(w, at);
        return JG_OK;
    }
    case JG_K_NATIVE: {
        jg_native *n = (jg_native *)o;
        jg_str *name = n->self == JG_NULL && !n->owner ? jg_pickle_builtin_name(vm, v) : NULL;
        if (!name)
            break; /* pickle_native.c: a bound method, a module's function, or refused */
        if ((st = new_index(w, o)) != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_BUILTIN, &at)) != JG_OK ||
            (st = jg_pw_str_obj(w, name)) != JG_OK)
            return st;
        jg_pw_end_ext(w, at);
        return JG_OK;
    }
    default:
        break;
    }
    st = jg_pickle_write_state(w, v);
    if (st == JG_NEEDS_PY)
        st = jg_pickle_write_native(w, v);
    if (st == JG_NEEDS_PY)
        return jg_pw_cant(w, v);
    return st;
}

/* Writes an object not written before (its memo look-up failed just now):
 * str, tuple, list, dict and set here, everything else in write_other, out
 * of line so that write_new, which this is inlined into, stays small. */
static jg_status write_obj(jg_pwriter *w, jg_value v)
{
    jg_vm *vm = w->vm;
    jg_obj *o = jg_obj_of(v);
    jg_type *t = o->type;
    size_t at;
    jg_status st;
    switch (t->kind) {
    case JG_K_STR: {
        if (t != vm->t.str)
            break;
        jg_str *s = (jg_str *)o;
        if ((st = new_index(w, o)) != JG_OK)
            return st;
        return put_text(w, true, s->data, s->len);
    }
    case JG_K_TUPLE:
    case JG_K_LIST: {
        bool is_tuple = t->kind == JG_K_TUPLE;
        if (t != (is_tuple ? vm->t.tuple : vm->t.list))
            break;
        /* (A list changes only through Python code, which never runs here.) */
        const jg_value *items = is_tuple ? ((jg_tuple *)o)->items : ((jg_list *)o)->items;
        size_t n = is_tuple ? ((jg_tuple *)o)->len : ((jg_list *)o)->len;
        if ((st = new_index(w, o)) != JG_OK ||
            (st = jg_pw_begin_ext(w, is_tuple ? JG_PX_TUPLE : JG_PX_LIST, &at)) != JG_OK ||
            (st = put_array(w, n)) != JG_OK)
            return st;
        for (size_t i = 0; i < n; i++)
            if ((st = pw_value(w, items[i])) != JG_OK)
                return st;
        jg_pw_end_ext(w, at);
        return JG_OK;
    }
    case JG_K_DICT: {
        if (t != vm->t.dict)
            break;
        return dict_ext(w, (jg_dict *)o, o);
    }
    case JG_K_SET: {
        if (t != vm->t.set && t != vm->t.frozenset)
            break;
        return jg_pw_set_ext(w, (jg_set *)o, t == vm->t.frozenset, o);
    }
    default:
        break;
    }
    return write_other(w, v);
}

/* NotImplemented and Ellipsis: BUILTIN by name. */
static jg_status write_singleton(jg_pwriter *w, jg_value v)
{
    size_t at;
    jg_str *name = jg_str_intern_cstr(w->vm, v == JG_ELLIPSIS ? "Ellipsis" : "NotImplemented");
    jg_status st = name ? new_index(w, NULL) : jg_raise_nomem(w->vm);
    if (st != JG_OK || (st = jg_pw_begin_ext(w, JG_PX_BUILTIN, &at)) != JG_OK ||
        (st = jg_pw_str_obj(w, name)) != JG_OK)
        return st;
    jg_pw_end_ext(w, at);
    return JG_OK;
}

/* An object the memo does not hold: LIVE, or written whole. */
static __attribute__((noinline)) jg_status write_new(jg_pwriter *w, jg_value v)
{
    if (UNLIKELY(w->live != NULL) && w->live->is_live(w->live->ctx, jg_obj_of(v)))
        return write_live(w, v);
    if (UNLIKELY(w->depth >= JG_PICKLE_MAX_DEPTH))
        return jg_raise(w->vm, w->vm->t.RecursionError,
                        "maximum recursion depth exceeded while pickling an object");
    w->depth++;
    jg_status st = write_obj(w, v);
    w->depth--;
    return st;
}

/* Scalars and REFs here; everything else in write_new. */
static inline __attribute__((always_inline)) jg_status pw_value(jg_pwriter *w, jg_value v)
{
    if (jg_is_obj(v)) {
        uint32_t idx;
        if (memo_get(w, jg_obj_of(v), &idx))
            return put_index_ext(w, JG_PX_REF, idx);
        return write_new(w, v);
    }
    if (jg_is_int(v))
        return put_int(w, jg_as_int(v));
    if (jg_is_float(v))
        return put_float_bits(w, v);
    switch (v) {
    case JG_NONE:
        return put_byte(w, 0xc0);
    case JG_FALSE:
        return put_byte(w, 0xc2);
    case JG_TRUE:
        return put_byte(w, 0xc3);
    case JG_NOTIMPLEMENTED:
    case JG_ELLIPSIS:
        return write_singleton(w, v);
    default:
        return jg_pw_cant(w, v);
    }
}

jg_status jg_pw_value(jg_pwriter *w, jg_value v)
{
    return pw_value(w, v);
}

static inline jg_status pw_slot(jg_pwriter *w, jg_value v)
{
    if (v == JG_UNDEF) {
        uint8_t *p = jg_pw_room(w, 3);
        if (UNLIKELY(!p))
            return JG_RAISED;
        p[0] = 0xc7; /* ext 8 of length 0 */
        p[1] = 0;
        p[2] = (uint8_t)JG_PX_UNDEF;
        w->sb.size += 3;
        return JG_OK;
    }
    return pw_value(w, v);
}

jg_status jg_pw_slot(jg_pwriter *w, jg_value v)
{
    return pw_slot(w, v);
}

jg_status jg_pw_slot_values(jg_pwriter *w, const jg_value *v, size_t n)
{
    jg_status st = JG_OK;
    for (size_t i = 0; i < n && st == JG_OK; i++)
        st = pw_slot(w, v[i]);
    return st;
}

jg_status jg_pickle_dumps(jg_vm *vm, jg_value v, jg_bytes **out)
{
    return jg_pickle_dumps_ex(vm, v, JG_PICKLE_COPY, NULL, out, NULL, NULL);
}

jg_status jg_pickle_dumps_ex(jg_vm *vm, jg_value v, jg_pickle_mode mode,
                             const jg_pickle_live *live, jg_bytes **out, jg_value **live_out,
                             uint32_t *n_live)
{
    jg_type *perr, *uerr;
    jg_status st = jg_pickle_error_types(vm, &perr, &uerr);
    if (st != JG_OK)
        return st;
    /* Only the fields before the inline storage start zeroed: the buffer
     * and the list of marked objects need none, the memo's table is zeroed
     * when its first entry comes. */
    jg_pwriter wr, *w = &wr;
    memset(w, 0, offsetof(jg_pwriter, marked_inline));
    w->vm = vm;
    w->perr = perr;
    w->mode = mode;
    w->live = live;
    w->sb.data = w->buf;
    w->sb.alloc = sizeof w->buf;
    msgpack_packer_init(&w->pk, w, pk_write);
    w->marked = w->marked_inline;
    w->cap_marked = JG_PW_MARKED_INLINE;
    uint8_t *p = jg_pw_room(w, 4);
    memcpy(p, JG_PICKLE_MAGIC, 4);
    w->sb.size += 4;
    if ((st = put_int(w, JG_PICKLE_FORMAT_VERSION)) == JG_OK &&
        (st = put_int(w, JG_COMPILER_VERSION)) == JG_OK)
        st = jg_pw_value(w, v);
    if (st == JG_OK && !(*out = output_bytes(w)))
        st = jg_raise_nomem(vm);
    memo_unmark(w);
    if (w->sb.data != w->buf)
        free(w->sb.data - OUT_HEAD);
    if (w->keys && w->keys != w->keys_inline) {
        free(w->keys);
        free(w->vals);
    }
    if (st == JG_OK && live_out) {
        *live_out = w->live_out;
        *n_live = w->n_live_out;
    } else {
        free(w->live_out);
    }
    return st;
}

/* ================================================================ reader */

jg_status jg_pr_fail(jg_preader *r, const char *fmt, ...)
{
    char msg[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return jg_raise(r->vm, r->uerr, "%s", msg);
}

jg_status jg_pr_truncated(jg_preader *r)
{
    return jg_pr_fail(r, "truncated data");
}

static inline size_t left(const jg_preader *r)
{
    return (size_t)(r->end - r->p);
}

size_t jg_pr_left(jg_preader *r)
{
    return left(r);
}

static uint64_t be(const uint8_t *p, int n)
{
    uint64_t x = 0;
    for (int i = 0; i < n; i++)
        x = (x << 8) | p[i];
    return x;
}


/* The object table outgrows its inline arrays (or the object limit). */
static __attribute__((noinline)) jg_status table_grow(jg_preader *r)
{
    if (r->n >= JG_PICKLE_MAX_OBJECTS)
        return jg_pr_fail(r, "more than %u objects", (unsigned)JG_PICKLE_MAX_OBJECTS);
    uint32_t ncap = r->cap * 2;
    jg_value *t = malloc(ncap * sizeof *t);
    uint8_t *s = malloc(ncap);
    if (!t || !s) {
        free(t);
        free(s);
        return jg_raise_nomem(r->vm);
    }
    memcpy(t, r->table, r->n * sizeof *t);
    memcpy(s, r->state, r->n);
    if (r->table != r->table_inline) {
        free(r->table);
        free(r->state);
    }
    r->table = t;
    r->state = s;
    r->cap = ncap;
    return JG_OK;
}

/* Reserves the next table index (its value JG_UNDEF until set).  The table's
 * capacity doubles from a power of two, so it is full exactly when the
 * object limit (a power of two) is reached. */
static inline jg_status reserve(jg_preader *r, uint32_t *idx)
{
    if (UNLIKELY(r->n == r->cap)) {
        jg_status st = table_grow(r);
        if (st != JG_OK)
            return st;
    }
    *idx = r->n++;
    r->table[*idx] = JG_UNDEF;
    r->state[*idx] = OBJ_DONE;
    return JG_OK;
}

jg_status jg_pr_reserve(jg_preader *r, uint32_t *idx)
{
    return reserve(r, idx);
}

/* A value about to be hashed (dict key, set element). */
static inline jg_status check_key(jg_preader *r)
{
    if (UNLIKELY(r->n_leaked))
        return jg_pr_fail(r, "unfinished tuple used as a key");
    return JG_OK;
}

/* An array (fix 0x90 / 0xdc / 0xdd) or map (0x80 / 0xde / 0xdf) header
 * inside an ext body of 'type'; its elements must fit what is left. */
static inline jg_status count_header(jg_preader *r, int type, bool map, uint32_t *n)
{
    *n = 0;
    if (UNLIKELY(!left(r)))
        return jg_pr_truncated(r);
    uint8_t b = *r->p, fix = map ? 0x80 : 0x90, b16 = map ? 0xde : 0xdc;
    size_t hl;
    if ((b & 0xf0) == fix) {
        *n = b & 0x0f;
        hl = 1;
    } else if (b == b16 || b == b16 + 1) {
        hl = b == b16 ? 3 : 5;
        if (left(r) < hl)
            return jg_pr_truncated(r);
        *n = (uint32_t)be(r->p + 1, (int)hl - 1);
    } else {
        return jg_pr_fail(r, map ? "ext type %d holds no map" : "ext type %d holds no array",
                          type);
    }
    r->p += hl;
    /* every element takes at least one byte, every entry two */
    if (*n > (map ? left(r) / 2 : left(r)))
        return jg_pr_truncated(r);
    return JG_OK;
}

static inline jg_status array_header(jg_preader *r, int type, uint32_t *n)
{
    return count_header(r, type, false, n);
}

jg_status jg_pr_array_header(jg_preader *r, int type, uint32_t *n)
{
    return array_header(r, type, n);
}

static jg_status read_map_header(jg_preader *r, int type, uint32_t *n)
{
    return count_header(r, type, true, n);
}


static __attribute__((noinline)) jg_status expected(jg_preader *r, const char *what, jg_value v)
{
    return jg_pr_fail(r, "expected %s, found %s", what, jg_type_name(r->vm, v));
}

jg_status jg_pr_expect(jg_preader *r, jg_kind kind, const char *what, jg_value *out)
{
    jg_status st = jg_pr_value_fast(r, out);
    if (LIKELY(st == JG_OK) && UNLIKELY(!jg_is_kind(*out, kind)))
        return expected(r, what, *out);
    return st;
}

/* An entry left for the caller to insert in Python (jg_pickle_loads_fix). */
static jg_status defer(jg_preader *r, jg_value container, jg_value key, jg_value value)
{
    jg_vm *vm = r->vm;
    if (!*r->fixups && !(*r->fixups = jg_list_new(vm, 0)))
        return jg_raise_nomem(vm);
    jg_tuple *t = jg_tuple_new(vm, 3);
    if (!t)
        return jg_raise_nomem(vm);
    t->items[0] = container;
    t->items[1] = key;
    t->items[2] = value;
    return jg_list_append(vm, *r->fixups, jg_obj_value(t));
}

jg_status jg_pr_int(jg_preader *r, int64_t lo, int64_t hi, const char *what, int64_t *out)
{
    jg_value v;
    jg_status st = jg_pr_value_fast(r, &v);
    if (st != JG_OK)
        return st;
    if (!jg_is_int(v) || jg_as_int(v) < lo || jg_as_int(v) > hi)
        return jg_pr_fail(r, "%s out of range", what);
    *out = jg_as_int(v);
    return JG_OK;
}

jg_status jg_pr_made(jg_preader *r, jg_value v)
{
    if (!r->made) {
        r->made = r->made_inline;
        r->cap_made = JG_PR_MADE_INLINE;
    }
    if (r->n_made == r->cap_made) {
        uint32_t ncap = r->cap_made * 2;
        jg_value *m = malloc(ncap * sizeof *m);
        if (!m)
            return jg_raise_nomem(r->vm);
        memcpy(m, r->made, r->n_made * sizeof *m);
        if (r->made != r->made_inline)
            free(r->made);
        r->made = m;
        r->cap_made = ncap;
    }
    r->made[r->n_made++] = v;
    return JG_OK;
}

/* A bin, taken in place: no bytes object is made (its table entry stays
 * JG_UNDEF, as no pickle a writer makes refers to it). */
static jg_status read_bin(jg_preader *r, const char *what, const uint8_t **data, uint32_t *len)
{
    const uint8_t *p = r->p;
    if (!left(r))
        return jg_pr_truncated(r);
    if (p[0] < 0xc4 || p[0] > 0xc6)
        return jg_pr_fail(r, "expected %s, found msgpack byte 0x%02x", what, p[0]);
    size_t n = (size_t)1 << (p[0] - 0xc4);
    if (left(r) < 1 + n)
        return jg_pr_truncated(r);
    uint64_t l = be(p + 1, (int)n);
    if (l > left(r) - 1 - n)
        return jg_pr_truncated(r);
    uint32_t idx;
    jg_status st = reserve(r, &idx);
    if (st != JG_OK)
        return st;
    *len = (uint32_t)l;
    *data = p + 1 + n;
    r->p = *data + l;
    return JG_OK;
}

jg_status jg_pr_hash(jg_preader *r, uint8_t hash[JG_CODE_HASH_BYTES])
{
    const uint8_t *h;
    uint32_t len;
    jg_status st = read_bin(r, "a code hash", &h, &len);
    if (st != JG_OK)
        return st;
    if (len != JG_CODE_HASH_BYTES)
        return jg_pr_fail(r, "code hash of %u bytes", (unsigned)len);
    memcpy(hash, h, JG_CODE_HASH_BYTES);
    return JG_OK;
}

jg_status jg_pr_unknown_hash(jg_preader *r, const uint8_t *h)
{
    char hex[17];
    for (int i = 0; i < 8; i++)
        snprintf(hex + 2 * i, 3, "%02x", h[i]);
    /* The host asks for this code and tries again (jg_vm_load_tasklet). */
    r->vm->missing_code = true;
    memcpy(r->vm->missing_hash, h, sizeof r->vm->missing_hash);
    return jg_pr_fail(r, "unknown code hash %s...", hex);
}

/* What set_table wrote after a set's n elements: *layout NULL for nil, else
 * the layout, checked to be one jg_set_place can take, and the finger. */
static jg_status read_set_table(jg_preader *r, uint32_t n, const uint8_t **layout,
                                uint32_t *size, int64_t *finger)
{
    *layout = NULL;
    if (left(r) && *r->p == 0xc0) {
        r->p++;
        return JG_OK;
    }
    jg_status st = read_bin(r, "a set table", layout, size);
    if (st != JG_OK)
        return st;
    if (*size < 8 || *size > (UINT32_C(1) << 31) || (*size & (*size - 1)))
        return jg_pr_fail(r, "set table of %u slots", *size);
    uint32_t keys = 0, empty = 0;
    for (uint32_t i = 0; i < *size; i++) {
        uint8_t b = (*layout)[i];
        if (b > JG_SET_SLOT_DUMMY)
            return jg_pr_fail(r, "set table slot %u is %u", i, b);
        keys += b == JG_SET_SLOT_KEY;
        empty += b == JG_SET_SLOT_EMPTY;
    }
    if (keys != n)
        return jg_pr_fail(r, "set table has slots for %u elements, not %u", keys, n);
    if (!empty)
        return jg_pr_fail(r, "set table has no empty slot");
    return jg_pr_int(r, 0, INT32_MAX, "set finger", finger);
}

/* SET and FROZENSET: the elements in iteration order, then the table they
 * came from.  The copy takes that table when every element's hash puts it
 * where it was (jg_set_place), so it iterates, pops and grows as the
 * original would; else the elements are added in order, and those of a set
 * whose hash needs Python wait for the caller. */
static jg_status read_set(jg_preader *r, int type, uint32_t idx, jg_value *out)
{
    jg_vm *vm = r->vm;
    uint32_t n;
    jg_status st = array_header(r, type, &n);
    if (st != JG_OK)
        return st;
    jg_set *s = jg_set_new(vm, type == JG_PX_SET ? vm->t.set : vm->t.frozenset);
    if (!s)
        return jg_raise_nomem(vm);
    r->table[idx] = *out = jg_obj_value(s);
    if (type == JG_PX_FROZENSET)
        r->state[idx] = OBJ_UNFINISHED;
    jg_value keys_inline[16], *keys = keys_inline;
    if (n > 16 && !(keys = malloc(n * sizeof *keys)))
        return jg_raise_nomem(vm);
    for (uint32_t i = 0; i < n && st == JG_OK; i++)
        if ((st = jg_pr_value(r, &keys[i])) == JG_OK)
            st = check_key(r);
    bool wait = false;
    for (uint32_t i = 0; i < n && st == JG_OK && !wait; i++)
        wait = jg_pr_must_wait(r, keys[i]);
    const uint8_t *layout;
    uint32_t size = 0;
    int64_t finger = 0;
    bool placed = false;
    if (st == JG_OK && (st = read_set_table(r, n, &layout, &size, &finger)) == JG_OK &&
        layout && !wait)
        st = jg_set_place(vm, s, layout, size, (uint32_t)finger, keys, &placed);
    /* Once one element needs Python, the later ones wait too: the caller
     * adds them in order.  A frozenset waiting so is complete only then. */
    bool deferring = false;
    for (uint32_t i = 0; i < n && st == JG_OK && !placed; i++) {
        st = deferring || jg_pr_must_wait(r, keys[i]) ? JG_NEEDS_PY : jg_set_add(vm, s, keys[i]);
        if (st == JG_NEEDS_PY && r->fixups) {
            deferring = true;
            r->frozen_waiting = r->frozen_waiting || type == JG_PX_FROZENSET;
            st = defer(r, *out, keys[i], *out);
        }
    }
    if (keys != keys_inline)
        free(keys);
    if (st != JG_OK)
        return st;
    s->hash = -1;
    jg_pr_finish(r, idx);
    return JG_OK;
}

static jg_status read_known_str(jg_preader *r, jg_str *known, const char *what, jg_value *out);

static jg_status read_ext_body(jg_preader *r, int type, uint32_t idx, jg_value *out)
{
    jg_vm *vm = r->vm;
    jg_status st;
    uint32_t n;
    switch (type) {
    case JG_PX_BIGINT: {
        size_t len = left(r);
        if (len < 2 || r->p[0] > 1 || r->p[1] == 0)
            return jg_pr_fail(r, "malformed big int");
        mpz_t z;
        mpz_init(z);
        mpz_import(z, len - 1, 1, 1, 1, 0, r->p + 1);
        if (r->p[0])
            mpz_neg(z, z);
        st = jg_int_from_mpz(vm, z, out);
        mpz_clear(z);
        r->p = r->end;
        if (st == JG_OK)
            r->table[idx] = *out; /* a REF may name it */
        return st;
    }
    case JG_PX_SET:
    case JG_PX_FROZENSET:
        return read_set(r, type, idx, out);
    case JG_PX_TUPLE:
    case JG_PX_LIST: {
        if ((st = array_header(r, type, &n)) != JG_OK)
            return st;
        jg_value item;
        if (type == JG_PX_TUPLE) {
            jg_tuple *t = jg_tuple_new(vm, n);
            if (!t)
                return jg_raise_nomem(vm);
            r->table[idx] = *out = jg_obj_value(t);
            r->state[idx] = OBJ_UNFINISHED;
            for (uint32_t i = 0; i < n; i++) {
                if ((st = jg_pr_value_fast(r, &item)) != JG_OK)
                    return st;
                t->items[i] = item;
            }
            t->hash = -1;
            jg_pr_finish(r, idx);
            return JG_OK;
        }
        jg_list *l = jg_list_new(vm, n);
        if (!l)
            return jg_raise_nomem(vm);
        r->table[idx] = *out = jg_obj_value(l);
        /* Filled in place: it has room for n items, and its length counts
         * only those read (what a REF inside it sees). */
        for (uint32_t i = 0; i < n; i++) {
            if ((st = jg_pr_value_fast(r, &item)) != JG_OK)
                return st;
            l->items[i] = item;
            l->len = i + 1;
        }
        return JG_OK;
    }
    case JG_PX_DICT: {
        if ((st = read_map_header(r, type, &n)) != JG_OK)
            return st;
        jg_dict *d = jg_dict_new_sized(vm, n);
        if (!d)
            return jg_raise_nomem(vm);
        r->table[idx] = *out = jg_obj_value(d);
        bool deferring = false;
        for (uint32_t i = 0; i < n; i++) {
            jg_value k, v;
            if ((st = jg_pr_value_fast(r, &k)) != JG_OK || (st = check_key(r)) != JG_OK ||
                (st = jg_pr_value_fast(r, &v)) != JG_OK)
                return st;
            /* Once one key needs Python, the later ones wait too: the
             * entries keep their order. */
            st = deferring || jg_pr_must_wait(r, k) ? JG_NEEDS_PY : jg_dict_fill(vm, d, k, v);
            if (st == JG_NEEDS_PY && r->fixups) {
                deferring = true;
                st = defer(r, *out, k, v);
            }
            if (st != JG_OK)
                return st;
        }
        return JG_OK;
    }
    case JG_PX_RANGE: {
        jg_value p[3];
        if ((st = array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 3)
            return jg_pr_fail(r, "range of %u parts", n);
        for (int i = 0; i < 3; i++) {
            if ((st = jg_pr_value(r, &p[i])) != JG_OK)
                return st;
            if (!jg_is_int(p[i]) && !(jg_is_obj(p[i]) && jg_obj_of(p[i])->type == vm->t.int_))
                return jg_pr_fail(r, "range bound is not an int");
        }
        if (p[2] == jg_int(0))
            return jg_pr_fail(r, "range step is zero");
        if ((st = jg_range_new(vm, p[0], p[1], p[2], out)) == JG_OK)
            r->table[idx] = *out;
        return st;
    }
    case JG_PX_MODULE: {
        jg_value name;
        uint8_t hash[JG_CODE_HASH_BYTES];
        jg_module *m;
        if ((st = array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return jg_pr_fail(r, "module reference of %u parts", n);
        if ((st = jg_pr_expect(r, JG_K_STR, "a module name", &name)) != JG_OK ||
            (st = jg_pr_hash(r, hash)) != JG_OK ||
            (st = jg_codeid_find_module_cached(vm, hash, &r->codes, &m)) != JG_OK)
            return st;
        if (!m)
            return jg_pr_unknown_hash(r, hash);
        if (!jg_str_eq(m->name, JG_AS(jg_str, name)))
            return jg_pr_fail(r, "module '%.60s' has different source", JG_AS(jg_str, name)->data);
        r->table[idx] = *out = jg_obj_value(m);
        return JG_OK;
    }
    case JG_PX_CODE: {
        jg_value iv;
        uint8_t hash[JG_CODE_HASH_BYTES];
        jg_code *c;
        jg_module *m;
        if ((st = array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return jg_pr_fail(r, "code reference of %u parts", n);
        if ((st = jg_pr_hash(r, hash)) != JG_OK || (st = jg_pr_value(r, &iv)) != JG_OK)
            return st;
        if (!jg_is_int(iv) || jg_as_int(iv) < 0 || jg_as_int(iv) > UINT32_MAX)
            return jg_pr_fail(r, "code index is not an index");
        if ((st = jg_codeid_find_code_cached(vm, hash, (uint32_t)jg_as_int(iv), &r->codes,
                                             &c)) != JG_OK)
            return st;
        if (!c) {
            if ((st = jg_codeid_find_module_cached(vm, hash, &r->codes, &m)) != JG_OK)
                return st;
            if (!m)
                return jg_pr_unknown_hash(r, hash);
            return jg_pr_fail(r, "module has no code object %u", (unsigned)jg_as_int(iv));
        }
        r->table[idx] = *out = jg_obj_value(c);
        return JG_OK;
    }
    case JG_PX_FUNCTION: {
        jg_value code, mod, name, qualname, parts[5];
        if ((st = array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 9)
            return jg_pr_fail(r, "function of %u parts", n);
        if ((st = jg_pr_expect(r, JG_K_CODE, "a code reference", &code)) != JG_OK ||
            (st = jg_pr_expect(r, JG_K_MODULE, "a module reference", &mod)) != JG_OK)
            return st;
        jg_code *c = JG_AS(jg_code, code);
        if ((st = read_known_str(r, c->name, "a function name", &name)) != JG_OK ||
            (st = read_known_str(r, c->qualname, "a function qualname", &qualname)) != JG_OK)
            return st;
        jg_func *f = jg_func_new(vm, c, JG_AS(jg_module, mod)->dict);
        if (!f)
            return jg_raise_nomem(vm);
        f->name = JG_AS(jg_str, name);
        f->qualname = JG_AS(jg_str, qualname);
        r->table[idx] = *out = jg_obj_value(f);
        for (int i = 0; i < 5; i++)
            if ((st = jg_pr_value(r, &parts[i])) != JG_OK)
                return st;
        if (parts[0] != JG_NONE && !jg_is_kind(parts[0], JG_K_TUPLE))
            return jg_pr_fail(r, "function defaults are not a tuple");
        if (parts[1] != JG_NONE && !jg_is_kind(parts[1], JG_K_DICT))
            return jg_pr_fail(r, "function keyword defaults are not a dict");
        if (parts[3] != JG_NONE && !jg_is_kind(parts[3], JG_K_DICT))
            return jg_pr_fail(r, "function attributes are not a dict");
        uint32_t n_cl = 0;
        if (parts[2] != JG_NONE) {
            if (!jg_is_kind(parts[2], JG_K_TUPLE))
                return jg_pr_fail(r, "function closure is not a tuple");
            jg_tuple *cl = JG_AS(jg_tuple, parts[2]);
            n_cl = cl->len;
            for (uint32_t i = 0; i < n_cl; i++)
                if (!jg_is_kind(cl->items[i], JG_K_CELL))
                    return jg_pr_fail(r, "function closure holds a non-cell");
        }
        if (n_cl != c->n_frees)
            return jg_pr_fail(r, "function closure has %u cells, its code %u", n_cl, c->n_frees);
        f->defaults = parts[0] == JG_NONE ? NULL : JG_AS(jg_tuple, parts[0]);
        f->kwdefaults = parts[1] == JG_NONE ? NULL : JG_AS(jg_dict, parts[1]);
        f->closure = parts[2] == JG_NONE ? NULL : JG_AS(jg_tuple, parts[2]);
        f->attrs = parts[3] == JG_NONE ? NULL : JG_AS(jg_dict, parts[3]);
        f->doc = parts[4];
        return JG_OK;
    }
    case JG_PX_CLASS: {
        jg_value mod, qual;
        if ((st = array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return jg_pr_fail(r, "class reference of %u parts", n);
        if ((st = jg_pr_expect(r, JG_K_STR, "a module name", &mod)) != JG_OK ||
            (st = jg_pr_expect(r, JG_K_STR, "a class name", &qual)) != JG_OK)
            return st;
        jg_value c = jg_pickle_find_class(vm, JG_AS(jg_str, mod), JG_AS(jg_str, qual));
        if (c == JG_UNDEF)
            return jg_pr_fail(r, "Can't get attribute '%.60s' on module '%.60s'",
                        JG_AS(jg_str, qual)->data, JG_AS(jg_str, mod)->data);
        r->table[idx] = *out = c;
        return JG_OK;
    }
    case JG_PX_FUNCREF: {
        jg_value mod, qual;
        if ((st = array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return jg_pr_fail(r, "function reference of %u parts", n);
        if ((st = jg_pr_expect(r, JG_K_MODULE, "a module reference", &mod)) != JG_OK ||
            (st = jg_pr_expect(r, JG_K_STR, "a function qualname", &qual)) != JG_OK)
            return st;
        jg_value f = jg_pickle_walk_qualname(vm, JG_AS(jg_module, mod)->dict, JG_AS(jg_str, qual));
        if (!jg_is_kind(f, JG_K_FUNC))
            return jg_pr_fail(r, "module '%.60s' has no function '%.60s'",
                              JG_AS(jg_module, mod)->name->data, JG_AS(jg_str, qual)->data);
        r->table[idx] = *out = f;
        return JG_OK;
    }
    case JG_PX_CLASSDEF: {
        jg_value name, bases, ns;
        if ((st = array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 3)
            return jg_pr_fail(r, "class of %u parts", n);
        if ((st = jg_pr_expect(r, JG_K_STR, "a class name", &name)) != JG_OK ||
            (st = jg_pr_expect(r, JG_K_TUPLE, "class bases", &bases)) != JG_OK ||
            (st = jg_pr_expect(r, JG_K_DICT, "a class namespace", &ns)) != JG_OK)
            return st;
        jg_tuple *bt = JG_AS(jg_tuple, bases);
        for (uint32_t i = 0; i < bt->len; i++)
            if (!jg_is_kind(bt->items[i], JG_K_TYPE))
                return jg_pr_fail(r, "a class base is not a class");
        if ((st = jg_class_new(vm, JG_AS(jg_str, name), bt, JG_AS(jg_dict, ns), out)) != JG_OK)
            return st == JG_NEEDS_PY ? jg_pr_fail(r, "the class needs Python code to make") : st;
        r->table[idx] = *out;
        return JG_OK;
    }
    case JG_PX_INSTANCE: {
        jg_value cls, attrs;
        if ((st = array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return jg_pr_fail(r, "instance of %u parts", n);
        if ((st = jg_pr_expect(r, JG_K_TYPE, "a class", &cls)) != JG_OK)
            return st;
        jg_type *t = JG_AS(jg_type, cls);
        if (!(t->flags & JG_TF_USER) || t->kind != JG_K_INSTANCE)
            return jg_pr_fail(r, "instance of a class that is not a plain user class");
        jg_instance *inst = jg_instance_new(vm, t);
        if (!inst)
            return jg_raise_nomem(vm);
        r->table[idx] = *out = jg_obj_value(inst);
        if ((st = jg_pr_expect(r, JG_K_DICT, "an attribute dict", &attrs)) != JG_OK)
            return st;
        jg_dict *d = JG_AS(jg_dict, attrs);
        uint32_t pos = 0;
        jg_value k, v;
        int64_t kh;
        while (jg_dict_next(d, &pos, &k, &v, &kh)) {
            if (!jg_is_kind(k, JG_K_STR))
                return jg_pr_fail(r, "instance attribute name is not a str");
            jg_str *name = JG_AS(jg_str, k);
            name = name->is_interned ? name : jg_str_intern(vm, name->data, name->len);
            if (!name)
                return jg_raise_nomem(vm);
            if ((st = jg_instance_set(vm, inst, name, v)) != JG_OK)
                return st;
        }
        return JG_OK;
    }
    case JG_PX_METHOD: {
        jg_value p[2];
        if ((st = array_header(r, type, &n)) != JG_OK)
            return st;
        if (n != 2)
            return jg_pr_fail(r, "method of %u parts", n);
        if ((st = jg_pr_value(r, &p[0])) != JG_OK || (st = jg_pr_value(r, &p[1])) != JG_OK)
            return st;
        if (!jg_is_kind(p[0], JG_K_FUNC) && !jg_is_kind(p[0], JG_K_NATIVE))
            return jg_pr_fail(r, "method of a non-function");
        if ((st = jg_method_new(vm, p[0], p[1], out)) == JG_OK)
            r->table[idx] = *out;
        return st;
    }
    case JG_PX_CELL: {
        if ((st = array_header(r, type, &n)) != JG_OK)
            return st;
        if (n > 1)
            return jg_pr_fail(r, "cell of %u values", n);
        jg_cell *c = jg_cell_new(vm, JG_UNDEF);
        if (!c)
            return jg_raise_nomem(vm);
        r->table[idx] = *out = jg_obj_value(c);
        if (n == 1) {
            jg_value v;
            if ((st = jg_pr_value(r, &v)) != JG_OK)
                return st;
            c->ref = v;
        }
        return JG_OK;
    }
    case JG_PX_BUILTIN: {
        jg_value name;
        if ((st = jg_pr_expect(r, JG_K_STR, "a built-in name", &name)) != JG_OK)
            return st;
        jg_str *s = JG_AS(jg_str, name);
        jg_str *key = jg_str_intern(vm, s->data, s->len);
        if (!key)
            return jg_raise_nomem(vm);
        jg_value v = jg_dict_get_str(vm->builtins, key);
        if (v == JG_UNDEF || !(v == JG_NOTIMPLEMENTED || v == JG_ELLIPSIS ||
                               jg_is_kind(v, JG_K_NATIVE) || jg_is_kind(v, JG_K_TYPE)))
            return jg_pr_fail(r, "no built-in '%.60s'", s->data);
        r->table[idx] = *out = v;
        return JG_OK;
    }
    case JG_PX_GENERATOR:
    case JG_PX_FRAME:
    case JG_PX_TASKLET:
    case JG_PX_CHANNEL:
    case JG_PX_CHANNEL_REF:
        return jg_pickle_read_state(r, type, idx, out);
    case JG_PX_NATIVE:
        return jg_pickle_read_native(r, type, idx, out);
    case JG_PX_UNDEF:
        return jg_pr_fail(r, "undefined value outside a frame");
    default:
        return jg_pr_fail(r, "unknown ext type %d", type);
    }
}

static inline jg_status read_ref(jg_preader *r, uint32_t idx, jg_value *out)
{
    if (UNLIKELY(idx >= r->n))
        return jg_pr_fail(r, "reference to object %u before it exists", idx);
    if (UNLIKELY(r->table[idx] == JG_UNDEF))
        return jg_pr_fail(r, "reference to object %u before it is made", idx);
    if (r->state[idx] == OBJ_UNFINISHED) {
        r->state[idx] = OBJ_LEAKED;
        r->n_leaked++;
    }
    *out = r->table[idx];
    return JG_OK;
}

/* An ext of 'type' whose body, 'len' bytes, starts at r->p. */
static jg_status read_ext(jg_preader *r, int type, size_t len, jg_value *out)
{
    if (UNLIKELY(len > left(r)))
        return jg_pr_truncated(r);
    const uint8_t *body_end = r->p + len, *outer_end = r->end;
    if (type == JG_PX_REF) {
        if (len != 4)
            return jg_pr_fail(r, "REF body is %zu bytes, not 4", len);
        uint32_t idx = jg_pr_be32(r->p);
        r->p += 4;
        return read_ref(r, idx, out);
    }
    if (type == JG_PX_LIVE) {
        if (!r->live)
            return jg_pr_fail(r, "live object reference outside a repickle");
        if (len != 4)
            return jg_pr_fail(r, "LIVE body is %zu bytes, not 4", len);
        uint32_t i = jg_pr_be32(r->p), idx;
        r->p += 4;
        if (i >= r->n_live)
            return jg_pr_fail(r, "live object %u out of range", i);
        jg_status st = reserve(r, &idx);
        if (st == JG_OK)
            r->table[idx] = *out = r->live[i];
        return st;
    }
    if (type < 0)
        return jg_pr_fail(r, "unknown ext type %d", type);
    uint32_t idx;
    jg_status st = reserve(r, &idx);
    if (st != JG_OK)
        return st;
    if (UNLIKELY(r->depth >= JG_PICKLE_MAX_DEPTH))
        return jg_pr_fail(r, "nesting deeper than %d", JG_PICKLE_MAX_DEPTH);
    r->depth++;
    r->end = body_end;
    st = read_ext_body(r, type, idx, out);
    r->end = outer_end;
    r->depth--;
    if (st != JG_OK)
        return st;
    if (UNLIKELY(r->p != body_end))
        return jg_pr_fail(r, "ext type %d body is %zu bytes, its contents %zu", type, len,
                          (size_t)(r->p - (body_end - len)));
    return JG_OK;
}

static inline bool all_ascii(const uint8_t *s, size_t n)
{
    uint64_t acc = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        acc |= x;
    }
    for (; i < n; i++)
        acc |= s[i];
    return !(acc & 0x8080808080808080ull);
}

/* A str of 'len' bytes at r->p (len fits what is left). */
static jg_status read_str(jg_preader *r, size_t len, jg_value *out)
{
    jg_vm *vm = r->vm;
    uint32_t idx;
    jg_status st = reserve(r, &idx);
    if (UNLIKELY(st != JG_OK))
        return st;
    const uint8_t *s = r->p;
    jg_str *str;
    if (LIKELY(all_ascii(s, len))) {
        str = jg_str_alloc(vm, len, len);
        if (!str)
            return jg_raise_nomem(vm);
        memcpy(str->data, s, len);
    } else {
        st = jg_str_decode(vm, (const char *)s, len, &str);
        if (st != JG_OK) {
            if (st == JG_RAISED && jg_exc_matches(vm, vm->t.UnicodeDecodeError)) {
                jg_clear_exc(vm);
                return jg_pr_fail(r, "invalid UTF-8 in str");
            }
            return st;
        }
    }
    r->p = s + len;
    r->table[idx] = *out = jg_obj_value(str);
    return JG_OK;
}

/* A str that is most likely 'known' (a function's name is its code's): when
 * its bytes are known's, 'known' itself is the value, and nothing is made. */
static jg_status read_known_str(jg_preader *r, jg_str *known, const char *what, jg_value *out)
{
    const uint8_t *p = r->p;
    size_t n = known->len;
    if (n < 32 && left(r) > n && p[0] == (0xa0 | n) && memcmp(p + 1, known->data, n) == 0) {
        uint32_t idx;
        jg_status st = reserve(r, &idx);
        if (st != JG_OK)
            return st;
        r->p = p + 1 + n;
        r->table[idx] = *out = jg_obj_value(known);
        return JG_OK;
    }
    return jg_pr_expect(r, JG_K_STR, what, out);
}

/* jg_pr_value past its fast paths; 'b' is the first byte, already consumed. */
static __attribute__((noinline)) jg_status read_value_slow(jg_preader *r, uint8_t b,
                                                           jg_value *out)
{
    jg_vm *vm = r->vm;
    size_t len = 0;
    int type = 0;
    switch (b) {
    case 0xca:
    case 0xcb: {
        int n = b == 0xca ? 4 : 8;
        if (left(r) < (size_t)n)
            return jg_pr_truncated(r);
        uint64_t bits = be(r->p, n);
        r->p += n;
        double d;
        if (n == 4) {
            uint32_t b32 = (uint32_t)bits;
            float f;
            memcpy(&f, &b32, 4);
            d = f;
        } else {
            memcpy(&d, &bits, 8);
        }
        *out = jg_float(d);
        return JG_OK;
    }
    case 0xcc:
    case 0xcd:
    case 0xce:
    case 0xcf:
    case 0xd0:
    case 0xd1:
    case 0xd2:
    case 0xd3: {
        int n = 1 << ((b - 0xcc) & 3);
        if (left(r) < (size_t)n)
            return jg_pr_truncated(r);
        uint64_t x = be(r->p, n);
        r->p += n;
        if (b >= 0xd0) {
            int64_t s = n == 8 ? (int64_t)x : (int64_t)(x << (64 - 8 * n)) >> (64 - 8 * n);
            *out = jg_int_fits(s) ? jg_int(s) : jg_int_from_i64(vm, s);
            return JG_OK;
        }
        if (x <= (uint64_t)JG_SMALL_MAX) {
            *out = jg_int((int64_t)x);
            return JG_OK;
        }
        if (x <= (uint64_t)INT64_MAX) {
            *out = jg_int_from_i64(vm, (int64_t)x);
            return JG_OK;
        }
        mpz_t z;
        mpz_init(z);
        mpz_import(z, 1, 1, sizeof x, 0, 0, &x);
        jg_status st = jg_int_from_mpz(vm, z, out);
        mpz_clear(z);
        return st;
    }
    default:
        break;
    }
    /* Lengths: str, bin, ext, and the arrays/maps that are not values here. */
    if (b == 0xd9 || b == 0xda || b == 0xdb || b == 0xc4 || b == 0xc5 || b == 0xc6) {
        bool is_str = b >= 0xd9;
        int n = 1 << ((b >= 0xd9 ? b - 0xd9 : b - 0xc4));
        if (left(r) < (size_t)n)
            return jg_pr_truncated(r);
        len = (size_t)be(r->p, n);
        r->p += n;
        if (len > left(r))
            return jg_pr_truncated(r);
        if (is_str)
            return read_str(r, len, out);
        uint32_t idx;
        jg_status st = reserve(r, &idx);
        if (st != JG_OK)
            return st;
        jg_bytes *bs = jg_bytes_new(vm, r->p, len);
        if (!bs)
            return jg_raise_nomem(vm);
        r->p += len;
        r->table[idx] = *out = jg_obj_value(bs);
        return JG_OK;
    }
    if (b >= 0xd4 && b <= 0xd8) {
        len = (size_t)1 << (b - 0xd4);
    } else if (b >= 0xc7 && b <= 0xc9) {
        int n = 1 << (b - 0xc7);
        if (left(r) < (size_t)n)
            return jg_pr_truncated(r);
        len = (size_t)be(r->p, n);
        r->p += n;
    } else if ((b & 0xf0) == 0x80 || (b & 0xf0) == 0x90 || (b >= 0xdc && b <= 0xdf)) {
        return jg_pr_fail(r, "msgpack %s outside a container ext", (b & 0xf0) == 0x80 || b >= 0xde
                                                                 ? "map" : "array");
    } else {
        return jg_pr_fail(r, "invalid msgpack byte 0x%02x", b);
    }
    if (!left(r))
        return jg_pr_truncated(r);
    type = (int8_t)*r->p++;
    return read_ext(r, type, len, out);
}

/* jg_pr_value for everything but its leaf cases: strs and exts (and every
 * error). */
jg_status jg_pr_value_rest(jg_preader *r, jg_value *out)
{
    const uint8_t *p = r->p;
    size_t have = (size_t)(r->end - p);
    if (UNLIKELY(!have))
        return jg_pr_truncated(r);
    uint8_t b = *p;
    if ((b & 0xe0) == 0xa0) {
        size_t len = b & 0x1f;
        if (UNLIKELY(len > have - 1))
            return jg_pr_truncated(r);
        r->p = p + 1;
        return read_str(r, len, out);
    }
    if (b == 0xc9 && LIKELY(have >= 6)) { /* ext 32: the containers */
        r->p = p + 6;
        return read_ext(r, (int8_t)p[5], jg_pr_be32(p + 1), out);
    }
    if (b == 0xd6 && have >= 6 && p[1] == JG_PX_REF) {
        r->p = p + 6;
        return read_ref(r, jg_pr_be32(p + 2), out);
    }
    r->p = p + 1;
    return read_value_slow(r, b, out);
}

jg_status jg_pr_value(jg_preader *r, jg_value *out)
{
    return jg_pr_value_fast(r, out);
}

jg_status jg_pr_slot(jg_preader *r, jg_value *out)
{
    return jg_pr_slot_fast(r, out);
}

jg_status jg_pickle_loads(jg_vm *vm, const uint8_t *data, size_t len, jg_value *out)
{
    return jg_pickle_loads_ex(vm, data, len, JG_PICKLE_COPY, NULL, 0, NULL, out);
}

jg_status jg_pickle_loads_ex(jg_vm *vm, const uint8_t *data, size_t len, jg_pickle_mode mode,
                             const jg_value *live, uint32_t n_live, struct jg_tasklet *target,
                             jg_value *out)
{
    return jg_pickle_loads_fix(vm, data, len, mode, live, n_live, target, out, NULL);
}

jg_status jg_pickle_loads_fix(jg_vm *vm, const uint8_t *data, size_t len, jg_pickle_mode mode,
                              const jg_value *live, uint32_t n_live, struct jg_tasklet *target,
                              jg_value *out, jg_list **fixups)
{
    if (fixups)
        *fixups = NULL;
    jg_type *perr, *uerr;
    jg_status st = jg_pickle_error_types(vm, &perr, &uerr);
    if (st != JG_OK)
        return st;
    /* The inline table needs no zeroing: reserve() sets each entry. */
    jg_preader rd, *r = &rd;
    memset(r, 0, offsetof(jg_preader, made_inline));
    r->vm = vm;
    r->uerr = uerr;
    r->p = data;
    r->end = data + len;
    r->mode = mode;
    r->live = live;
    r->n_live = n_live;
    r->target = target;
    r->fixups = fixups;
    r->table = r->table_inline;
    r->state = r->state_inline;
    r->cap = JG_PR_TABLE_INLINE;
    if (len > JG_PICKLE_MAX_SIZE)
        return jg_pr_fail(r, "pickle larger than %u bytes", (unsigned)JG_PICKLE_MAX_SIZE);
    if (len < 4 || memcmp(data, JG_PICKLE_MAGIC, 4) != 0)
        return jg_pr_fail(r, len < 4 && memcmp(data, JG_PICKLE_MAGIC, len) == 0
                                 ? "truncated data"
                                 : "not a jumpgate pickle (bad magic)");
    r->p += 4;
    jg_value fv, cv;
    st = jg_pr_value(r, &fv);
    if (st == JG_OK && (!jg_is_int(fv) || jg_as_int(fv) != JG_PICKLE_FORMAT_VERSION))
        st = jg_is_int(fv) ? jg_pr_fail(r, "unsupported pickle format version %lld",
                                        (long long)jg_as_int(fv))
                           : jg_pr_fail(r, "malformed pickle header");
    if (st == JG_OK)
        st = jg_pr_value(r, &cv);
    if (st == JG_OK && (!jg_is_int(cv) || jg_as_int(cv) != JG_COMPILER_VERSION))
        st = jg_is_int(cv) ? jg_pr_fail(r, "pickle from compiler version %lld, this VM has %d",
                                        (long long)jg_as_int(cv), JG_COMPILER_VERSION)
                           : jg_pr_fail(r, "malformed pickle header");
    if (st == JG_OK)
        st = jg_pr_value(r, out);
    if (st == JG_OK && r->p != r->end)
        st = jg_pr_fail(r, "trailing data after the pickle");
    if (st == JG_OK)
        st = jg_pickle_finish_state(r);
    if (st != JG_OK)
        jg_interp_free_thread(r->vm, &r->new_thread);
    if (r->table != r->table_inline) {
        free(r->table);
        free(r->state);
    }
    if (r->made != r->made_inline)
        free(r->made);
    free(r->placed);
    if (st == JG_RAISED && !jg_exc_matches(vm, uerr) && !jg_exc_matches(vm, vm->t.MemoryError)) {
        /* A VM-level refusal of what the bytes describe (an unhashable key,
         * a key whose hash is Python code): still an UnpicklingError. */
        jg_str *msg = NULL;
        jg_value exc = vm->exc;
        const char *tname = jg_type_name(vm, exc);
        if (jg_exc_str(vm, exc, &msg) != JG_OK)
            jg_clear_exc(vm);
        jg_clear_exc(vm);
        return jg_raise(vm, uerr, "%s: %.100s", tname, msg ? msg->data : "");
    }
    if (st == JG_NEEDS_PY)
        return jg_raise(vm, uerr, "a dict key or set element needs Python code to hash");
    return st;
}
