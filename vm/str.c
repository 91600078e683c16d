/*
 * vm/str.c - the str type: construction, hashing, comparison, interning,
 * repr, the type's hooks and every str method, with CPython 3.11's results
 * and error messages.
 *
 * Text is UTF-8 (object.h jg_str).  An ASCII str (len == n_chars) is indexed
 * directly.  A longer non-ASCII str reserves, after its bytes, one uint32 per
 * JG_STR_INDEX_STRIDE code points; the first s[i] on it fills them with the
 * byte offset of every STRIDE-th code point (slot 0 is the "filled" flag, as
 * code point 0 is always at offset 0).  So s[i] scans at most STRIDE - 1 code
 * points and a loop over s[i] is linear, with no state outside the str.
 *
 * Case mapping and the is*() predicates use the full Unicode 14.0 tables at
 * the end of this file (CPython 3.11's), including SpecialCasing ("ß".upper()
 * is "SS") and the final-sigma rule of lower().
 *
 * Invariant: a str's bytes, len, n_chars and (once computed) hash never change
 * after the str is first handed out; only the lazy index and is_interned do.
 */
#define _GNU_SOURCE /* memmem */
#include "str.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "gc.h"
#include "int.h"
#include "range.h"

#include "strformat.h"

/* The type named in an "argument ... must be X, not Y" message: CPython's
 * _PyArg_BadArgument says "None" for None, not "NoneType". */
static inline const char *arg_type_name(jg_vm *vm, jg_value v)
{
    return v == JG_NONE ? "None" : jg_type_name(vm, v);
}

#define STRIDE JG_STR_INDEX_STRIDE

typedef jg_status native_fn(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                            jg_value *out);
#define NATIVE(name)                                                                    \
    static jg_status name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,       \
                          jg_value *out)

static uint16_t uc_flags(uint32_t cp);
static int uc_map(uint32_t cp, int which, uint32_t out[3]);
enum { MAP_UPPER, MAP_LOWER, MAP_TITLE, MAP_FOLD };

/* Character property bits (uc_flags). */
#define UC_ALPHA 0x0001
#define UC_DECIMAL 0x0002
#define UC_DIGIT 0x0004
#define UC_NUMERIC 0x0008
#define UC_SPACE 0x0010
#define UC_PRINTABLE 0x0020
#define UC_LOWER 0x0040
#define UC_UPPER 0x0080
#define UC_TITLE 0x0100
#define UC_CASED 0x0200
#define UC_CASE_IGNORABLE 0x0400
#define UC_XID_START 0x0800
#define UC_XID_CONTINUE 0x1000

static inline bool is_str(jg_value v)
{
    return jg_is_kind(v, JG_K_STR);
}

static inline jg_str *as_str(jg_value v)
{
    return JG_AS(jg_str, v);
}

static jg_status ret_str(jg_vm *vm, jg_str *s, jg_value *out)
{
    if (!s)
        return jg_raise_nomem(vm);
    *out = jg_str_value(s);
    return JG_OK;
}

/* ---------------------------------------------------------------- UTF-8 */

size_t jg_utf8_count(const char *s, size_t len)
{
    size_t n = 0, i = 0;
    const uint8_t *u = (const uint8_t *)s;
    /* Eight bytes at a time while they are all ASCII: the common case costs a
     * load and a test per word. */
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        if (w & 0x8080808080808080ull)
            break;
        n += 8;
    }
    for (; i < len; i++)
        n += (u[i] & 0xC0) != 0x80;
    return n;
}

bool jg_utf8_check(const char *s, size_t len, size_t *n_chars, size_t *bad_start,
                   size_t *bad_end, const char **reason)
{
    const uint8_t *u = (const uint8_t *)s;
    size_t i = 0, n = 0;
    while (i < len) {
        uint8_t c = u[i];
        if (c < 0x80) {
            i++;
            n++;
            continue;
        }
        int need;
        uint8_t lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            *bad_start = i;
            *bad_end = i + 1;
            *reason = "invalid start byte";
            return false;
        }
        size_t j = i + 1;
        for (int k = 0; k < need; k++, j++) {
            if (j >= len) {
                *bad_start = i;
                *bad_end = len;
                *reason = "unexpected end of data";
                return false;
            }
            uint8_t lo_k = k == 0 ? lo : 0x80, hi_k = k == 0 ? hi : 0xBF;
            if (u[j] < lo_k || u[j] > hi_k) {
                *bad_start = i;
                *bad_end = j;
                *reason = "invalid continuation byte";
                return false;
            }
        }
        i = j;
        n++;
    }
    *n_chars = n;
    return true;
}

/* ---------------------------------------------------------------- allocation */

static inline bool wants_index(size_t len, size_t n_chars)
{
    return len != n_chars && n_chars > STRIDE;
}

static inline size_t index_offset(size_t len)
{
    return (offsetof(jg_str, data) + len + 1 + 3) & ~(size_t)3;
}

static inline uint32_t *index_of(const jg_str *s)
{
    return (uint32_t *)((char *)s + index_offset(s->len));
}

jg_str *jg_str_alloc_typed(jg_vm *vm, jg_type *type, size_t len, size_t n_chars)
{
    if (len > JG_MAX_STR_LEN)
        return NULL;
    size_t size = offsetof(jg_str, data) + len + 1;
    bool indexed = wants_index(len, n_chars);
    if (indexed)
        size = index_offset(len) + 4 * (n_chars / STRIDE + 1);
    if (size < sizeof(jg_str))
        size = sizeof(jg_str);
    /* The text is the caller's to fill: without an index only the header
     * needs zeroing (the terminating NUL is set below). */
    size_t zero = indexed ? size : offsetof(jg_str, data);
    jg_str *s = type == vm->t.str ? jg_gc_alloc_leaf_inline(vm, type, size, zero)
                                  : jg_gc_alloc_prefix(vm, type, size, zero);
    if (!s)
        return NULL;
    s->len = (uint32_t)len;
    s->n_chars = (uint32_t)n_chars;
    s->hash = -1;
    s->data[len] = '\0';
    return s;
}

jg_str *jg_str_alloc_ascii_spare(jg_vm *vm, size_t len, size_t spare)
{
    if (len > JG_MAX_STR_LEN || spare > JG_MAX_STR_LEN - len)
        return NULL;
    size_t size = offsetof(jg_str, data) + len + spare + 1;
    jg_str *s = jg_gc_alloc_prefix(vm, vm->t.str, size, offsetof(jg_str, data));
    if (!s)
        return NULL;
    s->len = (uint32_t)len;
    s->n_chars = (uint32_t)len;
    s->hash = -1;
    s->data[len] = '\0';
    return s;
}

bool jg_str_append_in_place(jg_str *a, const jg_str *b)
{
    size_t len = (size_t)a->len + b->len;
    if (len > JG_MAX_STR_LEN || offsetof(jg_str, data) + len + 1 > jg_gc_cell_size(a))
        return false;
    memcpy(a->data + a->len, b->data, b->len);
    a->data[len] = '\0';
    a->len = (uint32_t)len;
    a->n_chars = (uint32_t)len;
    a->hash = -1;
    return true;
}

jg_str *jg_str_alloc(jg_vm *vm, size_t len, size_t n_chars)
{
    return jg_str_alloc_typed(vm, vm->t.str, len, n_chars);
}

jg_str *jg_str_new_n(jg_vm *vm, const char *s, size_t len, size_t n_chars)
{
    jg_str *r = jg_str_alloc(vm, len, n_chars);
    if (r && len)
        memcpy(r->data, s, len);
    return r;
}

/* New str from 'len' bytes of valid UTF-8 (not checked; see jg_str_decode). */
jg_str *jg_str_new(jg_vm *vm, const char *s, size_t len)
{
    return jg_str_new_n(vm, s, len, jg_utf8_count(s, len));
}

/* New str from a NUL-terminated C string of valid UTF-8. */
jg_str *jg_str_from_cstr(jg_vm *vm, const char *s)
{
    return jg_str_new(vm, s, strlen(s));
}

jg_str *jg_str_from_buf(jg_vm *vm, const jg_buf *b)
{
    return jg_str_new(vm, b->data ? b->data : "", b->len);
}

jg_str *jg_str_from_char(jg_vm *vm, uint32_t cp)
{
    char u[4];
    int n = jg_utf8_encode(cp, u);
    return jg_str_new_n(vm, u, (size_t)n, 1);
}

/* Decodes strict UTF-8 into a new str; UnicodeDecodeError worded as CPython's. */
jg_status jg_str_decode(jg_vm *vm, const char *s, size_t len, jg_str **out)
{
    size_t n, bs, be;
    const char *why;
    if (!jg_utf8_check(s, len, &n, &bs, &be, &why)) {
        if (be - bs == 1)
            return jg_raise(vm, vm->t.UnicodeDecodeError,
                            "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                            (unsigned)(uint8_t)s[bs], bs, why);
        return jg_raise(vm, vm->t.UnicodeDecodeError,
                        "'utf-8' codec can't decode bytes in position %zu-%zu: %s", bs, be - 1,
                        why);
    }
    *out = jg_str_new_n(vm, s, len, n);
    return *out ? JG_OK : jg_raise_nomem(vm);
}

/* ---------------------------------------------------------------- code point access */

static const uint32_t *filled_index(const jg_str *s)
{
    uint32_t *ix = index_of(s);
    if (ix[0])
        return ix;
    const uint8_t *d = (const uint8_t *)s->data;
    uint32_t ci = 0, k = 1;
    for (uint32_t off = 0; off < s->len; off++) {
        if ((d[off] & 0xC0) == 0x80)
            continue;
        if (ci == k * STRIDE)
            ix[k++] = off;
        ci++;
    }
    ix[0] = 1;
    return ix;
}

uint32_t jg_str_offset(const jg_str *s, uint32_t i)
{
    if (s->len == s->n_chars)
        return i;
    if (i >= s->n_chars)
        return s->len;
    uint32_t off = 0, rem = i;
    if (s->n_chars > STRIDE) {
        uint32_t k = i / STRIDE;
        if (k) {
            off = filled_index(s)[k];
            rem = i - k * STRIDE;
        }
    }
    const uint8_t *d = (const uint8_t *)s->data;
    while (rem) {
        off += (uint32_t)jg_utf8_len(d[off]);
        rem--;
    }
    return off;
}

uint32_t jg_str_char_index(const jg_str *s, uint32_t off)
{
    if (s->len == s->n_chars)
        return off;
    if (off >= s->len)
        return s->n_chars;
    uint32_t base_off = 0, base_ci = 0;
    if (s->n_chars > STRIDE) {
        const uint32_t *ix = filled_index(s);
        uint32_t lo = 1, hi = (s->n_chars - 1) / STRIDE; /* slots 1..hi are filled */
        while (lo <= hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (ix[mid] <= off) {
                base_off = ix[mid];
                base_ci = mid * STRIDE;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
    }
    return base_ci + (uint32_t)jg_utf8_count(s->data + base_off, off - base_off);
}

uint32_t jg_str_char_at(const jg_str *s, uint32_t i)
{
    uint32_t cp;
    jg_utf8_decode(s->data + jg_str_offset(s, i), &cp);
    return cp;
}

/* A str of the 'len' bytes at byte offset 'off' of 's' (a whole number of code points). */
static jg_str *sub_bytes(jg_vm *vm, const jg_str *s, size_t off, size_t len)
{
    size_t n = jg_str_is_ascii(s) ? len : jg_utf8_count(s->data + off, len);
    return jg_str_new_n(vm, s->data + off, len, n);
}

jg_str *jg_str_slice(jg_vm *vm, jg_str *s, uint32_t start, uint32_t stop)
{
    if (start == 0 && stop == s->n_chars && s->hdr.type == vm->t.str)
        return s;
    uint32_t a = jg_str_offset(s, start);
    uint32_t b = stop == s->n_chars ? s->len : jg_str_offset(s, stop);
    return jg_str_new_n(vm, s->data + a, b - a, stop - start);
}

/* ---------------------------------------------------------------- hashing, equality */

static inline uint64_t rd64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t rd32(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

static inline uint64_t mix(uint64_t a, uint64_t b)
{
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

/* wyhash (final version 4): fast on short keys, good avalanche on long ones. */
int64_t jg_hash_bytes(const void *data, size_t len)
{
    static const uint64_t s0 = 0xa0761d6478bd642full, s1 = 0xe7037ed1a0b428dbull,
                          s2 = 0x8ebc6af09c88c6e3ull, s3 = 0x589965cc75374cc3ull;
    const uint8_t *p = data;
    uint64_t seed = mix(0x2d358dccaa6c78a5ull ^ s0, s1);
    uint64_t a, b;
    if (len <= 16) {
        if (len >= 4) {
            a = (rd32(p) << 32) | rd32(p + ((len >> 3) << 2));
            b = (rd32(p + len - 4) << 32) | rd32(p + len - 4 - ((len >> 3) << 2));
        } else if (len > 0) {
            a = ((uint64_t)p[0] << 16) | ((uint64_t)p[len >> 1] << 8) | p[len - 1];
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        size_t i = len;
        if (i > 48) {
            uint64_t see1 = seed, see2 = seed;
            do {
                seed = mix(rd64(p) ^ s1, rd64(p + 8) ^ seed);
                see1 = mix(rd64(p + 16) ^ s2, rd64(p + 24) ^ see1);
                see2 = mix(rd64(p + 32) ^ s3, rd64(p + 40) ^ see2);
                p += 48;
                i -= 48;
            } while (i > 48);
            seed ^= see1 ^ see2;
        }
        while (i > 16) {
            seed = mix(rd64(p) ^ s1, rd64(p + 8) ^ seed);
            i -= 16;
            p += 16;
        }
        a = rd64(p + i - 16);
        b = rd64(p + i - 8);
    }
    a ^= s1;
    b ^= seed;
    __uint128_t r = (__uint128_t)a * b;
    a = (uint64_t)r;
    b = (uint64_t)(r >> 64);
    int64_t h = (int64_t)mix(a ^ s0 ^ len, b ^ s1);
    return h == -1 ? -2 : h;
}

/* hash(s), computed once and cached in the str. */
int64_t jg_str_hash(jg_str *s)
{
    if (s->hash == -1)
        s->hash = jg_hash_bytes(s->data, s->len);
    return s->hash;
}

/* a == b by contents. */
bool jg_str_eq(const jg_str *a, const jg_str *b)
{
    if (a == b)
        return true;
    if (a->len != b->len || a->n_chars != b->n_chars)
        return false;
    if (a->is_interned && b->is_interned)
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    return memcmp(a->data, b->data, a->len) == 0;
}

/* <0, 0, >0 as a < b, a == b, a > b by code points: UTF-8 byte order is code point order. */
int jg_str_cmp(const jg_str *a, const jg_str *b)
{
    uint32_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, n);
    if (c)
        return c;
    return a->len < b->len ? -1 : a->len > b->len;
}

/* ---------------------------------------------------------------- interning */

/*
 * vm->interned maps each interned str to itself.  Looking up C text probes the
 * dict with a str on the C stack when it is short, so a hit allocates nothing;
 * the probe never escapes (the dict only hashes and compares it).
 */
#define PROBE_MAX 120

jg_str *jg_str_intern(jg_vm *vm, const char *s, size_t len)
{
    if (!vm->interned && !(vm->interned = jg_dict_new(vm)))
        return NULL;
    union {
        jg_str s;
        char bytes[sizeof(jg_str) + PROBE_MAX + 1];
    } probe_mem;
    jg_str *heap = NULL, *probe = &probe_mem.s;
    if (len <= PROBE_MAX) {
        memset(probe, 0, sizeof(jg_str));
        probe->hdr.type = vm->t.str;
        probe->len = (uint32_t)len;
        probe->n_chars = (uint32_t)jg_utf8_count(s, len);
        probe->hash = -1;
        memcpy(probe->data, s, len);
        probe->data[len] = '\0';
    } else {
        heap = probe = jg_str_new(vm, s, len);
        if (!heap)
            return NULL;
    }
    jg_value found_v = JG_NONE;
    bool found = false;
    if (jg_dict_get(vm, vm->interned, jg_str_value(probe), &found_v, &found) != JG_OK) {
        jg_clear_exc(vm);
        return NULL;
    }
    if (found)
        return as_str(found_v);
    jg_str *r = heap ? heap : jg_str_new_n(vm, s, len, probe->n_chars);
    if (!r)
        return NULL;
    r->hash = jg_str_hash(probe);
    r->is_interned = 1;
    if (jg_dict_set(vm, vm->interned, jg_str_value(r), jg_str_value(r)) != JG_OK) {
        jg_clear_exc(vm);
        return NULL;
    }
    return r;
}

jg_str *jg_str_intern_cstr(jg_vm *vm, const char *s)
{
    return jg_str_intern(vm, s, strlen(s));
}

jg_str *jg_str_intern_str(jg_vm *vm, jg_str *s)
{
    if (s->is_interned)
        return s;
    if (!vm->interned && !(vm->interned = jg_dict_new(vm)))
        return NULL;
    jg_value found_v;
    bool found = false;
    if (jg_dict_get(vm, vm->interned, jg_str_value(s), &found_v, &found) != JG_OK) {
        jg_clear_exc(vm);
        return NULL;
    }
    if (found)
        return as_str(found_v);
    if (s->hdr.type != vm->t.str) {
        /* Only exact strs are interned: a subclass instance may carry identity. */
        s = jg_str_new_n(vm, s->data, s->len, s->n_chars);
        if (!s)
            return NULL;
    }
    jg_str_hash(s);
    s->is_interned = 1;
    if (jg_dict_set(vm, vm->interned, jg_str_value(s), jg_str_value(s)) != JG_OK) {
        jg_clear_exc(vm);
        s->is_interned = 0;
        return NULL;
    }
    return s;
}

/* ---------------------------------------------------------------- concatenation, repr */

/* a + b as a new str (or a/b itself when the other is empty); NULL when out of memory. */
jg_str *jg_str_concat(jg_vm *vm, jg_str *a, jg_str *b)
{
    if (b->len == 0 && a->hdr.type == vm->t.str)
        return a;
    if (a->len == 0 && b->hdr.type == vm->t.str)
        return b;
    size_t len = (size_t)a->len + b->len;
    jg_str *r = jg_str_alloc(vm, len, (size_t)a->n_chars + b->n_chars);
    if (!r)
        return NULL;
    memcpy(r->data, a->data, a->len);
    memcpy(r->data + a->len, b->data, b->len);
    return r;
}

static const char hexdigits[] = "0123456789abcdef";

jg_status jg_str_repr_buf(jg_buf *b, const char *s, size_t len, bool ascii_only)
{
    bool has_single = memchr(s, '\'', len) != NULL;
    bool has_double = has_single && memchr(s, '"', len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    /* Worst case \Uhhhhhhhh for each 4-byte sequence: 2.5x; \xhh for control bytes: 4x. */
    jg_status st = jg_buf_reserve(b, len * 4 + 2);
    if (st != JG_OK)
        return st;
    char *o = b->data + b->len;
    *o++ = quote;
    size_t i = 0;
    while (i < len) {
        uint8_t c = (uint8_t)s[i];
        if (c >= 0x20 && c < 0x7F) {
            if (c == (uint8_t)quote || c == '\\')
                *o++ = '\\';
            *o++ = (char)c;
            i++;
            continue;
        }
        if (c < 0x80) {
            *o++ = '\\';
            if (c == '\t')
                *o++ = 't';
            else if (c == '\n')
                *o++ = 'n';
            else if (c == '\r')
                *o++ = 'r';
            else {
                *o++ = 'x';
                *o++ = hexdigits[c >> 4];
                *o++ = hexdigits[c & 15];
            }
            i++;
            continue;
        }
        uint32_t cp;
        int n = jg_utf8_decode(s + i, &cp);
        if (!ascii_only && jg_uc_isprintable(cp)) {
            memcpy(o, s + i, (size_t)n);
            o += n;
        } else {
            *o++ = '\\';
            int digits;
            if (cp < 0x100) {
                *o++ = 'x';
                digits = 2;
            } else if (cp < 0x10000) {
                *o++ = 'u';
                digits = 4;
            } else {
                *o++ = 'U';
                digits = 8;
            }
            for (int d = digits - 1; d >= 0; d--)
                *o++ = hexdigits[(cp >> (4 * d)) & 15];
        }
        i += (size_t)n;
    }
    *o++ = quote;
    b->len = (size_t)(o - b->data);
    b->data[b->len] = '\0';
    return JG_OK;
}

/* Shares one growable buffer between the calls of a thread that build text:
 * formatting a short value then costs no malloc.  Nothing points into it
 * between calls, and a nested user takes a fresh buffer. */
static _Thread_local jg_buf scratch_cache;

void jg_scratch_take(jg_buf *b)
{
    *b = scratch_cache;
    jg_buf_init(&scratch_cache);
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void jg_scratch_give(jg_buf *b)
{
    if (!scratch_cache.data && b->cap <= 64 * 1024) {
        scratch_cache = *b;
        scratch_cache.len = 0;
    } else {
        jg_buf_free(b);
    }
    jg_buf_init(b);
}

void jg_scratch_release(void)
{
    jg_buf_free(&scratch_cache);
}

static jg_str *repr_common(jg_vm *vm, const jg_str *s, bool ascii_only)
{
    jg_buf b;
    jg_scratch_take(&b);
    jg_str *r = NULL;
    if (jg_str_repr_buf(&b, s->data, s->len, ascii_only) == JG_OK)
        r = jg_str_from_buf(vm, &b);
    jg_scratch_give(&b);
    return r;
}

/* repr(s): quotes and escapes exactly as CPython; NULL when out of memory. */
jg_str *jg_str_repr(jg_vm *vm, jg_str *s)
{
    return repr_common(vm, s, false);
}

jg_str *jg_str_ascii(jg_vm *vm, jg_str *s)
{
    return repr_common(vm, s, true);
}

/* ---------------------------------------------------------------- argument helpers */

jg_status jg_str_ssize_arg(jg_vm *vm, jg_value v, int64_t *out)
{
    if (jg_is_int(v)) {
        *out = jg_as_int(v);
        return JG_OK;
    }
    if (jg_is_bool(v)) {
        *out = v == JG_TRUE;
        return JG_OK;
    }
    if (jg_is_kind(v, JG_K_INT)) {
        jg_bigint *bi = JG_AS(jg_bigint, v);
        if (mpz_fits_slong_p(bi->z)) {
            *out = mpz_get_si(bi->z);
            return JG_OK;
        }
        return jg_raise(vm, vm->t.OverflowError, "Python int too large to convert to C ssize_t");
    }
    return jg_raise(vm, vm->t.TypeError, "'%s' object cannot be interpreted as an integer",
                    jg_type_name(vm, v));
}

/* An int (or None/absent: 'dflt') clamped to the int64 range, for slice-like indices. */
static jg_status clamped_index(jg_vm *vm, jg_value v, int64_t *out)
{
    if (jg_is_int(v)) {
        *out = jg_as_int(v);
        return JG_OK;
    }
    if (jg_is_bool(v)) {
        *out = v == JG_TRUE;
        return JG_OK;
    }
    if (jg_is_kind(v, JG_K_INT)) {
        jg_bigint *bi = JG_AS(jg_bigint, v);
        if (mpz_fits_slong_p(bi->z))
            *out = mpz_get_si(bi->z);
        else
            *out = mpz_sgn(bi->z) < 0 ? -INT64_MAX : INT64_MAX;
        return JG_OK;
    }
    return jg_raise(vm, vm->t.TypeError,
                    "slice indices must be integers or None or have an __index__ method");
}

jg_status jg_str_index_arg(jg_vm *vm, jg_value v, int64_t dflt, int64_t *out)
{
    if (v == JG_UNDEF || v == JG_NONE) {
        *out = dflt;
        return JG_OK;
    }
    return clamped_index(vm, v, out);
}

/* CPython's ADJUST_INDICES for find/count/startswith: clamps [start, end) into [0, len]. */
void jg_str_adjust_range(int64_t *start, int64_t *end, int64_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

/* Argument-count checks worded as CPython's three styles ('n' excludes self):
 *   range: "strip expected at most 1 argument, got 2"   (Argument Clinic, a range)
 *   exact: "str.zfill() takes exactly one argument (2 given)" / "takes no arguments"
 *   old:   "find() takes at most 3 arguments (4 given)" (PyArg_ParseTuple)
 * The first two refuse keywords as "str.strip() takes no keyword arguments",
 * the last as "find() takes no keyword arguments". */
jg_status jg_str_argc_range(jg_vm *vm, const char *type, const char *name, int n,
                            jg_tuple *kwnames, int min, int max)
{
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "%s.%s() takes no keyword arguments", type, name);
    if (n < min)
        return jg_raise(vm, vm->t.TypeError, "%s expected at least %d argument%s, got %d", name,
                        min, min == 1 ? "" : "s", n);
    if (n > max)
        return jg_raise(vm, vm->t.TypeError, "%s expected at most %d argument%s, got %d", name,
                        max, max == 1 ? "" : "s", n);
    return JG_OK;
}

jg_status jg_str_argc_exact(jg_vm *vm, const char *type, const char *name, int n,
                            jg_tuple *kwnames, int want)
{
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "%s.%s() takes no keyword arguments", type, name);
    if (n != want) {
        if (want == 0)
            return jg_raise(vm, vm->t.TypeError, "%s.%s() takes no arguments (%d given)", type,
                            name, n);
        return jg_raise(vm, vm->t.TypeError, "%s.%s() takes exactly one argument (%d given)",
                        type, name, n);
    }
    return JG_OK;
}

jg_status jg_str_argc_old(jg_vm *vm, const char *name, int n, jg_tuple *kwnames, int min,
                          int max)
{
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "%s() takes no keyword arguments", name);
    if (n < min)
        return jg_raise(vm, vm->t.TypeError, "%s() takes at least %d argument%s (%d given)", name,
                        min, min == 1 ? "" : "s", n);
    if (n > max)
        return jg_raise(vm, vm->t.TypeError, "%s() takes at most %d argument%s (%d given)", name,
                        max, max == 1 ? "" : "s", n);
    return JG_OK;
}

/* args[0] as a str, or TypeError as CPython words it for a descriptor on the wrong type. */
static jg_status self_str(jg_vm *vm, jg_value *args, int nargs, const char *name, jg_str **s)
{
    if (nargs < 1 || !is_str(args[0]))
        return jg_raise(vm, vm->t.TypeError,
                        "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name,
                        nargs < 1 ? "NoneType" : jg_type_name(vm, args[0]));
    *s = as_str(args[0]);
    return JG_OK;
}

/* ---------------------------------------------------------------- type hooks */

static jg_status str_repr_hook(jg_vm *vm, jg_value self, jg_str **out)
{
    *out = jg_str_repr(vm, as_str(self));
    return *out ? JG_OK : jg_raise_nomem(vm);
}

static jg_status str_str_hook(jg_vm *vm, jg_value self, jg_str **out)
{
    jg_str *s = as_str(self);
    if (s->hdr.type != vm->t.str) {
        s = jg_str_new_n(vm, s->data, s->len, s->n_chars);
        if (!s)
            return jg_raise_nomem(vm);
    }
    *out = s;
    return JG_OK;
}

/* 'self' unchanged as an exact str: itself, or a copy when it is a subclass instance. */
static jg_status ret_self(jg_vm *vm, jg_value self, jg_value *out)
{
    jg_str *s = NULL;
    if (str_str_hook(vm, self, &s) != JG_OK)
        return JG_RAISED;
    *out = jg_str_value(s);
    return JG_OK;
}

static jg_status str_hash_hook(jg_vm *vm, jg_value self, int64_t *out)
{
    *out = jg_str_hash(as_str(self));
    return JG_OK;
}

static jg_status str_richcompare(jg_vm *vm, jg_value self, jg_value other, int op, jg_value *out)
{
    if (!is_str(other)) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    jg_str *a = as_str(self), *b = as_str(other);
    bool r;
    switch (op) {
        case JG_CMP_EQ:
            r = jg_str_eq(a, b);
            break;
        case JG_CMP_NOTEQ:
            r = !jg_str_eq(a, b);
            break;
        case JG_CMP_LT:
            r = jg_str_cmp(a, b) < 0;
            break;
        case JG_CMP_LTE:
            r = jg_str_cmp(a, b) <= 0;
            break;
        case JG_CMP_GT:
            r = jg_str_cmp(a, b) > 0;
            break;
        case JG_CMP_GTE:
            r = jg_str_cmp(a, b) >= 0;
            break;
        default:
            *out = JG_NOTIMPLEMENTED;
            return JG_OK;
    }
    *out = jg_bool(r);
    return JG_OK;
}

/* True when 'v' is an instance of a class statement's class, which may define a
 * reflected operator: the generic protocol must then get the chance to call it. */
static bool may_reflect(jg_vm *vm, jg_value v)
{
    return (jg_typeof(vm, v)->flags & JG_TF_USER) != 0;
}

/* s * n ('n' any int); OverflowError/MemoryError as CPython. */
static jg_status str_repeat(jg_vm *vm, jg_str *s, jg_value nv, jg_value *out)
{
    int64_t n;
    if (jg_is_kind(nv, JG_K_INT) && !mpz_fits_slong_p(JG_AS(jg_bigint, nv)->z)) {
        /* Either sign: CPython's PyNumber_AsSsize_t(n, OverflowError). */
        return jg_raise(vm, vm->t.OverflowError, "cannot fit 'int' into an index-sized integer");
    } else if (jg_str_ssize_arg(vm, nv, &n) != JG_OK) {
        return JG_RAISED;
    }
    if (n <= 0 || s->len == 0)
        return ret_str(vm, jg_str_alloc(vm, 0, 0), out);
    if (n == 1 && s->hdr.type == vm->t.str) {
        *out = jg_str_value(s);
        return JG_OK;
    }
    if ((uint64_t)n > (uint64_t)INT64_MAX / s->len)
        return jg_raise(vm, vm->t.OverflowError, "repeated string is too long");
    uint64_t len = (uint64_t)n * s->len;
    if (len > JG_MAX_STR_LEN)
        return jg_raise_nomem(vm);
    jg_str *r = jg_str_alloc(vm, len, (uint64_t)n * s->n_chars);
    if (!r)
        return jg_raise_nomem(vm);
    if (s->len == 1) {
        memset(r->data, s->data[0], len);
    } else {
        /* Doubling copies: log2(n) memcpy calls. */
        memcpy(r->data, s->data, s->len);
        uint64_t done = s->len;
        while (done < len) {
            uint64_t chunk = done <= len - done ? done : len - done;
            memcpy(r->data + done, r->data, chunk);
            done += chunk;
        }
    }
    *out = jg_str_value(r);
    return JG_OK;
}

static jg_status str_binop(jg_vm *vm, int op, jg_value self, jg_value other, bool reflected,
                           bool inplace, jg_value *out)
{
    jg_str *s = as_str(self);
    switch (op) {
        case JG_OP_ADD:
            if (reflected) {
                *out = JG_NOTIMPLEMENTED;
                return JG_OK;
            }
            if (is_str(other))
                return ret_str(vm, jg_str_concat(vm, s, as_str(other)), out);
            if (may_reflect(vm, other))
                break;
            return jg_raise(vm, vm->t.TypeError, "can only concatenate str (not \"%s\") to str",
                            jg_type_name(vm, other));
        case JG_OP_MULT:
            if (jg_is_anyint(vm, other))
                return str_repeat(vm, s, other, out);
            if (may_reflect(vm, other) || reflected)
                break;
            return jg_raise(vm, vm->t.TypeError, "can't multiply sequence by non-int of type '%s'",
                            jg_type_name(vm, other));
        case JG_OP_MOD:
            if (reflected)
                break;
            return jg_str_percent(vm, self, other, out);
        default:
            break;
    }
    *out = JG_NOTIMPLEMENTED;
    return JG_OK;
}

static jg_status str_len_hook(jg_vm *vm, jg_value self, int64_t *out)
{
    *out = as_str(self)->n_chars;
    return JG_OK;
}

static jg_status str_getitem(jg_vm *vm, jg_value self, jg_value key, jg_value *out)
{
    jg_str *s = as_str(self);
    if (jg_is_int(key) || jg_is_bool(key)) {
        int64_t i = jg_is_int(key) ? jg_as_int(key) : key == JG_TRUE;
        if (i < 0)
            i += s->n_chars;
        if (i < 0 || i >= s->n_chars)
            return jg_raise(vm, vm->t.IndexError, "string index out of range");
        if (jg_str_is_ascii(s))
            return ret_str(vm, jg_str_new_n(vm, s->data + i, 1, 1), out);
        uint32_t off = jg_str_offset(s, (uint32_t)i);
        return ret_str(vm, jg_str_new_n(vm, s->data + off, jg_utf8_len((uint8_t)s->data[off]), 1),
                       out);
    }
    if (!jg_is_kind(key, JG_K_SLICE) && jg_is_index(vm, key)) {
        int64_t i;
        jg_status st = jg_index_of(vm, key, JG_IDX_INDEX_ERROR, &i);
        if (st != JG_OK)
            return st;
        return str_getitem(vm, self, jg_int(i < 0 ? (i < -JG_SMALL_MAX ? -JG_SMALL_MAX : i)
                                                  : (i > JG_SMALL_MAX ? JG_SMALL_MAX : i)),
                           out);
    }
    if (jg_is_kind(key, JG_K_SLICE)) {
        int64_t start, stop, step, n;
        jg_status st = jg_slice_indices(vm, key, s->n_chars, &start, &stop, &step, &n);
        if (st != JG_OK)
            return st;
        if (n <= 0)
            return ret_str(vm, jg_str_alloc(vm, 0, 0), out);
        if (step == 1)
            return ret_str(vm, jg_str_slice(vm, s, (uint32_t)start, (uint32_t)stop), out);
        if (jg_str_is_ascii(s)) {
            jg_str *r = jg_str_alloc(vm, (size_t)n, (size_t)n);
            if (!r)
                return jg_raise_nomem(vm);
            for (int64_t k = 0, i = start; k < n; k++, i += step)
                r->data[k] = s->data[i];
            return ret_str(vm, r, out);
        }
        /* Non-ASCII with a step: decode the code points once, then gather. */
        uint32_t *cps = malloc(sizeof(uint32_t) * s->n_chars);
        if (!cps)
            return jg_raise_nomem(vm);
        size_t off = 0, len = 0;
        for (uint32_t k = 0; k < s->n_chars; k++)
            off += (size_t)jg_utf8_decode(s->data + off, &cps[k]);
        char tmp[4];
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            len += (size_t)jg_utf8_encode(cps[i], tmp);
        jg_str *r = jg_str_alloc(vm, len, (size_t)n);
        if (r) {
            char *o = r->data;
            for (int64_t k = 0, i = start; k < n; k++, i += step)
                o += jg_utf8_encode(cps[i], o);
        }
        free(cps);
        return ret_str(vm, r, out);
    }
    return jg_raise(vm, vm->t.TypeError, "string indices must be integers, not '%s'",
                    jg_type_name(vm, key));
}

/* Byte offset of the first 'needle' in hay[from..to), or -1. */
static int64_t find_bytes(const char *hay, size_t from, size_t to, const char *needle,
                          size_t nlen)
{
    if (to < from || to - from < nlen)
        return -1;
    if (nlen == 0)
        return (int64_t)from;
    if (nlen == 1) {
        const char *p = memchr(hay + from, needle[0], to - from);
        return p ? p - hay : -1;
    }
    const char *p = memmem(hay + from, to - from, needle, nlen);
    return p ? p - hay : -1;
}

/* Byte offset of the last 'needle' in hay[from..to), or -1. */
static int64_t rfind_bytes(const char *hay, size_t from, size_t to, const char *needle,
                           size_t nlen)
{
    if (to < from || to - from < nlen)
        return -1;
    if (nlen == 0)
        return (int64_t)to;
    for (size_t i = to - nlen + 1; i-- > from;) {
        if (hay[i] == needle[0] && memcmp(hay + i, needle, nlen) == 0)
            return (int64_t)i;
    }
    return -1;
}

static jg_status str_contains(jg_vm *vm, jg_value self, jg_value v, bool *out)
{
    if (!is_str(v))
        return jg_raise(vm, vm->t.TypeError,
                        "'in <string>' requires string as left operand, not %s",
                        jg_type_name(vm, v));
    jg_str *s = as_str(self), *sub = as_str(v);
    *out = find_bytes(s->data, 0, s->len, sub->data, sub->len) >= 0;
    return JG_OK;
}

jg_status jg_str_iter_new(jg_vm *vm, jg_str *s, jg_value *out)
{
    jg_iter *it = jg_gc_alloc(vm, vm->t.str_iterator, sizeof(jg_iter));
    if (!it)
        return jg_raise_nomem(vm);
    it->kind = JG_IT_STR;
    it->index = 0;
    it->end = s->len;
    it->src = jg_str_value(s);
    it->a = it->b = JG_NONE;
    *out = jg_obj_value(it);
    return JG_OK;
}

static jg_status str_iter_hook(jg_vm *vm, jg_value self, jg_value *out)
{
    return jg_str_iter_new(vm, as_str(self), out);
}

/* next() of a str iterator: 'index' is the byte offset of the next code point. */
static jg_status str_iter_next(jg_vm *vm, jg_value self, jg_value *out)
{
    jg_iter *it = JG_AS(jg_iter, self);
    if (it->index >= it->end) {
        *out = JG_UNDEF;
        return JG_OK;
    }
    jg_str *s = as_str(it->src);
    int n = jg_utf8_len((uint8_t)s->data[it->index]);
    jg_str *c = jg_str_new_n(vm, s->data + it->index, (size_t)n, 1);
    if (!c)
        return jg_raise_nomem(vm);
    it->index += n;
    *out = jg_str_value(c);
    return JG_OK;
}

static void iter_trace(jg_vm *vm, jg_obj *o)
{
    jg_iter *it = (jg_iter *)o;
    jg_gc_mark_value(vm, it->src);
    jg_gc_mark_value(vm, it->a);
    jg_gc_mark_value(vm, it->b);
}

static jg_status iter_self(jg_vm *vm, jg_value self, jg_value *out)
{
    *out = self;
    return JG_OK;
}

static const jg_type_hooks str_hooks = {
    .repr = str_repr_hook,
    .str = str_str_hook,
    .hash = str_hash_hook,
    .richcompare = str_richcompare,
    .binop = str_binop,
    .len = str_len_hook,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter_hook,
};

static const jg_type_hooks str_iter_hooks = {
    .trace = iter_trace,
    .iter = iter_self,
    .next = str_iter_next,
};

/* ---------------------------------------------------------------- character classes */

static inline bool ascii_space(uint8_t c)
{
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
}

/* Byte length of the whitespace code point at d[i], or 0 when it is not whitespace. */
static inline int space_at(const char *d, size_t i)
{
    uint8_t c = (uint8_t)d[i];
    if (c < 0x80)
        return ascii_space(c);
    uint32_t cp;
    int n = jg_utf8_decode(d + i, &cp);
    return jg_uc_isspace(cp) ? n : 0;
}

/* Byte length of the code point that ends at byte offset 'e' (> 0). */
static inline size_t len_before(const char *d, size_t e)
{
    size_t k = e - 1;
    while (k > 0 && ((uint8_t)d[k] & 0xC0) == 0x80)
        k--;
    return e - k;
}

static inline int space_before(const char *d, size_t e)
{
    size_t n = len_before(d, e);
    return space_at(d, e - n) ? (int)n : 0;
}

/* ---------------------------------------------------------------- split family */

static jg_status add_piece(jg_vm *vm, jg_list *l, const jg_str *s, size_t a, size_t b)
{
    jg_str *p = sub_bytes(vm, s, a, b - a);
    if (!p)
        return jg_raise_nomem(vm);
    return jg_list_append(vm, l, jg_str_value(p));
}

static void reverse_list(jg_list *l)
{
    for (uint32_t i = 0, j = l->len ? l->len - 1 : 0; i < j; i++, j--) {
        jg_value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

/* Parses (sep=None, maxsplit=-1) of split/rsplit. */
static jg_status split_args(jg_vm *vm, const char *name, jg_value *args, int nargs,
                            jg_tuple *kwnames, jg_str **s, jg_str **sep, int64_t *maxsplit)
{
    static const char *const kw[] = {"sep", "maxsplit", NULL};
    jg_value a[2];
    if (self_str(vm, args, nargs, name, s) != JG_OK ||
        jg_args_parse(vm, name, args + 1, nargs - 1, kwnames, kw, 0, 2, a) != JG_OK)
        return JG_RAISED;
    /* maxsplit is converted first (argument clinic), then sep is checked. */
    *maxsplit = -1;
    if (a[1] != JG_UNDEF && jg_str_ssize_arg(vm, a[1], maxsplit) != JG_OK)
        return JG_RAISED;
    if (*maxsplit < 0)
        *maxsplit = INT64_MAX;
    *sep = NULL;
    if (a[0] != JG_UNDEF && a[0] != JG_NONE) {
        if (!is_str(a[0]))
            return jg_raise(vm, vm->t.TypeError, "must be str or None, not %s",
                            jg_type_name(vm, a[0]));
        *sep = as_str(a[0]);
        if ((*sep)->len == 0)
            return jg_raise(vm, vm->t.ValueError, "empty separator");
    }
    return JG_OK;
}

NATIVE(str_split)
{
    jg_str *s, *sep;
    int64_t maxcount;
    if (split_args(vm, "split", args, nargs, kwnames, &s, &sep, &maxcount) != JG_OK)
        return JG_RAISED;
    jg_list *l = jg_list_new(vm, 0);
    if (!l)
        return jg_raise_nomem(vm);
    const char *d = s->data;
    size_t len = s->len, i = 0;
    if (!sep) {
        while (maxcount-- > 0) {
            int n;
            while (i < len && (n = space_at(d, i)))
                i += (size_t)n;
            if (i == len)
                break;
            size_t j = i;
            i += (size_t)jg_utf8_len((uint8_t)d[i]);
            while (i < len && !space_at(d, i))
                i += (size_t)jg_utf8_len((uint8_t)d[i]);
            if (add_piece(vm, l, s, j, i) != JG_OK)
                return JG_RAISED;
        }
        if (i < len) {
            int n;
            while (i < len && (n = space_at(d, i)))
                i += (size_t)n;
            if (i != len && add_piece(vm, l, s, i, len) != JG_OK)
                return JG_RAISED;
        }
    } else {
        while (maxcount-- > 0) {
            int64_t pos = find_bytes(d, i, len, sep->data, sep->len);
            if (pos < 0)
                break;
            if (add_piece(vm, l, s, i, (size_t)pos) != JG_OK)
                return JG_RAISED;
            i = (size_t)pos + sep->len;
        }
        if (add_piece(vm, l, s, i, len) != JG_OK)
            return JG_RAISED;
    }
    *out = jg_obj_value(l);
    return JG_OK;
}

NATIVE(str_rsplit)
{
    jg_str *s, *sep;
    int64_t maxcount;
    if (split_args(vm, "rsplit", args, nargs, kwnames, &s, &sep, &maxcount) != JG_OK)
        return JG_RAISED;
    jg_list *l = jg_list_new(vm, 0);
    if (!l)
        return jg_raise_nomem(vm);
    const char *d = s->data;
    size_t e = s->len;
    if (!sep) {
        while (maxcount-- > 0) {
            int n;
            while (e > 0 && (n = space_before(d, e)))
                e -= (size_t)n;
            if (e == 0)
                break;
            size_t j = e;
            e -= len_before(d, e);
            while (e > 0 && !space_before(d, e))
                e -= len_before(d, e);
            if (add_piece(vm, l, s, e, j) != JG_OK)
                return JG_RAISED;
        }
        if (e > 0) {
            int n;
            while (e > 0 && (n = space_before(d, e)))
                e -= (size_t)n;
            if (e > 0 && add_piece(vm, l, s, 0, e) != JG_OK)
                return JG_RAISED;
        }
    } else {
        while (maxcount-- > 0) {
            int64_t pos = rfind_bytes(d, 0, e, sep->data, sep->len);
            if (pos < 0)
                break;
            if (add_piece(vm, l, s, (size_t)pos + sep->len, e) != JG_OK)
                return JG_RAISED;
            e = (size_t)pos;
        }
        if (add_piece(vm, l, s, 0, e) != JG_OK)
            return JG_RAISED;
    }
    reverse_list(l);
    *out = jg_obj_value(l);
    return JG_OK;
}

/* Byte length of the line break at d[i] (\r\n counts 2), or 0. */
static int linebreak_at(const char *d, size_t i, size_t len)
{
    uint8_t c = (uint8_t)d[i];
    switch (c) {
        case '\r':
            return i + 1 < len && d[i + 1] == '\n' ? 2 : 1;
        case '\n':
        case 0x0B:
        case 0x0C:
        case 0x1C:
        case 0x1D:
        case 0x1E:
            return 1;
        case 0xC2:
            return i + 1 < len && (uint8_t)d[i + 1] == 0x85 ? 2 : 0;
        case 0xE2:
            return i + 2 < len && (uint8_t)d[i + 1] == 0x80 &&
                           ((uint8_t)d[i + 2] == 0xA8 || (uint8_t)d[i + 2] == 0xA9)
                       ? 3
                       : 0;
        default:
            return 0;
    }
}

NATIVE(str_splitlines)
{
    static const char *const kw[] = {"keepends", NULL};
    jg_str *s;
    jg_value a[1];
    if (self_str(vm, args, nargs, "splitlines", &s) != JG_OK ||
        jg_args_parse(vm, "splitlines", args + 1, nargs - 1, kwnames, kw, 0, 1, a) != JG_OK)
        return JG_RAISED;
    int64_t keepends = 0; /* an int argument, as CPython's clinic converts it */
    if (a[0] != JG_UNDEF && jg_str_ssize_arg(vm, a[0], &keepends) != JG_OK)
        return JG_RAISED;
    jg_list *l = jg_list_new(vm, 0);
    if (!l)
        return jg_raise_nomem(vm);
    const char *d = s->data;
    size_t len = s->len, i = 0;
    while (i < len) {
        size_t j = i;
        int br = 0;
        while (i < len && !(br = linebreak_at(d, i, len)))
            i += (size_t)jg_utf8_len((uint8_t)d[i]);
        size_t eol = i;
        if (i < len) {
            i += (size_t)br;
            if (keepends)
                eol = i;
        }
        if (add_piece(vm, l, s, j, eol) != JG_OK)
            return JG_RAISED;
    }
    *out = jg_obj_value(l);
    return JG_OK;
}

/* ---------------------------------------------------------------- join */

/* sep.join(items[0..n)): one pass to check and size, one allocation, one copy pass. */
static jg_status join_items(jg_vm *vm, jg_str *sep, const jg_value *items, size_t n,
                            jg_value *out)
{
    if (n == 0)
        return ret_str(vm, jg_str_alloc(vm, 0, 0), out);
    uint64_t len = 0, chars = 0;
    for (size_t i = 0; i < n; i++) {
        if (!is_str(items[i]))
            return jg_raise(vm, vm->t.TypeError,
                            "sequence item %zu: expected str instance, %s found", i,
                            jg_type_name(vm, items[i]));
        len += as_str(items[i])->len;
        chars += as_str(items[i])->n_chars;
    }
    if (n == 1 && as_str(items[0])->hdr.type == vm->t.str) {
        *out = items[0];
        return JG_OK;
    }
    len += (uint64_t)sep->len * (n - 1);
    chars += (uint64_t)sep->n_chars * (n - 1);
    if (len > JG_MAX_STR_LEN)
        return jg_raise(vm, vm->t.OverflowError, "join() result is too long for a Python string");
    jg_str *r = jg_str_alloc(vm, len, chars);
    if (!r)
        return jg_raise_nomem(vm);
    char *o = r->data;
    for (size_t i = 0; i < n; i++) {
        if (i && sep->len) {
            if (sep->len == 1)
                *o++ = sep->data[0];
            else {
                memcpy(o, sep->data, sep->len);
                o += sep->len;
            }
        }
        jg_str *it = as_str(items[i]);
        memcpy(o, it->data, it->len);
        o += it->len;
    }
    *out = jg_str_value(r);
    return JG_OK;
}

jg_status jg_str_join(jg_vm *vm, jg_str *sep, jg_value iterable, jg_value *out)
{
    if (jg_is_kind(iterable, JG_K_LIST)) {
        jg_list *l = JG_AS(jg_list, iterable);
        return join_items(vm, sep, l->items, l->len, out);
    }
    if (jg_is_kind(iterable, JG_K_TUPLE)) {
        jg_tuple *t = JG_AS(jg_tuple, iterable);
        return join_items(vm, sep, t->items, t->len, out);
    }
    jg_value it;
    jg_status st = jg_get_iter(vm, iterable, &it);
    if (st == JG_RAISED && jg_exc_matches(vm, vm->t.TypeError)) {
        jg_clear_exc(vm);
        return jg_raise(vm, vm->t.TypeError, "can only join an iterable");
    }
    if (st != JG_OK)
        return st;
    /* The collector does not run inside C code, so the items need no rooting. */
    jg_list *got = jg_list_new(vm, 8);
    if (!got)
        return jg_raise_nomem(vm);
    for (;;) {
        jg_value v;
        st = jg_next(vm, it, &v);
        if (st == JG_NEEDS_PY) {
            /* Finish in Python with what was already taken from the iterator. */
            jg_value targs[3] = {jg_str_value(sep), it, jg_obj_value(got)};
            return jg_tailcall_prelude(vm, "_str_join", targs, 3, NULL);
        }
        if (st != JG_OK)
            return st;
        if (v == JG_UNDEF)
            break;
        if (jg_list_append(vm, got, v) != JG_OK)
            return JG_RAISED;
    }
    return join_items(vm, sep, got->items, got->len, out);
}

NATIVE(str_join)
{
    jg_str *s;
    if (self_str(vm, args, nargs, "join", &s) != JG_OK ||
        jg_str_argc_exact(vm, "str", "join", nargs - 1, kwnames, 1) != JG_OK)
        return JG_RAISED;
    jg_status st = jg_str_join(vm, s, args[1], out);
    if (st == JG_NEEDS_PY) {
        jg_value targs[2] = {args[0], args[1]};
        return jg_tailcall_prelude(vm, "_str_join", targs, 2, NULL);
    }
    return st;
}

/* ---------------------------------------------------------------- strip */

/* Is the code point at chars[...] (bytes 'c', length 'n') one of 'set'? */
static bool in_charset(const jg_str *set, const uint8_t *ascii_map, const char *c, int n)
{
    if (n == 1)
        return ascii_map[(uint8_t)c[0] >> 3] & (1u << ((uint8_t)c[0] & 7));
    return jg_str_is_ascii(set) ? false : memmem(set->data, set->len, c, (size_t)n) != NULL;
}

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2 };

static jg_status do_strip(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, int mode,
                          const char *name, jg_value *out)
{
    jg_str *s;
    if (self_str(vm, args, nargs, name, &s) != JG_OK ||
        jg_str_argc_range(vm, "str", name, nargs - 1, kwnames, 0, 1) != JG_OK)
        return JG_RAISED;
    jg_str *set = NULL;
    if (nargs > 1 && args[1] != JG_NONE) {
        if (!is_str(args[1]))
            return jg_raise(vm, vm->t.TypeError, "%s arg must be None or str", name);
        set = as_str(args[1]);
    }
    const char *d = s->data;
    size_t i = 0, e = s->len;
    if (!set) {
        int n;
        if (mode & STRIP_LEFT)
            while (i < e && (n = space_at(d, i)))
                i += (size_t)n;
        if (mode & STRIP_RIGHT)
            while (e > i && (n = space_before(d, e)))
                e -= (size_t)n;
    } else {
        uint8_t map[32] = {0};
        for (uint32_t k = 0; k < set->len; k++) {
            uint8_t c = (uint8_t)set->data[k];
            if (c < 0x80)
                map[c >> 3] |= (uint8_t)(1u << (c & 7));
        }
        if (mode & STRIP_LEFT)
            while (i < e) {
                int n = jg_utf8_len((uint8_t)d[i]);
                if (!in_charset(set, map, d + i, n))
                    break;
                i += (size_t)n;
            }
        if (mode & STRIP_RIGHT)
            while (e > i) {
                size_t n = len_before(d, e);
                if (!in_charset(set, map, d + e - n, (int)n))
                    break;
                e -= n;
            }
    }
    if (i == 0 && e == s->len && s->hdr.type == vm->t.str) {
        *out = args[0];
        return JG_OK;
    }
    return ret_str(vm, sub_bytes(vm, s, i, e - i), out);
}

NATIVE(str_strip)
{
    return do_strip(vm, args, nargs, kwnames, STRIP_LEFT | STRIP_RIGHT, "strip", out);
}

NATIVE(str_lstrip)
{
    return do_strip(vm, args, nargs, kwnames, STRIP_LEFT, "lstrip", out);
}

NATIVE(str_rstrip)
{
    return do_strip(vm, args, nargs, kwnames, STRIP_RIGHT, "rstrip", out);
}

/* ---------------------------------------------------------------- replace */

NATIVE(str_replace)
{
    jg_str *s;
    if (self_str(vm, args, nargs, "replace", &s) != JG_OK ||
        jg_str_argc_range(vm, "str", "replace", nargs - 1, kwnames, 2, 3) != JG_OK)
        return JG_RAISED;
    for (int k = 1; k <= 2; k++)
        if (!is_str(args[k]))
            return jg_raise(vm, vm->t.TypeError, "replace() argument %d must be str, not %s", k,
                            arg_type_name(vm, args[k]));
    int64_t count = -1;
    if (nargs > 3 && jg_str_ssize_arg(vm, args[3], &count) != JG_OK)
        return JG_RAISED;
    jg_str *old = as_str(args[1]), *rep = as_str(args[2]);
    if (count < 0)
        count = INT64_MAX;
    const char *d = s->data;
    if (old->len == 0) {
        int64_t n_ins = (int64_t)s->n_chars + 1;
        if (count < n_ins)
            n_ins = count;
        if (n_ins == 0 || rep->len == 0)
            return ret_self(vm, args[0], out);
        uint64_t len = s->len + (uint64_t)n_ins * rep->len;
        if (len > JG_MAX_STR_LEN)
            return jg_raise(vm, vm->t.OverflowError, "replace string is too long");
        jg_str *r = jg_str_alloc(vm, len, s->n_chars + (uint64_t)n_ins * rep->n_chars);
        if (!r)
            return jg_raise_nomem(vm);
        char *o = r->data;
        size_t i = 0;
        for (int64_t k = 0; k < n_ins; k++) {
            memcpy(o, rep->data, rep->len);
            o += rep->len;
            if (i < s->len) {
                int n = jg_utf8_len((uint8_t)d[i]);
                memcpy(o, d + i, (size_t)n);
                o += n;
                i += (size_t)n;
            }
        }
        memcpy(o, d + i, s->len - i);
        *out = jg_str_value(r);
        return JG_OK;
    }
    int64_t m = 0;
    for (int64_t pos = 0; m < count; m++) {
        pos = find_bytes(d, (size_t)pos, s->len, old->data, old->len);
        if (pos < 0)
            break;
        pos += old->len;
    }
    if (m == 0)
        return ret_self(vm, args[0], out);
    int64_t len = (int64_t)s->len + m * ((int64_t)rep->len - (int64_t)old->len);
    int64_t chars = (int64_t)s->n_chars + m * ((int64_t)rep->n_chars - (int64_t)old->n_chars);
    if ((uint64_t)len > JG_MAX_STR_LEN)
        return jg_raise(vm, vm->t.OverflowError, "replace string is too long");
    jg_str *r = jg_str_alloc(vm, (size_t)len, (size_t)chars);
    if (!r)
        return jg_raise_nomem(vm);
    char *o = r->data;
    size_t i = 0;
    for (int64_t k = 0; k < m; k++) {
        size_t pos = (size_t)find_bytes(d, i, s->len, old->data, old->len);
        memcpy(o, d + i, pos - i);
        o += pos - i;
        memcpy(o, rep->data, rep->len);
        o += rep->len;
        i = pos + old->len;
    }
    memcpy(o, d + i, s->len - i);
    *out = jg_str_value(r);
    return JG_OK;
}

/* ---------------------------------------------------------------- find family */

/* Parses (sub, start=None, end=None) and returns the byte range to search. */
static jg_status find_args(jg_vm *vm, const char *name, jg_value *args, int nargs,
                           jg_tuple *kwnames, jg_str **s, jg_str **sub, int64_t *start,
                           int64_t *end)
{
    if (self_str(vm, args, nargs, name, s) != JG_OK ||
        jg_str_argc_old(vm, name, nargs - 1, kwnames, 1, 3) != JG_OK)
        return JG_RAISED;
    /* CPython converts start and end before it looks at sub. */
    if (jg_str_index_arg(vm, nargs > 2 ? args[2] : JG_UNDEF, 0, start) != JG_OK ||
        jg_str_index_arg(vm, nargs > 3 ? args[3] : JG_UNDEF, INT64_MAX, end) != JG_OK)
        return JG_RAISED;
    if (!is_str(args[1]))
        return jg_raise(vm, vm->t.TypeError, "must be str, not %s", jg_type_name(vm, args[1]));
    *sub = as_str(args[1]);
    jg_str_adjust_range(start, end, (*s)->n_chars);
    return JG_OK;
}

/* Char index of sub in s[start:end] (forward or reverse), or -1. */
static int64_t find_in(const jg_str *s, const jg_str *sub, int64_t start, int64_t end,
                       bool reverse)
{
    if (end - start < (int64_t)sub->n_chars)
        return -1;
    size_t a = jg_str_offset(s, (uint32_t)start), b = jg_str_offset(s, (uint32_t)end);
    int64_t pos = reverse ? rfind_bytes(s->data, a, b, sub->data, sub->len)
                          : find_bytes(s->data, a, b, sub->data, sub->len);
    return pos < 0 ? -1 : (int64_t)jg_str_char_index(s, (uint32_t)pos);
}

static jg_status do_find(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                         const char *name, bool reverse, bool raise, jg_value *out)
{
    jg_str *s, *sub;
    int64_t start, end;
    if (find_args(vm, name, args, nargs, kwnames, &s, &sub, &start, &end) != JG_OK)
        return JG_RAISED;
    int64_t r = find_in(s, sub, start, end, reverse);
    if (r < 0 && raise)
        return jg_raise(vm, vm->t.ValueError, "substring not found");
    *out = jg_int(r);
    return JG_OK;
}

NATIVE(str_find)
{
    return do_find(vm, args, nargs, kwnames, "find", false, false, out);
}

NATIVE(str_rfind)
{
    return do_find(vm, args, nargs, kwnames, "rfind", true, false, out);
}

NATIVE(str_index)
{
    return do_find(vm, args, nargs, kwnames, "index", false, true, out);
}

NATIVE(str_rindex)
{
    return do_find(vm, args, nargs, kwnames, "rindex", true, true, out);
}

NATIVE(str_count)
{
    jg_str *s, *sub;
    int64_t start, end;
    if (find_args(vm, "count", args, nargs, kwnames, &s, &sub, &start, &end) != JG_OK)
        return JG_RAISED;
    if (end - start < (int64_t)sub->n_chars) {
        *out = jg_int(0);
        return JG_OK;
    }
    if (sub->len == 0) {
        *out = jg_int(end - start + 1);
        return JG_OK;
    }
    size_t a = jg_str_offset(s, (uint32_t)start), b = jg_str_offset(s, (uint32_t)end);
    int64_t n = 0;
    for (;;) {
        int64_t pos = find_bytes(s->data, a, b, sub->data, sub->len);
        if (pos < 0)
            break;
        n++;
        a = (size_t)pos + sub->len;
    }
    *out = jg_int(n);
    return JG_OK;
}

/* CPython's tailmatch: does s[start:end] start (or end) with 'sub'? */
static bool tailmatch(const jg_str *s, const jg_str *sub, int64_t start, int64_t end, bool at_end)
{
    jg_str_adjust_range(&start, &end, s->n_chars);
    end -= sub->n_chars;
    if (end < start)
        return false;
    if (sub->len == 0)
        return true;
    size_t off = jg_str_offset(s, (uint32_t)(at_end ? end : start));
    return off + sub->len <= s->len && memcmp(s->data + off, sub->data, sub->len) == 0;
}

static jg_status do_startswith(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                               const char *name, bool at_end, jg_value *out)
{
    jg_str *s;
    if (self_str(vm, args, nargs, name, &s) != JG_OK ||
        jg_str_argc_old(vm, name, nargs - 1, kwnames, 1, 3) != JG_OK)
        return JG_RAISED;
    int64_t start, end;
    if (jg_str_index_arg(vm, nargs > 2 ? args[2] : JG_UNDEF, 0, &start) != JG_OK ||
        jg_str_index_arg(vm, nargs > 3 ? args[3] : JG_UNDEF, INT64_MAX, &end) != JG_OK)
        return JG_RAISED;
    jg_value p = args[1];
    if (jg_is_kind(p, JG_K_TUPLE)) {
        jg_tuple *t = JG_AS(jg_tuple, p);
        for (uint32_t i = 0; i < t->len; i++) {
            if (!is_str(t->items[i]))
                return jg_raise(vm, vm->t.TypeError, "tuple for %s must only contain str, not %s",
                                name, jg_type_name(vm, t->items[i]));
            if (tailmatch(s, as_str(t->items[i]), start, end, at_end)) {
                *out = JG_TRUE;
                return JG_OK;
            }
        }
        *out = JG_FALSE;
        return JG_OK;
    }
    if (!is_str(p))
        return jg_raise(vm, vm->t.TypeError, "%s first arg must be str or a tuple of str, not %s",
                        name, jg_type_name(vm, p));
    *out = jg_bool(tailmatch(s, as_str(p), start, end, at_end));
    return JG_OK;
}

NATIVE(str_startswith)
{
    return do_startswith(vm, args, nargs, kwnames, "startswith", false, out);
}

NATIVE(str_endswith)
{
    return do_startswith(vm, args, nargs, kwnames, "endswith", true, out);
}

/* ---------------------------------------------------------------- partition */

static jg_status do_partition(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                              bool reverse, jg_value *out)
{
    jg_str *s;
    const char *name = reverse ? "rpartition" : "partition";
    if (self_str(vm, args, nargs, name, &s) != JG_OK ||
        jg_str_argc_exact(vm, "str", name, nargs - 1, kwnames, 1) != JG_OK)
        return JG_RAISED;
    if (!is_str(args[1]))
        return jg_raise(vm, vm->t.TypeError, "must be str, not %s", jg_type_name(vm, args[1]));
    jg_str *sep = as_str(args[1]);
    if (sep->len == 0)
        return jg_raise(vm, vm->t.ValueError, "empty separator");
    jg_tuple *t = jg_tuple_new(vm, 3);
    jg_str *empty = jg_str_alloc(vm, 0, 0);
    if (!t || !empty)
        return jg_raise_nomem(vm);
    int64_t pos = reverse ? rfind_bytes(s->data, 0, s->len, sep->data, sep->len)
                          : find_bytes(s->data, 0, s->len, sep->data, sep->len);
    jg_str *whole;
    if (pos < 0) {
        if (str_str_hook(vm, args[0], &whole) != JG_OK)
            return JG_RAISED;
        t->items[0] = jg_str_value(reverse ? empty : whole);
        t->items[1] = jg_str_value(empty);
        t->items[2] = jg_str_value(reverse ? whole : empty);
    } else {
        jg_str *head = sub_bytes(vm, s, 0, (size_t)pos);
        jg_str *tail = sub_bytes(vm, s, (size_t)pos + sep->len, s->len - (size_t)pos - sep->len);
        if (!head || !tail)
            return jg_raise_nomem(vm);
        t->items[0] = jg_str_value(head);
        t->items[1] = args[1];
        t->items[2] = jg_str_value(tail);
    }
    *out = jg_obj_value(t);
    return JG_OK;
}

NATIVE(str_partition)
{
    return do_partition(vm, args, nargs, kwnames, false, out);
}

NATIVE(str_rpartition)
{
    return do_partition(vm, args, nargs, kwnames, true, out);
}

/* ---------------------------------------------------------------- removeprefix/suffix */

static jg_status do_remove(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                           bool suffix, jg_value *out)
{
    jg_str *s;
    const char *name = suffix ? "removesuffix" : "removeprefix";
    if (self_str(vm, args, nargs, name, &s) != JG_OK ||
        jg_str_argc_exact(vm, "str", name, nargs - 1, kwnames, 1) != JG_OK)
        return JG_RAISED;
    if (!is_str(args[1]))
        return jg_raise(vm, vm->t.TypeError, "%s() argument must be str, not %s", name,
                        arg_type_name(vm, args[1]));
    jg_str *p = as_str(args[1]);
    if (p->len && p->len <= s->len &&
        memcmp(s->data + (suffix ? s->len - p->len : 0), p->data, p->len) == 0) {
        return ret_str(vm,
                       jg_str_new_n(vm, s->data + (suffix ? 0 : p->len), s->len - p->len,
                                    s->n_chars - p->n_chars),
                       out);
    }
    return ret_self(vm, args[0], out);
}

NATIVE(str_removeprefix)
{
    return do_remove(vm, args, nargs, kwnames, false, out);
}

NATIVE(str_removesuffix)
{
    return do_remove(vm, args, nargs, kwnames, true, out);
}

/* ---------------------------------------------------------------- case mapping */

static inline bool uc_is(uint32_t cp, uint16_t flag)
{
    return (uc_flags(cp) & flag) != 0;
}

/* CPython's handle_capital_sigma: is the Σ at cps[i] at the end of a word? */
static bool final_sigma(const uint32_t *cps, size_t n, size_t i)
{
    size_t j = i;
    uint32_t c = 0;
    bool found = false;
    while (j > 0) {
        c = cps[--j];
        if (!uc_is(c, UC_CASE_IGNORABLE)) {
            found = true;
            break;
        }
    }
    if (!found || !uc_is(c, UC_CASED))
        return false;
    for (j = i + 1; j < n; j++) {
        c = cps[j];
        if (!uc_is(c, UC_CASE_IGNORABLE))
            return !uc_is(c, UC_CASED);
    }
    return true;
}

static int lower_at(const uint32_t *cps, size_t n, size_t i, uint32_t out[3])
{
    if (cps[i] == 0x3A3) {
        out[0] = final_sigma(cps, n, i) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return uc_map(cps[i], MAP_LOWER, out);
}

enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static inline char ascii_up(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
}

static inline char ascii_low(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

static inline bool ascii_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static jg_str *case_ascii(jg_vm *vm, const jg_str *s, int how)
{
    jg_str *r = jg_str_alloc(vm, s->len, s->len);
    if (!r)
        return NULL;
    const char *d = s->data;
    char *o = r->data;
    bool prev_cased = false;
    for (uint32_t i = 0; i < s->len; i++) {
        char c = d[i];
        switch (how) {
            case CASE_UPPER:
                o[i] = ascii_up(c);
                break;
            case CASE_LOWER:
            case CASE_FOLD:
                o[i] = ascii_low(c);
                break;
            case CASE_SWAP:
                o[i] = c >= 'a' && c <= 'z' ? ascii_up(c) : ascii_low(c);
                break;
            case CASE_TITLE:
                o[i] = prev_cased ? ascii_low(c) : ascii_up(c);
                prev_cased = ascii_alpha(c);
                break;
            default: /* CASE_CAPITALIZE */
                o[i] = i == 0 ? ascii_up(c) : ascii_low(c);
                break;
        }
    }
    return r;
}

/* Decodes 's' into a malloc'd array of code points (NULL when out of memory). */
static uint32_t *decode_all(const jg_str *s)
{
    uint32_t *cps = malloc(sizeof(uint32_t) * (s->n_chars ? s->n_chars : 1));
    if (!cps)
        return NULL;
    size_t off = 0;
    for (uint32_t k = 0; k < s->n_chars; k++)
        off += (size_t)jg_utf8_decode(s->data + off, &cps[k]);
    return cps;
}

static jg_str *case_unicode(jg_vm *vm, const jg_str *s, int how)
{
    uint32_t *cps = decode_all(s);
    if (!cps)
        return NULL;
    jg_buf b;
    jg_scratch_take(&b);
    jg_str *r = NULL;
    size_t n = s->n_chars, n_out = 0;
    bool prev_cased = false;
    if (jg_buf_reserve(&b, s->len + 16) != JG_OK)
        goto done;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i], m[3];
        int k;
        switch (how) {
            case CASE_UPPER:
                k = uc_map(c, MAP_UPPER, m);
                break;
            case CASE_LOWER:
                k = lower_at(cps, n, i, m);
                break;
            case CASE_FOLD:
                k = uc_map(c, MAP_FOLD, m);
                break;
            case CASE_SWAP:
                if (uc_is(c, UC_UPPER))
                    k = lower_at(cps, n, i, m);
                else if (uc_is(c, UC_LOWER))
                    k = uc_map(c, MAP_UPPER, m);
                else {
                    m[0] = c;
                    k = 1;
                }
                break;
            case CASE_TITLE:
                k = prev_cased ? lower_at(cps, n, i, m) : uc_map(c, MAP_TITLE, m);
                prev_cased = uc_is(c, UC_CASED);
                break;
            default: /* CASE_CAPITALIZE */
                k = i == 0 ? uc_map(c, MAP_TITLE, m) : lower_at(cps, n, i, m);
                break;
        }
        for (int j = 0; j < k; j++) {
            char u[4];
            int ul = jg_utf8_encode(m[j], u);
            if (jg_buf_put(&b, u, (size_t)ul) != JG_OK)
                goto done;
        }
        n_out += (size_t)k;
    }
    r = jg_str_new_n(vm, b.data ? b.data : "", b.len, n_out);
done:
    jg_scratch_give(&b);
    free(cps);
    return r;
}

static jg_status do_case(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                         const char *name, int how, jg_value *out)
{
    jg_str *s;
    if (self_str(vm, args, nargs, name, &s) != JG_OK ||
        jg_str_argc_exact(vm, "str", name, nargs - 1, kwnames, 0) != JG_OK)
        return JG_RAISED;
    return ret_str(vm, jg_str_is_ascii(s) ? case_ascii(vm, s, how) : case_unicode(vm, s, how),
                   out);
}

NATIVE(str_upper)
{
    return do_case(vm, args, nargs, kwnames, "upper", CASE_UPPER, out);
}

NATIVE(str_lower)
{
    return do_case(vm, args, nargs, kwnames, "lower", CASE_LOWER, out);
}

NATIVE(str_casefold)
{
    return do_case(vm, args, nargs, kwnames, "casefold", CASE_FOLD, out);
}

NATIVE(str_swapcase)
{
    return do_case(vm, args, nargs, kwnames, "swapcase", CASE_SWAP, out);
}

NATIVE(str_title)
{
    return do_case(vm, args, nargs, kwnames, "title", CASE_TITLE, out);
}

NATIVE(str_capitalize)
{
    return do_case(vm, args, nargs, kwnames, "capitalize", CASE_CAPITALIZE, out);
}

/* ---------------------------------------------------------------- predicates */

enum {
    P_DIGIT,
    P_ALPHA,
    P_ALNUM,
    P_SPACE,
    P_UPPER,
    P_LOWER,
    P_DECIMAL,
    P_NUMERIC,
    P_IDENT,
    P_PRINTABLE,
    P_TITLE,
    P_ASCII,
};

static bool predicate(const jg_str *s, int which)
{
    if (which == P_ASCII)
        return jg_str_is_ascii(s);
    if (s->n_chars == 0)
        return which == P_PRINTABLE;
    uint16_t need;
    switch (which) {
        case P_DIGIT:
            need = UC_DIGIT;
            break;
        case P_ALPHA:
            need = UC_ALPHA;
            break;
        case P_ALNUM:
            need = UC_ALPHA | UC_DECIMAL | UC_DIGIT | UC_NUMERIC;
            break;
        case P_SPACE:
            need = UC_SPACE;
            break;
        case P_DECIMAL:
            need = UC_DECIMAL;
            break;
        case P_NUMERIC:
            need = UC_NUMERIC;
            break;
        case P_PRINTABLE:
            need = UC_PRINTABLE;
            break;
        default:
            need = 0;
            break;
    }
    const char *d = s->data;
    size_t off = 0;
    bool cased = false, prev_cased = false;
    for (uint32_t i = 0; i < s->n_chars; i++) {
        uint32_t cp;
        off += (size_t)jg_utf8_decode(d + off, &cp);
        uint16_t f = uc_flags(cp);
        switch (which) {
            case P_UPPER:
                if (f & (UC_LOWER | UC_TITLE))
                    return false;
                if (f & UC_UPPER)
                    cased = true;
                break;
            case P_LOWER:
                if (f & (UC_UPPER | UC_TITLE))
                    return false;
                if (f & UC_LOWER)
                    cased = true;
                break;
            case P_TITLE:
                if (f & (UC_UPPER | UC_TITLE)) {
                    if (prev_cased)
                        return false;
                    prev_cased = cased = true;
                } else if (f & UC_LOWER) {
                    if (!prev_cased)
                        return false;
                    prev_cased = cased = true;
                } else {
                    prev_cased = false;
                }
                break;
            case P_IDENT:
                if (!(f & (i == 0 ? UC_XID_START : UC_XID_CONTINUE)))
                    return false;
                break;
            default:
                if (!(f & need))
                    return false;
                break;
        }
    }
    if (which == P_UPPER || which == P_LOWER || which == P_TITLE)
        return cased;
    return true;
}

static jg_status do_predicate(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                              const char *name, int which, jg_value *out)
{
    jg_str *s;
    if (self_str(vm, args, nargs, name, &s) != JG_OK ||
        jg_str_argc_exact(vm, "str", name, nargs - 1, kwnames, 0) != JG_OK)
        return JG_RAISED;
    *out = jg_bool(predicate(s, which));
    return JG_OK;
}

#define PREDICATE(fn, name, which)                                                      \
    NATIVE(fn)                                                                          \
    {                                                                                   \
        return do_predicate(vm, args, nargs, kwnames, name, which, out);                \
    }
PREDICATE(str_isdigit, "isdigit", P_DIGIT)
PREDICATE(str_isalpha, "isalpha", P_ALPHA)
PREDICATE(str_isalnum, "isalnum", P_ALNUM)
PREDICATE(str_isspace, "isspace", P_SPACE)
PREDICATE(str_isupper, "isupper", P_UPPER)
PREDICATE(str_islower, "islower", P_LOWER)
PREDICATE(str_isdecimal, "isdecimal", P_DECIMAL)
PREDICATE(str_isnumeric, "isnumeric", P_NUMERIC)
PREDICATE(str_isidentifier, "isidentifier", P_IDENT)
PREDICATE(str_isprintable, "isprintable", P_PRINTABLE)
PREDICATE(str_istitle, "istitle", P_TITLE)
PREDICATE(str_isascii, "isascii", P_ASCII)

/* ---------------------------------------------------------------- padding */

/* A copy of 's' padded with 'left' and 'right' copies of the fill code point 'fill'. */
static jg_str *pad(jg_vm *vm, const jg_str *s, int64_t left, int64_t right, const char *fill,
                   int fill_len)
{
    uint64_t len = s->len + (uint64_t)(left + right) * (uint64_t)fill_len;
    if (len > JG_MAX_STR_LEN)
        return NULL;
    jg_str *r = jg_str_alloc(vm, len, s->n_chars + (uint64_t)(left + right));
    if (!r)
        return NULL;
    char *o = r->data;
    for (int64_t k = 0; k < left; k++, o += fill_len)
        memcpy(o, fill, (size_t)fill_len);
    memcpy(o, s->data, s->len);
    o += s->len;
    for (int64_t k = 0; k < right; k++, o += fill_len)
        memcpy(o, fill, (size_t)fill_len);
    return r;
}

enum { JUST_LEFT, JUST_RIGHT, JUST_CENTER };

static jg_status do_just(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                         const char *name, int how, jg_value *out)
{
    jg_str *s;
    if (self_str(vm, args, nargs, name, &s) != JG_OK ||
        jg_str_argc_range(vm, "str", name, nargs - 1, kwnames, 1, 2) != JG_OK)
        return JG_RAISED;
    int64_t width;
    if (jg_str_ssize_arg(vm, args[1], &width) != JG_OK)
        return JG_RAISED;
    const char *fill = " ";
    int fill_len = 1;
    if (nargs > 2) {
        if (!is_str(args[2]))
            return jg_raise(vm, vm->t.TypeError,
                            "The fill character must be a unicode character, not %s",
                            jg_type_name(vm, args[2]));
        jg_str *f = as_str(args[2]);
        if (f->n_chars != 1)
            return jg_raise(vm, vm->t.TypeError,
                            "The fill character must be exactly one character long");
        fill = f->data;
        fill_len = (int)f->len;
    }
    if (width <= (int64_t)s->n_chars) {
        return ret_self(vm, args[0], out);
    }
    int64_t marg = width - s->n_chars, left, right;
    if (how == JUST_LEFT)
        left = 0;
    else if (how == JUST_RIGHT)
        left = marg;
    else
        left = marg / 2 + (marg & width & 1);
    right = marg - left;
    return ret_str(vm, pad(vm, s, left, right, fill, fill_len), out);
}

NATIVE(str_ljust)
{
    return do_just(vm, args, nargs, kwnames, "ljust", JUST_LEFT, out);
}

NATIVE(str_rjust)
{
    return do_just(vm, args, nargs, kwnames, "rjust", JUST_RIGHT, out);
}

NATIVE(str_center)
{
    return do_just(vm, args, nargs, kwnames, "center", JUST_CENTER, out);
}

NATIVE(str_zfill)
{
    jg_str *s;
    if (self_str(vm, args, nargs, "zfill", &s) != JG_OK ||
        jg_str_argc_exact(vm, "str", "zfill", nargs - 1, kwnames, 1) != JG_OK)
        return JG_RAISED;
    int64_t width;
    if (jg_str_ssize_arg(vm, args[1], &width) != JG_OK)
        return JG_RAISED;
    if (width <= (int64_t)s->n_chars) {
        return ret_self(vm, args[0], out);
    }
    jg_str *r = pad(vm, s, width - s->n_chars, 0, "0", 1);
    if (!r)
        return jg_raise_nomem(vm);
    size_t fill = (size_t)(width - s->n_chars);
    if (s->len && (s->data[0] == '+' || s->data[0] == '-')) {
        r->data[0] = s->data[0];
        r->data[fill] = '0';
    }
    *out = jg_str_value(r);
    return JG_OK;
}

NATIVE(str_expandtabs)
{
    static const char *const kw[] = {"tabsize", NULL};
    jg_str *s;
    jg_value a[1];
    if (self_str(vm, args, nargs, "expandtabs", &s) != JG_OK ||
        jg_args_parse(vm, "expandtabs", args + 1, nargs - 1, kwnames, kw, 0, 1, a) != JG_OK)
        return JG_RAISED;
    int64_t tabsize = 8;
    if (a[0] != JG_UNDEF && jg_str_ssize_arg(vm, a[0], &tabsize) != JG_OK)
        return JG_RAISED;
    if (!memchr(s->data, '\t', s->len)) {
        return ret_self(vm, args[0], out);
    }
    /* First pass: the size; second: the text. */
    uint64_t len = 0, chars = 0, col = 0;
    const char *d = s->data;
    for (int pass = 0; pass < 2; pass++) {
        jg_str *r = NULL;
        char *o = NULL;
        if (pass == 1) {
            if (len > JG_MAX_STR_LEN)
                return jg_raise(vm, vm->t.OverflowError, "result too long");
            r = jg_str_alloc(vm, len, chars);
            if (!r)
                return jg_raise_nomem(vm);
            o = r->data;
        }
        col = 0;
        for (size_t i = 0; i < s->len;) {
            char c = d[i];
            if (c == '\t') {
                if (tabsize > 0) {
                    uint64_t incr = (uint64_t)tabsize - col % (uint64_t)tabsize;
                    col += incr;
                    if (pass == 0) {
                        len += incr;
                        chars += incr;
                        if (len > JG_MAX_STR_LEN)
                            return jg_raise(vm, vm->t.OverflowError, "result too long");
                    } else {
                        memset(o, ' ', incr);
                        o += incr;
                    }
                }
                i++;
                continue;
            }
            int n = jg_utf8_len((uint8_t)c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
            if (pass == 0) {
                len += (uint64_t)n;
                chars++;
            } else {
                memcpy(o, d + i, (size_t)n);
                o += n;
            }
            i += (size_t)n;
        }
        if (pass == 1) {
            *out = jg_str_value(r);
            return JG_OK;
        }
    }
    return JG_OK;
}

/* ---------------------------------------------------------------- encode */

int jg_codec_lookup(const char *name, size_t len)
{
    char norm[32];
    if (len >= sizeof norm)
        return -1;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        else if (c == '-' || c == ' ')
            c = '_';
        norm[i] = c;
    }
    norm[len] = '\0';
    static const struct {
        const char *name;
        int codec;
    } aliases[] = {
        {"utf_8", JG_CODEC_UTF8},      {"utf8", JG_CODEC_UTF8},
        {"u8", JG_CODEC_UTF8},         {"utf", JG_CODEC_UTF8},
        {"cp65001", JG_CODEC_UTF8},    {"ascii", JG_CODEC_ASCII},
        {"us_ascii", JG_CODEC_ASCII},  {"646", JG_CODEC_ASCII},
        {"us", JG_CODEC_ASCII},        {"latin_1", JG_CODEC_LATIN1},
        {"latin1", JG_CODEC_LATIN1},   {"latin", JG_CODEC_LATIN1},
        {"l1", JG_CODEC_LATIN1},       {"iso_8859_1", JG_CODEC_LATIN1},
        {"iso8859_1", JG_CODEC_LATIN1}, {"8859", JG_CODEC_LATIN1},
        {"cp819", JG_CODEC_LATIN1},    {"iso_ir_100", JG_CODEC_LATIN1},
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(norm, aliases[i].name) == 0)
            return aliases[i].codec;
    return -1;
}

const char *jg_codec_name(int codec)
{
    return codec == JG_CODEC_UTF8 ? "utf-8" : codec == JG_CODEC_ASCII ? "ascii" : "latin-1";
}

static void escape_cp(char *o, uint32_t cp)
{
    if (cp < 0x100)
        sprintf(o, "\\x%02x", cp);
    else if (cp < 0x10000)
        sprintf(o, "\\u%04x", cp);
    else
        sprintf(o, "\\U%08x", cp);
}

jg_status jg_str_encode(jg_vm *vm, const jg_str *s, int codec, const char *errors,
                        jg_value *out)
{
    uint32_t limit = codec == JG_CODEC_ASCII ? 0x80 : codec == JG_CODEC_LATIN1 ? 0x100 : 0;
    bool direct = jg_str_is_ascii(s);
    if (!direct && codec == JG_CODEC_UTF8) {
        /* Stored UTF-8 goes out as it is unless it holds a lone surrogate (ED A0..BF xx). */
        const uint8_t *u = (const uint8_t *)s->data;
        const uint8_t *p = memchr(u, 0xED, s->len);
        while (p && p[1] < 0xA0)
            p = memchr(p + 1, 0xED, s->len - (size_t)(p + 1 - u));
        direct = p == NULL;
    }
    if (direct) {
        jg_bytes *b = jg_bytes_new(vm, s->data, s->len);
        if (!b)
            return jg_raise_nomem(vm);
        *out = jg_obj_value(b);
        return JG_OK;
    }
    const char *reason = limit == 0x80    ? "ordinal not in range(128)"
                         : limit == 0x100 ? "ordinal not in range(256)"
                                          : "surrogates not allowed";
    jg_buf b;
    jg_buf_init(&b);
    size_t off = 0;
    uint32_t i = 0;
    jg_status st = JG_OK;
    while (i < s->n_chars) {
        uint32_t cp;
        int n = jg_utf8_decode(s->data + off, &cp);
        bool bad = limit ? cp >= limit : (cp >= 0xD800 && cp <= 0xDFFF);
        if (!bad) {
            if (limit) {
                char c = (char)cp;
                st = jg_buf_putc(&b, c);
            } else {
                st = jg_buf_put(&b, s->data + off, (size_t)n);
            }
            if (st != JG_OK)
                goto nomem;
            off += (size_t)n;
            i++;
            continue;
        }
        /* A run of unencodable code points is reported (or replaced) together. */
        uint32_t j = i;
        size_t off2 = off;
        while (j < s->n_chars) {
            uint32_t c2;
            int n2 = jg_utf8_decode(s->data + off2, &c2);
            if (!(limit ? c2 >= limit : (c2 >= 0xD800 && c2 <= 0xDFFF)))
                break;
            off2 += (size_t)n2;
            j++;
        }
        bool fail = strcmp(errors, "strict") == 0;
        for (size_t o = off; !fail && o < off2;) {
            uint32_t c2;
            int n2 = jg_utf8_decode(s->data + o, &c2);
            char esc[16];
            if (strcmp(errors, "replace") == 0) {
                st = jg_buf_putc(&b, '?');
            } else if (strcmp(errors, "backslashreplace") == 0) {
                escape_cp(esc, c2);
                st = jg_buf_puts(&b, esc);
            } else if (strcmp(errors, "xmlcharrefreplace") == 0) {
                st = jg_buf_printf(&b, "&#%u;", c2);
            } else if (strcmp(errors, "surrogatepass") == 0) {
                fail = limit != 0;
                if (!fail)
                    st = jg_buf_put(&b, s->data + o, (size_t)n2);
            } else if (strcmp(errors, "surrogateescape") == 0) {
                /* U+DC80..U+DCFF stand for the undecodable bytes 0x80..0xFF. */
                fail = c2 < 0xDC80 || c2 > 0xDCFF;
                if (!fail)
                    st = jg_buf_putc(&b, (char)(c2 - 0xDC00));
            } else if (strcmp(errors, "ignore") != 0) {
                jg_buf_free(&b);
                return jg_raise(vm, vm->t.LookupError, "unknown error handler name '%s'",
                                errors);
            }
            if (st != JG_OK)
                goto nomem;
            o += (size_t)n2;
        }
        if (fail) {
            /* strict, or a handler that cannot stand in for this run: CPython's error. */
            jg_buf_free(&b);
            if (j - i == 1) {
                char esc[16];
                escape_cp(esc, cp);
                return jg_raise(vm, vm->t.UnicodeEncodeError,
                                "'%s' codec can't encode character '%s' in position %u: %s",
                                jg_codec_name(codec), esc, i, reason);
            }
            return jg_raise(vm, vm->t.UnicodeEncodeError,
                            "'%s' codec can't encode characters in position %u-%u: %s",
                            jg_codec_name(codec), i, j - 1, reason);
        }
        i = j;
        off = off2;
    }
    jg_bytes *r = jg_bytes_new(vm, b.data ? b.data : "", b.len);
    jg_buf_free(&b);
    if (!r)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(r);
    return JG_OK;
nomem:
    jg_buf_free(&b);
    return jg_raise_nomem(vm);
}

/* Reads an optional str argument of encode()/decode()/str(). */
jg_status jg_codec_args(jg_vm *vm, const char *fname, jg_value enc, jg_value errs, int *codec,
                        const char **errors)
{
    *codec = JG_CODEC_UTF8;
    *errors = "strict";
    /* Both arguments are type-checked before the encoding is looked up. */
    if (enc != JG_UNDEF && !is_str(enc))
        return jg_raise(vm, vm->t.TypeError, "%s() argument 'encoding' must be str, not %s",
                        fname, arg_type_name(vm, enc));
    if (errs != JG_UNDEF && !is_str(errs))
        return jg_raise(vm, vm->t.TypeError, "%s() argument 'errors' must be str, not %s", fname,
                        arg_type_name(vm, errs));
    if (enc != JG_UNDEF) {
        if (!is_str(enc))
            return jg_raise(vm, vm->t.TypeError, "%s() argument 'encoding' must be str, not %s",
                            fname, arg_type_name(vm, enc));
        *codec = jg_codec_lookup(as_str(enc)->data, as_str(enc)->len);
        if (*codec < 0)
            return jg_raise(vm, vm->t.LookupError, "unknown encoding: %s", as_str(enc)->data);
    }
    if (errs != JG_UNDEF) {
        if (!is_str(errs))
            return jg_raise(vm, vm->t.TypeError, "%s() argument 'errors' must be str, not %s",
                            fname, arg_type_name(vm, errs));
        *errors = as_str(errs)->data;
    }
    return JG_OK;
}

NATIVE(str_encode)
{
    static const char *const kw[] = {"encoding", "errors", NULL};
    jg_str *s;
    jg_value a[2];
    int codec;
    const char *errors;
    if (self_str(vm, args, nargs, "encode", &s) != JG_OK ||
        jg_args_parse(vm, "encode", args + 1, nargs - 1, kwnames, kw, 0, 2, a) != JG_OK ||
        jg_codec_args(vm, "encode", a[0], a[1], &codec, &errors) != JG_OK)
        return JG_RAISED;
    return jg_str_encode(vm, s, codec, errors, out);
}

/* ---------------------------------------------------------------- maketrans, translate */

NATIVE(str_maketrans)
{
    if (jg_str_argc_range(vm, "str", "maketrans", nargs, kwnames, 1, 3) != JG_OK)
        return JG_RAISED;
    jg_dict *d = jg_dict_new(vm);
    if (!d)
        return jg_raise_nomem(vm);
    if (nargs == 1) {
        if (!jg_is_kind(args[0], JG_K_DICT))
            return jg_raise(vm, vm->t.TypeError,
                            "if you give only one argument to maketrans it must be a dict");
        jg_dict *src = JG_AS(jg_dict, args[0]);
        for (uint32_t i = 0; i < src->n_entries; i++) {
            jg_value k = src->entries[i].key;
            if (k == JG_UNDEF)
                continue;
            if (is_str(k)) {
                if (as_str(k)->n_chars != 1)
                    return jg_raise(vm, vm->t.ValueError,
                                    "string keys in translate table must be of length 1");
                k = jg_int(jg_str_char_at(as_str(k), 0));
            } else if (!jg_is_anyint(vm, k)) {
                return jg_raise(vm, vm->t.TypeError,
                                "keys in translate table must be strings or integers");
            }
            jg_status st = jg_dict_set(vm, d, k, src->entries[i].value);
            if (st != JG_OK)
                return st;
        }
        *out = jg_obj_value(d);
        return JG_OK;
    }
    if (!is_str(args[0]))
        return jg_raise(vm, vm->t.TypeError, "maketrans() argument 1 must be str, not %s",
                        jg_type_name(vm, args[0]));
    for (int k = 1; k < nargs; k++)
        if (!is_str(args[k]))
            return jg_raise(vm, vm->t.TypeError, "maketrans() argument %d must be str, not %s",
                            k + 1, arg_type_name(vm, args[k]));
    jg_str *x = as_str(args[0]), *y = as_str(args[1]);
    if (x->n_chars != y->n_chars)
        return jg_raise(vm, vm->t.ValueError,
                        "the first two maketrans arguments must have equal length");
    size_t ox = 0, oy = 0;
    for (uint32_t i = 0; i < x->n_chars; i++) {
        uint32_t a, b;
        ox += (size_t)jg_utf8_decode(x->data + ox, &a);
        oy += (size_t)jg_utf8_decode(y->data + oy, &b);
        if (jg_dict_set(vm, d, jg_int(a), jg_int(b)) != JG_OK)
            return JG_RAISED;
    }
    if (nargs == 3) {
        jg_str *z = as_str(args[2]);
        size_t oz = 0;
        for (uint32_t i = 0; i < z->n_chars; i++) {
            uint32_t c;
            oz += (size_t)jg_utf8_decode(z->data + oz, &c);
            if (jg_dict_set(vm, d, jg_int(c), JG_NONE) != JG_OK)
                return JG_RAISED;
        }
    }
    *out = jg_obj_value(d);
    return JG_OK;
}

NATIVE(str_translate)
{
    jg_str *s;
    if (self_str(vm, args, nargs, "translate", &s) != JG_OK ||
        jg_str_argc_exact(vm, "str", "translate", nargs - 1, kwnames, 1) != JG_OK)
        return JG_RAISED;
    jg_value table = args[1];
    bool plain_dict = jg_is_obj(table) && jg_obj_of(table)->type == vm->t.dict;
    jg_value ascii_cache[128];
    for (int i = 0; i < 128; i++)
        ascii_cache[i] = JG_NULL;
    jg_buf b;
    jg_buf_init(&b);
    size_t off = 0, n_out = 0;
    jg_status st = JG_OK;
    for (uint32_t i = 0; i < s->n_chars; i++) {
        uint32_t cp;
        int n = jg_utf8_decode(s->data + off, &cp);
        jg_value v = cp < 128 ? ascii_cache[cp] : JG_NULL;
        if (v == JG_NULL) {
            bool found = true;
            if (plain_dict) {
                st = jg_dict_get(vm, JG_AS(jg_dict, table), jg_int(cp), &v, &found);
            } else {
                st = jg_getitem(vm, table, jg_int(cp), &v);
                if (st == JG_RAISED && jg_exc_matches(vm, vm->t.LookupError)) {
                    jg_clear_exc(vm);
                    st = JG_OK;
                    found = false;
                }
            }
            if (st != JG_OK)
                goto fail;
            if (!found)
                v = JG_UNDEF;
            if (cp < 128)
                ascii_cache[cp] = v;
        }
        if (v == JG_UNDEF) {
            st = jg_buf_put(&b, s->data + off, (size_t)n);
            n_out++;
        } else if (v == JG_NONE) {
            /* deleted */
        } else if (jg_is_anyint(vm, v)) {
            int64_t c;
            if (!jg_is_int(v) || (c = jg_as_int(v)) < 0 || c >= 0x110000) {
                jg_buf_free(&b);
                return jg_raise(vm, vm->t.ValueError,
                                "character mapping must be in range(0x110000)");
            }
            char u[4];
            st = jg_buf_put(&b, u, (size_t)jg_utf8_encode((uint32_t)c, u));
            n_out++;
        } else if (is_str(v)) {
            st = jg_buf_put(&b, as_str(v)->data, as_str(v)->len);
            n_out += as_str(v)->n_chars;
        } else {
            jg_buf_free(&b);
            return jg_raise(vm, vm->t.TypeError,
                            "character mapping must return integer, None or str");
        }
        if (st != JG_OK) {
            jg_buf_free(&b);
            return jg_raise_nomem(vm);
        }
        off += (size_t)n;
    }
    jg_str *r = jg_str_new_n(vm, b.data ? b.data : "", b.len, n_out);
    jg_buf_free(&b);
    return ret_str(vm, r, out);
fail:
    jg_buf_free(&b);
    if (st == JG_NEEDS_PY) {
        jg_value targs[2] = {args[0], args[1]};
        return jg_tailcall_prelude(vm, "_str_translate", targs, 2, NULL);
    }
    return st;
}

/* ---------------------------------------------------------------- construction */

NATIVE(str_new)
{
    static const char *const kw[] = {"object", "encoding", "errors", NULL};
    jg_value a[3];
    if (nargs < 1 || !jg_is_kind(args[0], JG_K_TYPE))
        return jg_raise(vm, vm->t.TypeError, "str.__new__(X): X is not a type object");
    jg_type *cls = JG_AS(jg_type, args[0]);
    if (nargs == 2 && !kwnames && cls == vm->t.str) {
        /* str(x) of an exact str or a small int: the common calls, without
         * parsing arguments or dispatching through the type's hooks. */
        if (jg_is_int(args[1])) {
            jg_str *r;
            if (jg_int_str(vm, args[1], &r) != JG_OK)
                return JG_RAISED;
            *out = jg_str_value(r);
            return JG_OK;
        }
        if (jg_is_obj(args[1]) && jg_obj_of(args[1])->type == vm->t.str) {
            *out = args[1];
            return JG_OK;
        }
    }
    if (jg_args_parse(vm, "str", args + 1, nargs - 1, kwnames, kw, 0, 3, a) != JG_OK)
        return JG_RAISED;
    jg_str *s;
    if (a[0] == JG_UNDEF) {
        s = jg_str_alloc(vm, 0, 0);
        if (!s)
            return jg_raise_nomem(vm);
    } else if (a[1] != JG_UNDEF || a[2] != JG_UNDEF) {
        int codec;
        const char *errors;
        /* CPython's order: the argument types, the object, then the codec. */
        for (int k = 1; k < 3; k++)
            if (a[k] != JG_UNDEF && !is_str(a[k]))
                return jg_raise(vm, vm->t.TypeError, "str() argument '%s' must be str, not %s",
                                kw[k], arg_type_name(vm, a[k]));
        if (is_str(a[0]))
            return jg_raise(vm, vm->t.TypeError, "decoding str is not supported");
        if (!jg_is_kind(a[0], JG_K_BYTES))
            return jg_raise(vm, vm->t.TypeError,
                            "decoding to str: need a bytes-like object, %s found",
                            jg_type_name(vm, a[0]));
        if (jg_codec_args(vm, "str", a[1], a[2], &codec, &errors) != JG_OK)
            return JG_RAISED;
        jg_bytes *b = JG_AS(jg_bytes, a[0]);
        jg_value v;
        if (jg_bytes_decode(vm, (const char *)b->data, b->len, codec, errors, &v) != JG_OK)
            return JG_RAISED;
        s = as_str(v);
    } else {
        jg_status st = jg_str_of(vm, a[0], &s);
        if (st == JG_NEEDS_PY) {
            jg_value targs[2] = {args[0], a[0]};
            return jg_tailcall_prelude(vm, "_str_new", targs, 2, NULL);
        }
        if (st != JG_OK)
            return st;
    }
    if (cls != vm->t.str) {
        jg_str *r = jg_str_alloc_typed(vm, cls, s->len, s->n_chars);
        if (!r)
            return jg_raise_nomem(vm);
        memcpy(r->data, s->data, s->len);
        s = r;
    }
    *out = jg_str_value(s);
    return JG_OK;
}


/* ---------------------------------------------------------------- dunder methods
 * The hooks, callable by name (str.__eq__, super().__getitem__(i) in a subclass). */

static jg_status dunder_self(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                             const char *name, int n_args, jg_str **s)
{
    if (self_str(vm, args, nargs, name, s) != JG_OK)
        return JG_RAISED;
    if ((kwnames && kwnames->len) || nargs - 1 != n_args) {
        /* CPython's wrapper of sq_repeat words it with a leading space. */
        bool repeat = strcmp(name, "__mul__") == 0 || strcmp(name, "__rmul__") == 0;
        return jg_raise(vm, vm->t.TypeError, "%sexpected %d argument%s, got %d",
                        repeat ? " " : "", n_args, n_args == 1 ? "" : "s", nargs - 1);
    }
    return JG_OK;
}

#define DUNDER_CMP(fn, name, op)                                                        \
    NATIVE(fn)                                                                          \
    {                                                                                   \
        jg_str *s;                                                                      \
        if (dunder_self(vm, args, nargs, kwnames, name, 1, &s) != JG_OK)                \
            return JG_RAISED;                                                           \
        return str_richcompare(vm, args[0], args[1], op, out);                          \
    }
DUNDER_CMP(str_dunder_eq, "__eq__", JG_CMP_EQ)
DUNDER_CMP(str_dunder_ne, "__ne__", JG_CMP_NOTEQ)
DUNDER_CMP(str_dunder_lt, "__lt__", JG_CMP_LT)
DUNDER_CMP(str_dunder_le, "__le__", JG_CMP_LTE)
DUNDER_CMP(str_dunder_gt, "__gt__", JG_CMP_GT)
DUNDER_CMP(str_dunder_ge, "__ge__", JG_CMP_GTE)

NATIVE(str_dunder_add)
{
    jg_str *s;
    if (dunder_self(vm, args, nargs, kwnames, "__add__", 1, &s) != JG_OK)
        return JG_RAISED;
    if (!is_str(args[1])) /* str.__add__ itself raises (the + operator may reflect) */
        return jg_raise(vm, vm->t.TypeError, "can only concatenate str (not \"%s\") to str",
                        jg_type_name(vm, args[1]));
    return ret_str(vm, jg_str_concat(vm, s, as_str(args[1])), out);
}

NATIVE(str_dunder_mul)
{
    jg_str *s;
    if (dunder_self(vm, args, nargs, kwnames, "__mul__", 1, &s) != JG_OK)
        return JG_RAISED;
    if (!jg_is_anyint(vm, args[1])) {
        if (may_reflect(vm, args[1])) { /* may have an __index__ */
            *out = JG_NOTIMPLEMENTED;
            return JG_OK;
        }
        return jg_raise(vm, vm->t.TypeError, "'%s' object cannot be interpreted as an integer",
                        jg_type_name(vm, args[1]));
    }
    return str_repeat(vm, s, args[1], out);
}

NATIVE(str_dunder_len)
{
    jg_str *s;
    if (dunder_self(vm, args, nargs, kwnames, "__len__", 0, &s) != JG_OK)
        return JG_RAISED;
    *out = jg_int(s->n_chars);
    return JG_OK;
}

NATIVE(str_dunder_hash)
{
    jg_str *s;
    if (dunder_self(vm, args, nargs, kwnames, "__hash__", 0, &s) != JG_OK)
        return JG_RAISED;
    *out = jg_int_from_i64(vm, jg_str_hash(s));
    return JG_OK;
}

NATIVE(str_dunder_getitem)
{
    jg_str *s;
    if (dunder_self(vm, args, nargs, kwnames, "__getitem__", 1, &s) != JG_OK)
        return JG_RAISED;
    jg_status st = str_getitem(vm, args[0], args[1], out);
    if (st != JG_NEEDS_PY)
        return st;
    jg_value targs[2] = {args[0], args[1]};
    return jg_tailcall_prelude(vm, "_str_getitem", targs, 2, NULL);
}

NATIVE(str_dunder_contains)
{
    jg_str *s;
    bool r;
    if (dunder_self(vm, args, nargs, kwnames, "__contains__", 1, &s) != JG_OK ||
        str_contains(vm, args[0], args[1], &r) != JG_OK)
        return JG_RAISED;
    *out = jg_bool(r);
    return JG_OK;
}

NATIVE(str_dunder_iter)
{
    jg_str *s;
    if (dunder_self(vm, args, nargs, kwnames, "__iter__", 0, &s) != JG_OK)
        return JG_RAISED;
    return jg_str_iter_new(vm, s, out);
}

NATIVE(str_dunder_repr)
{
    jg_str *s;
    if (dunder_self(vm, args, nargs, kwnames, "__repr__", 0, &s) != JG_OK)
        return JG_RAISED;
    return ret_str(vm, jg_str_repr(vm, s), out);
}

NATIVE(str_dunder_str)
{
    jg_str *s;
    if (dunder_self(vm, args, nargs, kwnames, "__str__", 0, &s) != JG_OK)
        return JG_RAISED;
    return ret_self(vm, args[0], out);
}

/* ---------------------------------------------------------------- init */

jg_status jg_str_init(jg_vm *vm)
{
    static const struct {
        const char *name;
        native_fn *fn;
        uint32_t flags;
    } methods[] = {
        {"__new__", str_new, JG_NF_STATIC},
        {"split", str_split, 0},
        {"rsplit", str_rsplit, 0},
        {"splitlines", str_splitlines, 0},
        {"join", str_join, 0},
        {"strip", str_strip, 0},
        {"lstrip", str_lstrip, 0},
        {"rstrip", str_rstrip, 0},
        {"replace", str_replace, 0},
        {"find", str_find, 0},
        {"rfind", str_rfind, 0},
        {"index", str_index, 0},
        {"rindex", str_rindex, 0},
        {"count", str_count, 0},
        {"startswith", str_startswith, 0},
        {"endswith", str_endswith, 0},
        {"upper", str_upper, 0},
        {"lower", str_lower, 0},
        {"casefold", str_casefold, 0},
        {"title", str_title, 0},
        {"capitalize", str_capitalize, 0},
        {"swapcase", str_swapcase, 0},
        {"isdigit", str_isdigit, 0},
        {"isalpha", str_isalpha, 0},
        {"isalnum", str_isalnum, 0},
        {"isspace", str_isspace, 0},
        {"isupper", str_isupper, 0},
        {"islower", str_islower, 0},
        {"isdecimal", str_isdecimal, 0},
        {"isnumeric", str_isnumeric, 0},
        {"isidentifier", str_isidentifier, 0},
        {"isprintable", str_isprintable, 0},
        {"istitle", str_istitle, 0},
        {"isascii", str_isascii, 0},
        {"center", str_center, 0},
        {"ljust", str_ljust, 0},
        {"rjust", str_rjust, 0},
        {"zfill", str_zfill, 0},
        {"partition", str_partition, 0},
        {"rpartition", str_rpartition, 0},
        {"expandtabs", str_expandtabs, 0},
        {"encode", str_encode, 0},
        {"maketrans", str_maketrans, JG_NF_STATIC},
        {"translate", str_translate, 0},
        {"removeprefix", str_removeprefix, 0},
        {"removesuffix", str_removesuffix, 0},
        {"format", jg_str_format_native, 0},
        {"format_map", jg_str_format_map_native, 0},
        {"__format__", jg_str_dunder_format_native, 0},
        {"__mod__", jg_str_mod_native, 0},
        {"__eq__", str_dunder_eq, 0},
        {"__ne__", str_dunder_ne, 0},
        {"__lt__", str_dunder_lt, 0},
        {"__le__", str_dunder_le, 0},
        {"__gt__", str_dunder_gt, 0},
        {"__ge__", str_dunder_ge, 0},
        {"__add__", str_dunder_add, 0},
        {"__mul__", str_dunder_mul, 0},
        {"__rmul__", str_dunder_mul, 0},
        {"__len__", str_dunder_len, 0},
        {"__hash__", str_dunder_hash, 0},
        {"__getitem__", str_dunder_getitem, 0},
        {"__contains__", str_dunder_contains, 0},
        {"__iter__", str_dunder_iter, 0},
        {"__repr__", str_dunder_repr, 0},
        {"__str__", str_dunder_str, 0},
    };
    vm->t.str->hooks = &str_hooks;
    /* iter.c may serve every iterator kind with one set of hooks; else these. */
    if (!vm->t.str_iterator->hooks)
        vm->t.str_iterator->hooks = &str_iter_hooks;
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        jg_status st = jg_type_add_method(vm, vm->t.str, methods[i].name, methods[i].fn,
                                          methods[i].flags);
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}

/* ---------------------------------------------------------------- Unicode tables
 * Generated from CPython 3.11's str methods (Unicode 14.0.0) by a script that asks
 * each code point's predicates and case mappings; do not edit by hand.  For each
 * code point c (ch = chr(c)), so the tables can be made again for a later Unicode:
 *   UC_ALPHA .. UC_SPACE, UC_PRINTABLE, UC_LOWER, UC_UPPER: ch.isalpha(), .isdecimal(),
 *     .isdigit(), .isnumeric(), .isspace(), .isprintable(), .islower(), .isupper();
 *   UC_TITLE: unicodedata.category(ch) == "Lt";
 *   UC_CASED: ("x" + ch + "x").title()[-1] == "x";
 *   UC_CASE_IGNORABLE, as lower()'s final-sigma rule reveals it: for a cased ch,
 *     ("A\u03a3" + ch).lower()[1] == "\u03c2", else ("A" + ch + "\u03a3").lower()[-1] == "\u03c2";
 *   UC_XID_START: ch.isidentifier(); UC_XID_CONTINUE: ("a" + ch).isidentifier();
 *   uc_runs: the maximal runs of equal flag sets;
 *   uc_upper/lower/title/fold_runs: runs, over every code point or every other one, of
 *     equal ord(f(ch)) - c where f(ch) is a single code point other than ch;
 *   uc_specials: the code points where any of the four mappings gives more than one;
 *   uc_decimal_zeros: the distinct c - unicodedata.decimal(ch) of the decimal ch. */

/* Flag sets; uc_runs entries index this. */
static const uint16_t uc_combos[32] = {
    0x0000, 0x0010, 0x0030, 0x0020, 0x0420, 0x102e, 0x1aa1, 0x1820, 0x1a61, 0x0400,
    0x002c, 0x1420, 0x0028, 0x1821, 0x1b21, 0x1e61, 0x1c21, 0x1660, 0x0661, 0x1020,
    0x1021, 0x102c, 0x1828, 0x1c20, 0x1aa8, 0x1a68, 0x02a0, 0x0260, 0x0421, 0x1829,
    0x0021, 0x1421,
};

/* Flags of the ASCII code points, for the fast path. */
static const uint16_t uc_ascii[128] = {
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0010,
    0x0010, 0x0010, 0x0010, 0x0010, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000,
    0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0010, 0x0010,
    0x0010, 0x0010, 0x0030, 0x0020, 0x0020, 0x0020, 0x0020, 0x0020, 0x0020, 0x0420,
    0x0020, 0x0020, 0x0020, 0x0020, 0x0020, 0x0020, 0x0420, 0x0020, 0x102e, 0x102e,
    0x102e, 0x102e, 0x102e, 0x102e, 0x102e, 0x102e, 0x102e, 0x102e, 0x0420, 0x0020,
    0x0020, 0x0020, 0x0020, 0x0020, 0x0020, 0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1,
    0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1,
    0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1, 0x1aa1,
    0x1aa1, 0x0020, 0x0020, 0x0020, 0x0420, 0x1820, 0x0420, 0x1a61, 0x1a61, 0x1a61,
    0x1a61, 0x1a61, 0x1a61, 0x1a61, 0x1a61, 0x1a61, 0x1a61, 0x1a61, 0x1a61, 0x1a61,
    0x1a61, 0x1a61, 0x1a61, 0x1a61, 0x1a61, 0x1a61, 0x1a61, 0x1a61, 0x1a61, 0x1a61,
    0x1a61, 0x1a61, 0x1a61, 0x0020, 0x0020, 0x0020, 0x0020, 0x0000,
};

/* (first code point << 8) | flag set: each run lasts until the next one starts. */
static const uint32_t uc_runs[3859] = {
    0x0000000, 0x0000901, 0x0000e00, 0x0001c01, 0x0002002, 0x0002103, 0x0002704, 0x0002803,
    0x0002e04, 0x0002f03, 0x0003005, 0x0003a04, 0x0003b03, 0x0004106, 0x0005b03, 0x0005e04,
    0x0005f07, 0x0006004, 0x0006108, 0x0007b03, 0x0007f00, 0x0008501, 0x0008600, 0x000a001,
    0x000a103, 0x000a804, 0x000a903, 0x000aa08, 0x000ab03, 0x000ad09, 0x000ae03, 0x000af04,
    0x000b003, 0x000b20a, 0x000b404, 0x000b508, 0x000b603, 0x000b70b, 0x000b804, 0x000b90a,
    0x000ba08, 0x000bb03, 0x000bc0c, 0x000bf03, 0x000c006, 0x000d703, 0x000d806, 0x000df08,
    0x000f703, 0x000f808, 0x0010006, 0x0010108, 0x0010206, 0x0010308, 0x0010406, 0x0010508,
    0x0010606, 0x0010708, 0x0010806, 0x0010908, 0x0010a06, 0x0010b08, 0x0010c06, 0x0010d08,
    0x0010e06, 0x0010f08, 0x0011006, 0x0011108, 0x0011206, 0x0011308, 0x0011406, 0x0011508,
    0x0011606, 0x0011708, 0x0011806, 0x0011908, 0x0011a06, 0x0011b08, 0x0011c06, 0x0011d08,
    0x0011e06, 0x0011f08, 0x0012006, 0x0012108, 0x0012206, 0x0012308, 0x0012406, 0x0012508,
    0x0012606, 0x0012708, 0x0012806, 0x0012908, 0x0012a06, 0x0012b08, 0x0012c06, 0x0012d08,
    0x0012e06, 0x0012f08, 0x0013006, 0x0013108, 0x0013206, 0x0013308, 0x0013406, 0x0013508,
    0x0013606, 0x0013708, 0x0013906, 0x0013a08, 0x0013b06, 0x0013c08, 0x0013d06, 0x0013e08,
    0x0013f06, 0x0014008, 0x0014106, 0x0014208, 0x0014306, 0x0014408, 0x0014506, 0x0014608,
    0x0014706, 0x0014808, 0x0014a06, 0x0014b08, 0x0014c06, 0x0014d08, 0x0014e06, 0x0014f08,
    0x0015006, 0x0015108, 0x0015206, 0x0015308, 0x0015406, 0x0015508, 0x0015606, 0x0015708,
    0x0015806, 0x0015908, 0x0015a06, 0x0015b08, 0x0015c06, 0x0015d08, 0x0015e06, 0x0015f08,
    0x0016006, 0x0016108, 0x0016206, 0x0016308, 0x0016406, 0x0016508, 0x0016606, 0x0016708,
    0x0016806, 0x0016908, 0x0016a06, 0x0016b08, 0x0016c06, 0x0016d08, 0x0016e06, 0x0016f08,
    0x0017006, 0x0017108, 0x0017206, 0x0017308, 0x0017406, 0x0017508, 0x0017606, 0x0017708,
    0x0017806, 0x0017a08, 0x0017b06, 0x0017c08, 0x0017d06, 0x0017e08, 0x0018106, 0x0018308,
    0x0018406, 0x0018508, 0x0018606, 0x0018808, 0x0018906, 0x0018c08, 0x0018e06, 0x0019208,
    0x0019306, 0x0019508, 0x0019606, 0x0019908, 0x0019c06, 0x0019e08, 0x0019f06, 0x001a108,
    0x001a206, 0x001a308, 0x001a406, 0x001a508, 0x001a606, 0x001a808, 0x001a906, 0x001aa08,
    0x001ac06, 0x001ad08, 0x001ae06, 0x001b008, 0x001b106, 0x001b408, 0x001b506, 0x001b608,
    0x001b706, 0x001b908, 0x001bb0d, 0x001bc06, 0x001bd08, 0x001c00d, 0x001c406, 0x001c50e,
    0x001c608, 0x001c706, 0x001c80e, 0x001c908, 0x001ca06, 0x001cb0e, 0x001cc08, 0x001cd06,
    0x001ce08, 0x001cf06, 0x001d008, 0x001d106, 0x001d208, 0x001d306, 0x001d408, 0x001d506,
    0x001d608, 0x001d706, 0x001d808, 0x001d906, 0x001da08, 0x001db06, 0x001dc08, 0x001de06,
    0x001df08, 0x001e006, 0x001e108, 0x001e206, 0x001e308, 0x001e406, 0x001e508, 0x001e606,
    0x001e708, 0x001e806, 0x001e908, 0x001ea06, 0x001eb08, 0x001ec06, 0x001ed08, 0x001ee06,
    0x001ef08, 0x001f106, 0x001f20e, 0x001f308, 0x001f406, 0x001f508, 0x001f606, 0x001f908,
    0x001fa06, 0x001fb08, 0x001fc06, 0x001fd08, 0x001fe06, 0x001ff08, 0x0020006, 0x0020108,
    0x0020206, 0x0020308, 0x0020406, 0x0020508, 0x0020606, 0x0020708, 0x0020806, 0x0020908,
    0x0020a06, 0x0020b08, 0x0020c06, 0x0020d08, 0x0020e06, 0x0020f08, 0x0021006, 0x0021108,
    0x0021206, 0x0021308, 0x0021406, 0x0021508, 0x0021606, 0x0021708, 0x0021806, 0x0021908,
    0x0021a06, 0x0021b08, 0x0021c06, 0x0021d08, 0x0021e06, 0x0021f08, 0x0022006, 0x0022108,
    0x0022206, 0x0022308, 0x0022406, 0x0022508, 0x0022606, 0x0022708, 0x0022806, 0x0022908,
    0x0022a06, 0x0022b08, 0x0022c06, 0x0022d08, 0x0022e06, 0x0022f08, 0x0023006, 0x0023108,
    0x0023206, 0x0023308, 0x0023a06, 0x0023c08, 0x0023d06, 0x0023f08, 0x0024106, 0x0024208,
    0x0024306, 0x0024708, 0x0024806, 0x0024908, 0x0024a06, 0x0024b08, 0x0024c06, 0x0024d08,
    0x0024e06, 0x0024f08, 0x002940d, 0x0029508, 0x002b00f, 0x002b910, 0x002c00f, 0x002c204,
    0x002c610, 0x002d204, 0x002e00f, 0x002e504, 0x002ec10, 0x002ed04, 0x002ee10, 0x002ef04,
    0x003000b, 0x0034511, 0x003460b, 0x0037006, 0x0037108, 0x0037206, 0x0037308, 0x0037410,
    0x0037504, 0x0037606, 0x0037708, 0x0037800, 0x0037a12, 0x0037b08, 0x0037e03, 0x0037f06,
    0x0038000, 0x0038404, 0x0038606, 0x003870b, 0x0038806, 0x0038b00, 0x0038c06, 0x0038d00,
    0x0038e06, 0x0039008, 0x0039106, 0x003a200, 0x003a306, 0x003ac08, 0x003cf06, 0x003d008,
    0x003d206, 0x003d508, 0x003d806, 0x003d908, 0x003da06, 0x003db08, 0x003dc06, 0x003dd08,
    0x003de06, 0x003df08, 0x003e006, 0x003e108, 0x003e206, 0x003e308, 0x003e406, 0x003e508,
    0x003e606, 0x003e708, 0x003e806, 0x003e908, 0x003ea06, 0x003eb08, 0x003ec06, 0x003ed08,
    0x003ee06, 0x003ef08, 0x003f406, 0x003f508, 0x003f603, 0x003f706, 0x003f808, 0x003f906,
    0x003fb08, 0x003fd06, 0x0043008, 0x0046006, 0x0046108, 0x0046206, 0x0046308, 0x0046406,
    0x0046508, 0x0046606, 0x0046708, 0x0046806, 0x0046908, 0x0046a06, 0x0046b08, 0x0046c06,
    0x0046d08, 0x0046e06, 0x0046f08, 0x0047006, 0x0047108, 0x0047206, 0x0047308, 0x0047406,
    0x0047508, 0x0047606, 0x0047708, 0x0047806, 0x0047908, 0x0047a06, 0x0047b08, 0x0047c06,
    0x0047d08, 0x0047e06, 0x0047f08, 0x0048006, 0x0048108, 0x0048203, 0x004830b, 0x0048804,
    0x0048a06, 0x0048b08, 0x0048c06, 0x0048d08, 0x0048e06, 0x0048f08, 0x0049006, 0x0049108,
    0x0049206, 0x0049308, 0x0049406, 0x0049508, 0x0049606, 0x0049708, 0x0049806, 0x0049908,
    0x0049a06, 0x0049b08, 0x0049c06, 0x0049d08, 0x0049e06, 0x0049f08, 0x004a006, 0x004a108,
    0x004a206, 0x004a308, 0x004a406, 0x004a508, 0x004a606, 0x004a708, 0x004a806, 0x004a908,
    0x004aa06, 0x004ab08, 0x004ac06, 0x004ad08, 0x004ae06, 0x004af08, 0x004b006, 0x004b108,
    0x004b206, 0x004b308, 0x004b406, 0x004b508, 0x004b606, 0x004b708, 0x004b806, 0x004b908,
    0x004ba06, 0x004bb08, 0x004bc06, 0x004bd08, 0x004be06, 0x004bf08, 0x004c006, 0x004c208,
    0x004c306, 0x004c408, 0x004c506, 0x004c608, 0x004c706, 0x004c808, 0x004c906, 0x004ca08,
    0x004cb06, 0x004cc08, 0x004cd06, 0x004ce08, 0x004d006, 0x004d108, 0x004d206, 0x004d308,
    0x004d406, 0x004d508, 0x004d606, 0x004d708, 0x004d806, 0x004d908, 0x004da06, 0x004db08,
    0x004dc06, 0x004dd08, 0x004de06, 0x004df08, 0x004e006, 0x004e108, 0x004e206, 0x004e308,
    0x004e406, 0x004e508, 0x004e606, 0x004e708, 0x004e806, 0x004e908, 0x004ea06, 0x004eb08,
    0x004ec06, 0x004ed08, 0x004ee06, 0x004ef08, 0x004f006, 0x004f108, 0x004f206, 0x004f308,
    0x004f406, 0x004f508, 0x004f606, 0x004f708, 0x004f806, 0x004f908, 0x004fa06, 0x004fb08,
    0x004fc06, 0x004fd08, 0x004fe06, 0x004ff08, 0x0050006, 0x0050108, 0x0050206, 0x0050308,
    0x0050406, 0x0050508, 0x0050606, 0x0050708, 0x0050806, 0x0050908, 0x0050a06, 0x0050b08,
    0x0050c06, 0x0050d08, 0x0050e06, 0x0050f08, 0x0051006, 0x0051108, 0x0051206, 0x0051308,
    0x0051406, 0x0051508, 0x0051606, 0x0051708, 0x0051806, 0x0051908, 0x0051a06, 0x0051b08,
    0x0051c06, 0x0051d08, 0x0051e06, 0x0051f08, 0x0052006, 0x0052108, 0x0052206, 0x0052308,
    0x0052406, 0x0052508, 0x0052606, 0x0052708, 0x0052806, 0x0052908, 0x0052a06, 0x0052b08,
    0x0052c06, 0x0052d08, 0x0052e06, 0x0052f08, 0x0053000, 0x0053106, 0x0055700, 0x0055910,
    0x0055a03, 0x0055f04, 0x0056008, 0x0058903, 0x0058b00, 0x0058d03, 0x0059000, 0x005910b,
    0x005be03, 0x005bf0b, 0x005c003, 0x005c10b, 0x005c303, 0x005c40b, 0x005c603, 0x005c70b,
    0x005c800, 0x005d00d, 0x005eb00, 0x005ef0d, 0x005f303, 0x005f404, 0x005f500, 0x0060009,
    0x0060603, 0x006100b, 0x0061b03, 0x0061c09, 0x0061d03, 0x006200d, 0x0064010, 0x006410d,
    0x0064b0b, 0x0066005, 0x0066a03, 0x0066e0d, 0x006700b, 0x006710d, 0x006d403, 0x006d50d,
    0x006d60b, 0x006dd09, 0x006de03, 0x006df0b, 0x006e510, 0x006e70b, 0x006e903, 0x006ea0b,
    0x006ee0d, 0x006f005, 0x006fa0d, 0x006fd03, 0x006ff0d, 0x0070003, 0x0070e00, 0x0070f09,
    0x007100d, 0x007110b, 0x007120d, 0x007300b, 0x0074b00, 0x0074d0d, 0x007a60b, 0x007b10d,
    0x007b200, 0x007c005, 0x007ca0d, 0x007eb0b, 0x007f410, 0x007f603, 0x007fa10, 0x007fb00,
    0x007fd0b, 0x007fe03, 0x008000d, 0x008160b, 0x0081a10, 0x0081b0b, 0x0082410, 0x008250b,
    0x0082810, 0x008290b, 0x0082e00, 0x0083003, 0x0083f00, 0x008400d, 0x008590b, 0x0085c00,
    0x0085e03, 0x0085f00, 0x008600d, 0x0086b00, 0x008700d, 0x0088804, 0x008890d, 0x0088f00,
    0x0089009, 0x0089200, 0x008980b, 0x008a00d, 0x008c910, 0x008ca0b, 0x008e209, 0x008e30b,
    0x0090313, 0x009040d, 0x0093a0b, 0x0093b13, 0x0093c0b, 0x0093d0d, 0x0093e13, 0x009410b,
    0x0094913, 0x0094d0b, 0x0094e13, 0x009500d, 0x009510b, 0x009580d, 0x009620b, 0x0096403,
    0x0096605, 0x0097003, 0x0097110, 0x009720d, 0x009810b, 0x0098213, 0x0098400, 0x009850d,
    0x0098d00, 0x0098f0d, 0x0099100, 0x009930d, 0x009a900, 0x009aa0d, 0x009b100, 0x009b20d,
    0x009b300, 0x009b60d, 0x009ba00, 0x009bc0b, 0x009bd0d, 0x009be13, 0x009c10b, 0x009c500,
    0x009c713, 0x009c900, 0x009cb13, 0x009cd0b, 0x009ce0d, 0x009cf00, 0x009d713, 0x009d800,
    0x009dc0d, 0x009de00, 0x009df0d, 0x009e20b, 0x009e400, 0x009e605, 0x009f00d, 0x009f203,
    0x009f40c, 0x009fa03, 0x009fc0d, 0x009fd03, 0x009fe0b, 0x009ff00, 0x00a010b, 0x00a0313,
    0x00a0400, 0x00a050d, 0x00a0b00, 0x00a0f0d, 0x00a1100, 0x00a130d, 0x00a2900, 0x00a2a0d,
    0x00a3100, 0x00a320d, 0x00a3400, 0x00a350d, 0x00a3700, 0x00a380d, 0x00a3a00, 0x00a3c0b,
    0x00a3d00, 0x00a3e13, 0x00a410b, 0x00a4300, 0x00a470b, 0x00a4900, 0x00a4b0b, 0x00a4e00,
    0x00a510b, 0x00a5200, 0x00a590d, 0x00a5d00, 0x00a5e0d, 0x00a5f00, 0x00a6605, 0x00a700b,
    0x00a720d, 0x00a750b, 0x00a7603, 0x00a7700, 0x00a810b, 0x00a8313, 0x00a8400, 0x00a850d,
    0x00a8e00, 0x00a8f0d, 0x00a9200, 0x00a930d, 0x00aa900, 0x00aaa0d, 0x00ab100, 0x00ab20d,
    0x00ab400, 0x00ab50d, 0x00aba00, 0x00abc0b, 0x00abd0d, 0x00abe13, 0x00ac10b, 0x00ac600,
    0x00ac70b, 0x00ac913, 0x00aca00, 0x00acb13, 0x00acd0b, 0x00ace00, 0x00ad00d, 0x00ad100,
    0x00ae00d, 0x00ae20b, 0x00ae400, 0x00ae605, 0x00af003, 0x00af200, 0x00af90d, 0x00afa0b,
    0x00b0000, 0x00b010b, 0x00b0213, 0x00b0400, 0x00b050d, 0x00b0d00, 0x00b0f0d, 0x00b1100,
    0x00b130d, 0x00b2900, 0x00b2a0d, 0x00b3100, 0x00b320d, 0x00b3400, 0x00b350d, 0x00b3a00,
    0x00b3c0b, 0x00b3d0d, 0x00b3e13, 0x00b3f0b, 0x00b4013, 0x00b410b, 0x00b4500, 0x00b4713,
    0x00b4900, 0x00b4b13, 0x00b4d0b, 0x00b4e00, 0x00b550b, 0x00b5713, 0x00b5800, 0x00b5c0d,
    0x00b5e00, 0x00b5f0d, 0x00b620b, 0x00b6400, 0x00b6605, 0x00b7003, 0x00b710d, 0x00b720c,
    0x00b7800, 0x00b820b, 0x00b830d, 0x00b8400, 0x00b850d, 0x00b8b00, 0x00b8e0d, 0x00b9100,
    0x00b920d, 0x00b9600, 0x00b990d, 0x00b9b00, 0x00b9c0d, 0x00b9d00, 0x00b9e0d, 0x00ba000,
    0x00ba30d, 0x00ba500, 0x00ba80d, 0x00bab00, 0x00bae0d, 0x00bba00, 0x00bbe13, 0x00bc00b,
    0x00bc113, 0x00bc300, 0x00bc613, 0x00bc900, 0x00bca13, 0x00bcd0b, 0x00bce00, 0x00bd00d,
    0x00bd100, 0x00bd713, 0x00bd800, 0x00be605, 0x00bf00c, 0x00bf303, 0x00bfb00, 0x00c000b,
    0x00c0113, 0x00c040b, 0x00c050d, 0x00c0d00, 0x00c0e0d, 0x00c1100, 0x00c120d, 0x00c2900,
    0x00c2a0d, 0x00c3a00, 0x00c3c0b, 0x00c3d0d, 0x00c3e0b, 0x00c4113, 0x00c4500, 0x00c460b,
    0x00c4900, 0x00c4a0b, 0x00c4e00, 0x00c550b, 0x00c5700, 0x00c580d, 0x00c5b00, 0x00c5d0d,
    0x00c5e00, 0x00c600d, 0x00c620b, 0x00c6400, 0x00c6605, 0x00c7000, 0x00c7703, 0x00c780c,
    0x00c7f03, 0x00c800d, 0x00c810b, 0x00c8213, 0x00c8403, 0x00c850d, 0x00c8d00, 0x00c8e0d,
    0x00c9100, 0x00c920d, 0x00ca900, 0x00caa0d, 0x00cb400, 0x00cb50d, 0x00cba00, 0x00cbc0b,
    0x00cbd0d, 0x00cbe13, 0x00cbf0b, 0x00cc013, 0x00cc500, 0x00cc60b, 0x00cc713, 0x00cc900,
    0x00cca13, 0x00ccc0b, 0x00cce00, 0x00cd513, 0x00cd700, 0x00cdd0d, 0x00cdf00, 0x00ce00d,
    0x00ce20b, 0x00ce400, 0x00ce605, 0x00cf000, 0x00cf10d, 0x00cf300, 0x00d000b, 0x00d0213,
    0x00d040d, 0x00d0d00, 0x00d0e0d, 0x00d1100, 0x00d120d, 0x00d3b0b, 0x00d3d0d, 0x00d3e13,
    0x00d410b, 0x00d4500, 0x00d4613, 0x00d4900, 0x00d4a13, 0x00d4d0b, 0x00d4e0d, 0x00d4f03,
    0x00d5000, 0x00d540d, 0x00d5713, 0x00d580c, 0x00d5f0d, 0x00d620b, 0x00d6400, 0x00d6605,
    0x00d700c, 0x00d7903, 0x00d7a0d, 0x00d8000, 0x00d810b, 0x00d8213, 0x00d8400, 0x00d850d,
    0x00d9700, 0x00d9a0d, 0x00db200, 0x00db30d, 0x00dbc00, 0x00dbd0d, 0x00dbe00, 0x00dc00d,
    0x00dc700, 0x00dca0b, 0x00dcb00, 0x00dcf13, 0x00dd20b, 0x00dd500, 0x00dd60b, 0x00dd700,
    0x00dd813, 0x00de000, 0x00de605, 0x00df000, 0x00df213, 0x00df403, 0x00df500, 0x00e010d,
    0x00e310b, 0x00e320d, 0x00e3314, 0x00e340b, 0x00e3b00, 0x00e3f03, 0x00e400d, 0x00e4610,
    0x00e470b, 0x00e4f03, 0x00e5005, 0x00e5a03, 0x00e5c00, 0x00e810d, 0x00e8300, 0x00e840d,
    0x00e8500, 0x00e860d, 0x00e8b00, 0x00e8c0d, 0x00ea400, 0x00ea50d, 0x00ea600, 0x00ea70d,
    0x00eb10b, 0x00eb20d, 0x00eb314, 0x00eb40b, 0x00ebd0d, 0x00ebe00, 0x00ec00d, 0x00ec500,
    0x00ec610, 0x00ec700, 0x00ec80b, 0x00ece00, 0x00ed005, 0x00eda00, 0x00edc0d, 0x00ee000,
    0x00f000d, 0x00f0103, 0x00f180b, 0x00f1a03, 0x00f2005, 0x00f2a0c, 0x00f3403, 0x00f350b,
    0x00f3603, 0x00f370b, 0x00f3803, 0x00f390b, 0x00f3a03, 0x00f3e13, 0x00f400d, 0x00f4800,
    0x00f490d, 0x00f6d00, 0x00f710b, 0x00f7f13, 0x00f800b, 0x00f8503, 0x00f860b, 0x00f880d,
    0x00f8d0b, 0x00f9800, 0x00f990b, 0x00fbd00, 0x00fbe03, 0x00fc60b, 0x00fc703, 0x00fcd00,
    0x00fce03, 0x00fdb00, 0x010000d, 0x0102b13, 0x0102d0b, 0x0103113, 0x010320b, 0x0103813,
    0x010390b, 0x0103b13, 0x0103d0b, 0x0103f0d, 0x0104005, 0x0104a03, 0x010500d, 0x0105613,
    0x010580b, 0x0105a0d, 0x0105e0b, 0x010610d, 0x0106213, 0x010650d, 0x0106713, 0x0106e0d,
    0x010710b, 0x010750d, 0x010820b, 0x0108313, 0x010850b, 0x0108713, 0x0108d0b, 0x0108e0d,
    0x0108f13, 0x0109005, 0x0109a13, 0x0109d0b, 0x0109e03, 0x010a006, 0x010c600, 0x010c706,
    0x010c800, 0x010cd06, 0x010ce00, 0x010d008, 0x010fb03, 0x010fc10, 0x010fd08, 0x011000d,
    0x0124900, 0x0124a0d, 0x0124e00, 0x012500d, 0x0125700, 0x012580d, 0x0125900, 0x0125a0d,
    0x0125e00, 0x012600d, 0x0128900, 0x0128a0d, 0x0128e00, 0x012900d, 0x012b100, 0x012b20d,
    0x012b600, 0x012b80d, 0x012bf00, 0x012c00d, 0x012c100, 0x012c20d, 0x012c600, 0x012c80d,
    0x012d700, 0x012d80d, 0x0131100, 0x013120d, 0x0131600, 0x013180d, 0x0135b00, 0x0135d0b,
    0x0136003, 0x0136915, 0x013720c, 0x0137d00, 0x013800d, 0x0139003, 0x0139a00, 0x013a006,
    0x013f600, 0x013f808, 0x013fe00, 0x0140003, 0x014010d, 0x0166d03, 0x0166f0d, 0x0168001,
    0x016810d, 0x0169b03, 0x0169d00, 0x016a00d, 0x016eb03, 0x016ee16, 0x016f10d, 0x016f900,
    0x017000d, 0x017120b, 0x0171513, 0x0171600, 0x0171f0d, 0x017320b, 0x0173413, 0x0173503,
    0x0173700, 0x017400d, 0x017520b, 0x0175400, 0x017600d, 0x0176d00, 0x0176e0d, 0x0177100,
    0x017720b, 0x0177400, 0x017800d, 0x017b40b, 0x017b613, 0x017b70b, 0x017be13, 0x017c60b,
    0x017c713, 0x017c90b, 0x017d403, 0x017d710, 0x017d803, 0x017dc0d, 0x017dd0b, 0x017de00,
    0x017e005, 0x017ea00, 0x017f00c, 0x017fa00, 0x0180003, 0x0180b0b, 0x0180e09, 0x0180f0b,
    0x0181005, 0x0181a00, 0x018200d, 0x0184310, 0x018440d, 0x0187900, 0x018800d, 0x0188517,
    0x018870d, 0x018a90b, 0x018aa0d, 0x018ab00, 0x018b00d, 0x018f600, 0x019000d, 0x0191f00,
    0x019200b, 0x0192313, 0x019270b, 0x0192913, 0x0192c00, 0x0193013, 0x019320b, 0x0193313,
    0x019390b, 0x0193c00, 0x0194003, 0x0194100, 0x0194403, 0x0194605, 0x019500d, 0x0196e00,
    0x019700d, 0x0197500, 0x019800d, 0x019ac00, 0x019b00d, 0x019ca00, 0x019d005, 0x019da15,
    0x019db00, 0x019de03, 0x01a000d, 0x01a170b, 0x01a1913, 0x01a1b0b, 0x01a1c00, 0x01a1e03,
    0x01a200d, 0x01a5513, 0x01a560b, 0x01a5713, 0x01a580b, 0x01a5f00, 0x01a600b, 0x01a6113,
    0x01a620b, 0x01a6313, 0x01a650b, 0x01a6d13, 0x01a730b, 0x01a7d00, 0x01a7f0b, 0x01a8005,
    0x01a8a00, 0x01a9005, 0x01a9a00, 0x01aa003, 0x01aa710, 0x01aa803, 0x01aae00, 0x01ab00b,
    0x01abe04, 0x01abf0b, 0x01acf00, 0x01b000b, 0x01b0413, 0x01b050d, 0x01b340b, 0x01b3513,
    0x01b360b, 0x01b3b13, 0x01b3c0b, 0x01b3d13, 0x01b420b, 0x01b4313, 0x01b450d, 0x01b4d00,
    0x01b5005, 0x01b5a03, 0x01b6b0b, 0x01b7403, 0x01b7f00, 0x01b800b, 0x01b8213, 0x01b830d,
    0x01ba113, 0x01ba20b, 0x01ba613, 0x01ba80b, 0x01baa13, 0x01bab0b, 0x01bae0d, 0x01bb005,
    0x01bba0d, 0x01be60b, 0x01be713, 0x01be80b, 0x01bea13, 0x01bed0b, 0x01bee13, 0x01bef0b,
    0x01bf213, 0x01bf400, 0x01bfc03, 0x01c000d, 0x01c2413, 0x01c2c0b, 0x01c3413, 0x01c360b,
    0x01c3800, 0x01c3b03, 0x01c4005, 0x01c4a00, 0x01c4d0d, 0x01c5005, 0x01c5a0d, 0x01c7810,
    0x01c7e03, 0x01c8008, 0x01c8900, 0x01c9006, 0x01cbb00, 0x01cbd06, 0x01cc003, 0x01cc800,
    0x01cd00b, 0x01cd303, 0x01cd40b, 0x01ce113, 0x01ce20b, 0x01ce90d, 0x01ced0b, 0x01cee0d,
    0x01cf40b, 0x01cf50d, 0x01cf713, 0x01cf80b, 0x01cfa0d, 0x01cfb00, 0x01d0008, 0x01d2c0f,
    0x01d6b08, 0x01d780f, 0x01d7908, 0x01d9b0f, 0x01dc00b, 0x01e0006, 0x01e0108, 0x01e0206,
    0x01e0308, 0x01e0406, 0x01e0508, 0x01e0606, 0x01e0708, 0x01e0806, 0x01e0908, 0x01e0a06,
    0x01e0b08, 0x01e0c06, 0x01e0d08, 0x01e0e06, 0x01e0f08, 0x01e1006, 0x01e1108, 0x01e1206,
    0x01e1308, 0x01e1406, 0x01e1508, 0x01e1606, 0x01e1708, 0x01e1806, 0x01e1908, 0x01e1a06,
    0x01e1b08, 0x01e1c06, 0x01e1d08, 0x01e1e06, 0x01e1f08, 0x01e2006, 0x01e2108, 0x01e2206,
    0x01e2308, 0x01e2406, 0x01e2508, 0x01e2606, 0x01e2708, 0x01e2806, 0x01e2908, 0x01e2a06,
    0x01e2b08, 0x01e2c06, 0x01e2d08, 0x01e2e06, 0x01e2f08, 0x01e3006, 0x01e3108, 0x01e3206,
    0x01e3308, 0x01e3406, 0x01e3508, 0x01e3606, 0x01e3708, 0x01e3806, 0x01e3908, 0x01e3a06,
    0x01e3b08, 0x01e3c06, 0x01e3d08, 0x01e3e06, 0x01e3f08, 0x01e4006, 0x01e4108, 0x01e4206,
    0x01e4308, 0x01e4406, 0x01e4508, 0x01e4606, 0x01e4708, 0x01e4806, 0x01e4908, 0x01e4a06,
    0x01e4b08, 0x01e4c06, 0x01e4d08, 0x01e4e06, 0x01e4f08, 0x01e5006, 0x01e5108, 0x01e5206,
    0x01e5308, 0x01e5406, 0x01e5508, 0x01e5606, 0x01e5708, 0x01e5806, 0x01e5908, 0x01e5a06,
    0x01e5b08, 0x01e5c06, 0x01e5d08, 0x01e5e06, 0x01e5f08, 0x01e6006, 0x01e6108, 0x01e6206,
    0x01e6308, 0x01e6406, 0x01e6508, 0x01e6606, 0x01e6708, 0x01e6806, 0x01e6908, 0x01e6a06,
    0x01e6b08, 0x01e6c06, 0x01e6d08, 0x01e6e06, 0x01e6f08, 0x01e7006, 0x01e7108, 0x01e7206,
    0x01e7308, 0x01e7406, 0x01e7508, 0x01e7606, 0x01e7708, 0x01e7806, 0x01e7908, 0x01e7a06,
    0x01e7b08, 0x01e7c06, 0x01e7d08, 0x01e7e06, 0x01e7f08, 0x01e8006, 0x01e8108, 0x01e8206,
    0x01e8308, 0x01e8406, 0x01e8508, 0x01e8606, 0x01e8708, 0x01e8806, 0x01e8908, 0x01e8a06,
    0x01e8b08, 0x01e8c06, 0x01e8d08, 0x01e8e06, 0x01e8f08, 0x01e9006, 0x01e9108, 0x01e9206,
    0x01e9308, 0x01e9406, 0x01e9508, 0x01e9e06, 0x01e9f08, 0x01ea006, 0x01ea108, 0x01ea206,
    0x01ea308, 0x01ea406, 0x01ea508, 0x01ea606, 0x01ea708, 0x01ea806, 0x01ea908, 0x01eaa06,
    0x01eab08, 0x01eac06, 0x01ead08, 0x01eae06, 0x01eaf08, 0x01eb006, 0x01eb108, 0x01eb206,
    0x01eb308, 0x01eb406, 0x01eb508, 0x01eb606, 0x01eb708, 0x01eb806, 0x01eb908, 0x01eba06,
    0x01ebb08, 0x01ebc06, 0x01ebd08, 0x01ebe06, 0x01ebf08, 0x01ec006, 0x01ec108, 0x01ec206,
    0x01ec308, 0x01ec406, 0x01ec508, 0x01ec606, 0x01ec708, 0x01ec806, 0x01ec908, 0x01eca06,
    0x01ecb08, 0x01ecc06, 0x01ecd08, 0x01ece06, 0x01ecf08, 0x01ed006, 0x01ed108, 0x01ed206,
    0x01ed308, 0x01ed406, 0x01ed508, 0x01ed606, 0x01ed708, 0x01ed806, 0x01ed908, 0x01eda06,
    0x01edb08, 0x01edc06, 0x01edd08, 0x01ede06, 0x01edf08, 0x01ee006, 0x01ee108, 0x01ee206,
    0x01ee308, 0x01ee406, 0x01ee508, 0x01ee606, 0x01ee708, 0x01ee806, 0x01ee908, 0x01eea06,
    0x01eeb08, 0x01eec06, 0x01eed08, 0x01eee06, 0x01eef08, 0x01ef006, 0x01ef108, 0x01ef206,
    0x01ef308, 0x01ef406, 0x01ef508, 0x01ef606, 0x01ef708, 0x01ef806, 0x01ef908, 0x01efa06,
    0x01efb08, 0x01efc06, 0x01efd08, 0x01efe06, 0x01eff08, 0x01f0806, 0x01f1008, 0x01f1600,
    0x01f1806, 0x01f1e00, 0x01f2008, 0x01f2806, 0x01f3008, 0x01f3806, 0x01f4008, 0x01f4600,
    0x01f4806, 0x01f4e00, 0x01f5008, 0x01f5800, 0x01f5906, 0x01f5a00, 0x01f5b06, 0x01f5c00,
    0x01f5d06, 0x01f5e00, 0x01f5f06, 0x01f6008, 0x01f6806, 0x01f7008, 0x01f7e00, 0x01f8008,
    0x01f880e, 0x01f9008, 0x01f980e, 0x01fa008, 0x01fa80e, 0x01fb008, 0x01fb500, 0x01fb608,
    0x01fb806, 0x01fbc0e, 0x01fbd04, 0x01fbe08, 0x01fbf04, 0x01fc208, 0x01fc500, 0x01fc608,
    0x01fc806, 0x01fcc0e, 0x01fcd04, 0x01fd008, 0x01fd400, 0x01fd608, 0x01fd806, 0x01fdc00,
    0x01fdd04, 0x01fe008, 0x01fe806, 0x01fed04, 0x01ff000, 0x01ff208, 0x01ff500, 0x01ff608,
    0x01ff806, 0x01ffc0e, 0x01ffd04, 0x01fff00, 0x0200001, 0x0200b09, 0x0201003, 0x0201804,
    0x0201a03, 0x0202404, 0x0202503, 0x0202704, 0x0202801, 0x0202a09, 0x0202f01, 0x0203003,
    0x0203f13, 0x0204103, 0x0205413, 0x0205503, 0x0205f01, 0x0206009, 0x0206500, 0x0206609,
    0x020700a, 0x020710f, 0x0207200, 0x020740a, 0x0207a03, 0x0207f0f, 0x020800a, 0x0208a03,
    0x0208f00, 0x020900f, 0x0209d00, 0x020a003, 0x020c100, 0x020d00b, 0x020dd04, 0x020e10b,
    0x020e204, 0x020e50b, 0x020f100, 0x0210003, 0x0210206, 0x0210303, 0x0210706, 0x0210803,
    0x0210a08, 0x0210b06, 0x0210e08, 0x0211006, 0x0211308, 0x0211403, 0x0211506, 0x0211603,
    0x0211807, 0x0211906, 0x0211e03, 0x0212406, 0x0212503, 0x0212606, 0x0212703, 0x0212806,
    0x0212903, 0x0212a06, 0x0212e07, 0x0212f08, 0x0213006, 0x0213408, 0x021350d, 0x0213908,
    0x0213a03, 0x0213c08, 0x0213e06, 0x0214003, 0x0214506, 0x0214608, 0x0214a03, 0x0214e08,
    0x0214f03, 0x021500c, 0x0216018, 0x0217019, 0x0218016, 0x0218306, 0x0218408, 0x0218516,
    0x021890c, 0x0218a03, 0x0218c00, 0x0219003, 0x0242700, 0x0244003, 0x0244b00, 0x024600a,
    0x024690c, 0x024740a, 0x0247d0c, 0x024880a, 0x024910c, 0x0249c03, 0x024b61a, 0x024d01b,
    0x024ea0a, 0x024eb0c, 0x024f50a, 0x024fe0c, 0x024ff0a, 0x0250003, 0x027760a, 0x0277f0c,
    0x027800a, 0x027890c, 0x0278a0a, 0x027930c, 0x0279403, 0x02b7400, 0x02b7603, 0x02b9600,
    0x02b9703, 0x02c0006, 0x02c3008, 0x02c6006, 0x02c6108, 0x02c6206, 0x02c6508, 0x02c6706,
    0x02c6808, 0x02c6906, 0x02c6a08, 0x02c6b06, 0x02c6c08, 0x02c6d06, 0x02c7108, 0x02c7206,
    0x02c7308, 0x02c7506, 0x02c7608, 0x02c7c0f, 0x02c7e06, 0x02c8108, 0x02c8206, 0x02c8308,
    0x02c8406, 0x02c8508, 0x02c8606, 0x02c8708, 0x02c8806, 0x02c8908, 0x02c8a06, 0x02c8b08,
    0x02c8c06, 0x02c8d08, 0x02c8e06, 0x02c8f08, 0x02c9006, 0x02c9108, 0x02c9206, 0x02c9308,
    0x02c9406, 0x02c9508, 0x02c9606, 0x02c9708, 0x02c9806, 0x02c9908, 0x02c9a06, 0x02c9b08,
    0x02c9c06, 0x02c9d08, 0x02c9e06, 0x02c9f08, 0x02ca006, 0x02ca108, 0x02ca206, 0x02ca308,
    0x02ca406, 0x02ca508, 0x02ca606, 0x02ca708, 0x02ca806, 0x02ca908, 0x02caa06, 0x02cab08,
    0x02cac06, 0x02cad08, 0x02cae06, 0x02caf08, 0x02cb006, 0x02cb108, 0x02cb206, 0x02cb308,
    0x02cb406, 0x02cb508, 0x02cb606, 0x02cb708, 0x02cb806, 0x02cb908, 0x02cba06, 0x02cbb08,
    0x02cbc06, 0x02cbd08, 0x02cbe06, 0x02cbf08, 0x02cc006, 0x02cc108, 0x02cc206, 0x02cc308,
    0x02cc406, 0x02cc508, 0x02cc606, 0x02cc708, 0x02cc806, 0x02cc908, 0x02cca06, 0x02ccb08,
    0x02ccc06, 0x02ccd08, 0x02cce06, 0x02ccf08, 0x02cd006, 0x02cd108, 0x02cd206, 0x02cd308,
    0x02cd406, 0x02cd508, 0x02cd606, 0x02cd708, 0x02cd806, 0x02cd908, 0x02cda06, 0x02cdb08,
    0x02cdc06, 0x02cdd08, 0x02cde06, 0x02cdf08, 0x02ce006, 0x02ce108, 0x02ce206, 0x02ce308,
    0x02ce503, 0x02ceb06, 0x02cec08, 0x02ced06, 0x02cee08, 0x02cef0b, 0x02cf206, 0x02cf308,
    0x02cf400, 0x02cf903, 0x02cfd0c, 0x02cfe03, 0x02d0008, 0x02d2600, 0x02d2708, 0x02d2800,
    0x02d2d08, 0x02d2e00, 0x02d300d, 0x02d6800, 0x02d6f10, 0x02d7003, 0x02d7100, 0x02d7f0b,
    0x02d800d, 0x02d9700, 0x02da00d, 0x02da700, 0x02da80d, 0x02daf00, 0x02db00d, 0x02db700,
    0x02db80d, 0x02dbf00, 0x02dc00d, 0x02dc700, 0x02dc80d, 0x02dcf00, 0x02dd00d, 0x02dd700,
    0x02dd80d, 0x02ddf00, 0x02de00b, 0x02e0003, 0x02e2f1c, 0x02e3003, 0x02e5e00, 0x02e8003,
    0x02e9a00, 0x02e9b03, 0x02ef400, 0x02f0003, 0x02fd600, 0x02ff003, 0x02ffc00, 0x0300001,
    0x0300103, 0x0300510, 0x030060d, 0x0300716, 0x0300803, 0x0302116, 0x0302a0b, 0x0302e13,
    0x0303003, 0x0303110, 0x0303603, 0x0303816, 0x0303b10, 0x0303c0d, 0x0303d03, 0x0304000,
    0x030410d, 0x0309700, 0x030990b, 0x0309b04, 0x0309d10, 0x0309f0d, 0x030a003, 0x030a10d,
    0x030fb03, 0x030fc10, 0x030ff0d, 0x0310000, 0x031050d, 0x0313000, 0x031310d, 0x0318f00,
    0x0319003, 0x031920c, 0x0319603, 0x031a00d, 0x031c003, 0x031e400, 0x031f00d, 0x0320003,
    0x0321f00, 0x032200c, 0x0322a03, 0x032480c, 0x0325003, 0x032510c, 0x0326003, 0x032800c,
    0x0328a03, 0x032b10c, 0x032c003, 0x034000d, 0x034051d, 0x034060d, 0x034831d, 0x034840d,
    0x0382a1d, 0x0382b0d, 0x03b4d1d, 0x03b4e0d, 0x04dc003, 0x04e001d, 0x04e010d, 0x04e031d,
    0x04e040d, 0x04e071d, 0x04e080d, 0x04e091d, 0x04e0a0d, 0x04e5d1d, 0x04e5e0d, 0x04e8c1d,
    0x04e8d0d, 0x04e941d, 0x04e950d, 0x04e961d, 0x04e970d, 0x04ebf1d, 0x04ec10d, 0x04edf1d,
    0x04ee00d, 0x04ee81d, 0x04ee90d, 0x04f0d1d, 0x04f0e0d, 0x04f701d, 0x04f710d, 0x051041d,
    0x051050d, 0x051461d, 0x051470d, 0x051691d, 0x0516a0d, 0x0516b1d, 0x0516c0d, 0x0516d1d,
    0x0516e0d, 0x053411d, 0x053420d, 0x053431d, 0x053460d, 0x0534c1d, 0x0534d0d, 0x053c11d,
    0x053c50d, 0x056db1d, 0x056dc0d, 0x058f11d, 0x058f20d, 0x058f91d, 0x058fa0d, 0x05e7a1d,
    0x05e7b0d, 0x05efe1d, 0x05f000d, 0x05f0c1d, 0x05f0f0d, 0x05f101d, 0x05f110d, 0x062fe1d,
    0x062ff0d, 0x0634c1d, 0x0634d0d, 0x067d21d, 0x067d30d, 0x06f061d, 0x06f070d, 0x073961d,
    0x073970d, 0x0767e1d, 0x0767f0d, 0x080861d, 0x080870d, 0x0842c1d, 0x0842d0d, 0x08cae1d,
    0x08caf0d, 0x08cb31d, 0x08cb40d, 0x08d301d, 0x08d310d, 0x096211d, 0x096220d, 0x096461d,
    0x096470d, 0x0964c1d, 0x0964d0d, 0x096781d, 0x096790d, 0x096f61d, 0x096f70d, 0x0a01510,
    0x0a0160d, 0x0a48d00, 0x0a49003, 0x0a4c700, 0x0a4d00d, 0x0a4f810, 0x0a4fe03, 0x0a5000d,
    0x0a60c10, 0x0a60d03, 0x0a6100d, 0x0a62005, 0x0a62a0d, 0x0a62c00, 0x0a64006, 0x0a64108,
    0x0a64206, 0x0a64308, 0x0a64406, 0x0a64508, 0x0a64606, 0x0a64708, 0x0a64806, 0x0a64908,
    0x0a64a06, 0x0a64b08, 0x0a64c06, 0x0a64d08, 0x0a64e06, 0x0a64f08, 0x0a65006, 0x0a65108,
    0x0a65206, 0x0a65308, 0x0a65406, 0x0a65508, 0x0a65606, 0x0a65708, 0x0a65806, 0x0a65908,
    0x0a65a06, 0x0a65b08, 0x0a65c06, 0x0a65d08, 0x0a65e06, 0x0a65f08, 0x0a66006, 0x0a66108,
    0x0a66206, 0x0a66308, 0x0a66406, 0x0a66508, 0x0a66606, 0x0a66708, 0x0a66806, 0x0a66908,
    0x0a66a06, 0x0a66b08, 0x0a66c06, 0x0a66d08, 0x0a66e0d, 0x0a66f0b, 0x0a67004, 0x0a67303,
    0x0a6740b, 0x0a67e03, 0x0a67f10, 0x0a68006, 0x0a68108, 0x0a68206, 0x0a68308, 0x0a68406,
    0x0a68508, 0x0a68606, 0x0a68708, 0x0a68806, 0x0a68908, 0x0a68a06, 0x0a68b08, 0x0a68c06,
    0x0a68d08, 0x0a68e06, 0x0a68f08, 0x0a69006, 0x0a69108, 0x0a69206, 0x0a69308, 0x0a69406,
    0x0a69508, 0x0a69606, 0x0a69708, 0x0a69806, 0x0a69908, 0x0a69a06, 0x0a69b08, 0x0a69c0f,
    0x0a69e0b, 0x0a6a00d, 0x0a6e616, 0x0a6f00b, 0x0a6f203, 0x0a6f800, 0x0a70004, 0x0a71710,
    0x0a72004, 0x0a72206, 0x0a72308, 0x0a72406, 0x0a72508, 0x0a72606, 0x0a72708, 0x0a72806,
    0x0a72908, 0x0a72a06, 0x0a72b08, 0x0a72c06, 0x0a72d08, 0x0a72e06, 0x0a72f08, 0x0a73206,
    0x0a73308, 0x0a73406, 0x0a73508, 0x0a73606, 0x0a73708, 0x0a73806, 0x0a73908, 0x0a73a06,
    0x0a73b08, 0x0a73c06, 0x0a73d08, 0x0a73e06, 0x0a73f08, 0x0a74006, 0x0a74108, 0x0a74206,
    0x0a74308, 0x0a74406, 0x0a74508, 0x0a74606, 0x0a74708, 0x0a74806, 0x0a74908, 0x0a74a06,
    0x0a74b08, 0x0a74c06, 0x0a74d08, 0x0a74e06, 0x0a74f08, 0x0a75006, 0x0a75108, 0x0a75206,
    0x0a75308, 0x0a75406, 0x0a75508, 0x0a75606, 0x0a75708, 0x0a75806, 0x0a75908, 0x0a75a06,
    0x0a75b08, 0x0a75c06, 0x0a75d08, 0x0a75e06, 0x0a75f08, 0x0a76006, 0x0a76108, 0x0a76206,
    0x0a76308, 0x0a76406, 0x0a76508, 0x0a76606, 0x0a76708, 0x0a76806, 0x0a76908, 0x0a76a06,
    0x0a76b08, 0x0a76c06, 0x0a76d08, 0x0a76e06, 0x0a76f08, 0x0a7700f, 0x0a77108, 0x0a77906,
    0x0a77a08, 0x0a77b06, 0x0a77c08, 0x0a77d06, 0x0a77f08, 0x0a78006, 0x0a78108, 0x0a78206,
    0x0a78308, 0x0a78406, 0x0a78508, 0x0a78606, 0x0a78708, 0x0a78810, 0x0a78904, 0x0a78b06,
    0x0a78c08, 0x0a78d06, 0x0a78e08, 0x0a78f0d, 0x0a79006, 0x0a79108, 0x0a79206, 0x0a79308,
    0x0a79606, 0x0a79708, 0x0a79806, 0x0a79908, 0x0a79a06, 0x0a79b08, 0x0a79c06, 0x0a79d08,
    0x0a79e06, 0x0a79f08, 0x0a7a006, 0x0a7a108, 0x0a7a206, 0x0a7a308, 0x0a7a406, 0x0a7a508,
    0x0a7a606, 0x0a7a708, 0x0a7a806, 0x0a7a908, 0x0a7aa06, 0x0a7af08, 0x0a7b006, 0x0a7b508,
    0x0a7b606, 0x0a7b708, 0x0a7b806, 0x0a7b908, 0x0a7ba06, 0x0a7bb08, 0x0a7bc06, 0x0a7bd08,
    0x0a7be06, 0x0a7bf08, 0x0a7c006, 0x0a7c108, 0x0a7c206, 0x0a7c308, 0x0a7c406, 0x0a7c808,
    0x0a7c906, 0x0a7ca08, 0x0a7cb00, 0x0a7d006, 0x0a7d108, 0x0a7d200, 0x0a7d308, 0x0a7d400,
    0x0a7d508, 0x0a7d606, 0x0a7d708, 0x0a7d806, 0x0a7d908, 0x0a7da00, 0x0a7f210, 0x0a7f506,
    0x0a7f608, 0x0a7f70d, 0x0a7f80f, 0x0a7fa08, 0x0a7fb0d, 0x0a8020b, 0x0a8030d, 0x0a8060b,
    0x0a8070d, 0x0a80b0b, 0x0a80c0d, 0x0a82313, 0x0a8250b, 0x0a82713, 0x0a82803, 0x0a82c0b,
    0x0a82d00, 0x0a8300c, 0x0a83603, 0x0a83a00, 0x0a8400d, 0x0a87403, 0x0a87800, 0x0a88013,
    0x0a8820d, 0x0a8b413, 0x0a8c40b, 0x0a8c600, 0x0a8ce03, 0x0a8d005, 0x0a8da00, 0x0a8e00b,
    0x0a8f20d, 0x0a8f803, 0x0a8fb0d, 0x0a8fc03, 0x0a8fd0d, 0x0a8ff0b, 0x0a90005, 0x0a90a0d,
    0x0a9260b, 0x0a92e03, 0x0a9300d, 0x0a9470b, 0x0a95213, 0x0a95400, 0x0a95f03, 0x0a9600d,
    0x0a97d00, 0x0a9800b, 0x0a98313, 0x0a9840d, 0x0a9b30b, 0x0a9b413, 0x0a9b60b, 0x0a9ba13,
    0x0a9bc0b, 0x0a9be13, 0x0a9c103, 0x0a9ce00, 0x0a9cf10, 0x0a9d005, 0x0a9da00, 0x0a9de03,
    0x0a9e00d, 0x0a9e50b, 0x0a9e610, 0x0a9e70d, 0x0a9f005, 0x0a9fa0d, 0x0a9ff00, 0x0aa000d,
    0x0aa290b, 0x0aa2f13, 0x0aa310b, 0x0aa3313, 0x0aa350b, 0x0aa3700, 0x0aa400d, 0x0aa430b,
    0x0aa440d, 0x0aa4c0b, 0x0aa4d13, 0x0aa4e00, 0x0aa5005, 0x0aa5a00, 0x0aa5c03, 0x0aa600d,
    0x0aa7010, 0x0aa710d, 0x0aa7703, 0x0aa7a0d, 0x0aa7b13, 0x0aa7c0b, 0x0aa7d13, 0x0aa7e0d,
    0x0aab00b, 0x0aab10d, 0x0aab20b, 0x0aab50d, 0x0aab70b, 0x0aab90d, 0x0aabe0b, 0x0aac00d,
    0x0aac10b, 0x0aac20d, 0x0aac300, 0x0aadb0d, 0x0aadd10, 0x0aade03, 0x0aae00d, 0x0aaeb13,
    0x0aaec0b, 0x0aaee13, 0x0aaf003, 0x0aaf20d, 0x0aaf310, 0x0aaf513, 0x0aaf60b, 0x0aaf700,
    0x0ab010d, 0x0ab0700, 0x0ab090d, 0x0ab0f00, 0x0ab110d, 0x0ab1700, 0x0ab200d, 0x0ab2700,
    0x0ab280d, 0x0ab2f00, 0x0ab3008, 0x0ab5b04, 0x0ab5c0f, 0x0ab6008, 0x0ab6910, 0x0ab6a04,
    0x0ab6c00, 0x0ab7008, 0x0abc00d, 0x0abe313, 0x0abe50b, 0x0abe613, 0x0abe80b, 0x0abe913,
    0x0abeb03, 0x0abec13, 0x0abed0b, 0x0abee00, 0x0abf005, 0x0abfa00, 0x0ac000d, 0x0d7a400,
    0x0d7b00d, 0x0d7c700, 0x0d7cb0d, 0x0d7fc00, 0x0f9000d, 0x0f96b1d, 0x0f96c0d, 0x0f9731d,
    0x0f9740d, 0x0f9781d, 0x0f9790d, 0x0f9b21d, 0x0f9b30d, 0x0f9d11d, 0x0f9d20d, 0x0f9d31d,
    0x0f9d40d, 0x0f9fd1d, 0x0f9fe0d, 0x0fa6e00, 0x0fa700d, 0x0fada00, 0x0fb0008, 0x0fb0700,
    0x0fb1308, 0x0fb1800, 0x0fb1d0d, 0x0fb1e0b, 0x0fb1f0d, 0x0fb2903, 0x0fb2a0d, 0x0fb3700,
    0x0fb380d, 0x0fb3d00, 0x0fb3e0d, 0x0fb3f00, 0x0fb400d, 0x0fb4200, 0x0fb430d, 0x0fb4500,
    0x0fb460d, 0x0fbb204, 0x0fbc300, 0x0fbd30d, 0x0fc5e1e, 0x0fc640d, 0x0fd3e03, 0x0fd500d,
    0x0fd9000, 0x0fd920d, 0x0fdc800, 0x0fdcf03, 0x0fdd000, 0x0fdf00d, 0x0fdfa1e, 0x0fdfc03,
    0x0fe000b, 0x0fe1003, 0x0fe1304, 0x0fe1403, 0x0fe1a00, 0x0fe200b, 0x0fe3003, 0x0fe3313,
    0x0fe3503, 0x0fe4d13, 0x0fe5003, 0x0fe5204, 0x0fe5300, 0x0fe5403, 0x0fe5504, 0x0fe5603,
    0x0fe6700, 0x0fe6803, 0x0fe6c00, 0x0fe701e, 0x0fe710d, 0x0fe721e, 0x0fe730d, 0x0fe741e,
    0x0fe7500, 0x0fe761e, 0x0fe770d, 0x0fe781e, 0x0fe790d, 0x0fe7a1e, 0x0fe7b0d, 0x0fe7c1e,
    0x0fe7d0d, 0x0fe7e1e, 0x0fe7f0d, 0x0fefd00, 0x0feff09, 0x0ff0000, 0x0ff0103, 0x0ff0704,
    0x0ff0803, 0x0ff0e04, 0x0ff0f03, 0x0ff1005, 0x0ff1a04, 0x0ff1b03, 0x0ff2106, 0x0ff3b03,
    0x0ff3e04, 0x0ff3f13, 0x0ff4004, 0x0ff4108, 0x0ff5b03, 0x0ff660d, 0x0ff7010, 0x0ff710d,
    0x0ff9e1f, 0x0ffa00d, 0x0ffbf00, 0x0ffc20d, 0x0ffc800, 0x0ffca0d, 0x0ffd000, 0x0ffd20d,
    0x0ffd800, 0x0ffda0d, 0x0ffdd00, 0x0ffe003, 0x0ffe304, 0x0ffe403, 0x0ffe700, 0x0ffe803,
    0x0ffef00, 0x0fff909, 0x0fffc03, 0x0fffe00, 0x100000d, 0x1000c00, 0x1000d0d, 0x1002700,
    0x100280d, 0x1003b00, 0x1003c0d, 0x1003e00, 0x1003f0d, 0x1004e00, 0x100500d, 0x1005e00,
    0x100800d, 0x100fb00, 0x1010003, 0x1010300, 0x101070c, 0x1013400, 0x1013703, 0x1014016,
    0x101750c, 0x1017903, 0x1018a0c, 0x1018c03, 0x1018f00, 0x1019003, 0x1019d00, 0x101a003,
    0x101a100, 0x101d003, 0x101fd0b, 0x101fe00, 0x102800d, 0x1029d00, 0x102a00d, 0x102d100,
    0x102e00b, 0x102e10c, 0x102fc00, 0x103000d, 0x103200c, 0x1032400, 0x1032d0d, 0x1034116,
    0x103420d, 0x1034a16, 0x1034b00, 0x103500d, 0x103760b, 0x1037b00, 0x103800d, 0x1039e00,
    0x1039f03, 0x103a00d, 0x103c400, 0x103c80d, 0x103d003, 0x103d116, 0x103d600, 0x1040006,
    0x1042808, 0x104500d, 0x1049e00, 0x104a005, 0x104aa00, 0x104b006, 0x104d400, 0x104d808,
    0x104fc00, 0x105000d, 0x1052800, 0x105300d, 0x1056400, 0x1056f03, 0x1057006, 0x1057b00,
    0x1057c06, 0x1058b00, 0x1058c06, 0x1059300, 0x1059406, 0x1059600, 0x1059708, 0x105a200,
    0x105a308, 0x105b200, 0x105b308, 0x105ba00, 0x105bb08, 0x105bd00, 0x106000d, 0x1073700,
    0x107400d, 0x1075600, 0x107600d, 0x1076800, 0x107800f, 0x1078110, 0x107830f, 0x1078600,
    0x107870f, 0x107b100, 0x107b20f, 0x107bb00, 0x108000d, 0x1080600, 0x108080d, 0x1080900,
    0x1080a0d, 0x1083600, 0x108370d, 0x1083900, 0x1083c0d, 0x1083d00, 0x1083f0d, 0x1085600,
    0x1085703, 0x108580c, 0x108600d, 0x1087703, 0x108790c, 0x108800d, 0x1089f00, 0x108a70c,
    0x108b000, 0x108e00d, 0x108f300, 0x108f40d, 0x108f600, 0x108fb0c, 0x109000d, 0x109160c,
    0x1091c00, 0x1091f03, 0x109200d, 0x1093a00, 0x1093f03, 0x1094000, 0x109800d, 0x109b800,
    0x109bc0c, 0x109be0d, 0x109c00c, 0x109d000, 0x109d20c, 0x10a000d, 0x10a010b, 0x10a0400,
    0x10a050b, 0x10a0700, 0x10a0c0b, 0x10a100d, 0x10a1400, 0x10a150d, 0x10a1800, 0x10a190d,
    0x10a3600, 0x10a380b, 0x10a3b00, 0x10a3f0b, 0x10a400a, 0x10a440c, 0x10a4900, 0x10a5003,
    0x10a5900, 0x10a600d, 0x10a7d0c, 0x10a7f03, 0x10a800d, 0x10a9d0c, 0x10aa000, 0x10ac00d,
    0x10ac803, 0x10ac90d, 0x10ae50b, 0x10ae700, 0x10aeb0c, 0x10af003, 0x10af700, 0x10b000d,
    0x10b3600, 0x10b3903, 0x10b400d, 0x10b5600, 0x10b580c, 0x10b600d, 0x10b7300, 0x10b780c,
    0x10b800d, 0x10b9200, 0x10b9903, 0x10b9d00, 0x10ba90c, 0x10bb000, 0x10c000d, 0x10c4900,
    0x10c8006, 0x10cb300, 0x10cc008, 0x10cf300, 0x10cfa0c, 0x10d000d, 0x10d240b, 0x10d2800,
    0x10d3005, 0x10d3a00, 0x10e600a, 0x10e690c, 0x10e7f00, 0x10e800d, 0x10eaa00, 0x10eab0b,
    0x10ead03, 0x10eae00, 0x10eb00d, 0x10eb200, 0x10f000d, 0x10f1d0c, 0x10f270d, 0x10f2800,
    0x10f300d, 0x10f460b, 0x10f510c, 0x10f5503, 0x10f5a00, 0x10f700d, 0x10f820b, 0x10f8603,
    0x10f8a00, 0x10fb00d, 0x10fc50c, 0x10fcc00, 0x10fe00d, 0x10ff700, 0x1100013, 0x110010b,
    0x1100213, 0x110030d, 0x110380b, 0x1104703, 0x1104e00, 0x110520a, 0x1105b0c, 0x1106605,
    0x110700b, 0x110710d, 0x110730b, 0x110750d, 0x1107600, 0x1107f0b, 0x1108213, 0x110830d,
    0x110b013, 0x110b30b, 0x110b713, 0x110b90b, 0x110bb03, 0x110bd09, 0x110be03, 0x110c20b,
    0x110c300, 0x110cd09, 0x110ce00, 0x110d00d, 0x110e900, 0x110f005, 0x110fa00, 0x111000b,
    0x111030d, 0x111270b, 0x1112c13, 0x1112d0b, 0x1113500, 0x1113605, 0x1114003, 0x111440d,
    0x1114513, 0x111470d, 0x1114800, 0x111500d, 0x111730b, 0x1117403, 0x111760d, 0x1117700,
    0x111800b, 0x1118213, 0x111830d, 0x111b313, 0x111b60b, 0x111bf13, 0x111c10d, 0x111c503,
    0x111c90b, 0x111cd03, 0x111ce13, 0x111cf0b, 0x111d005, 0x111da0d, 0x111db03, 0x111dc0d,
    0x111dd03, 0x111e000, 0x111e10c, 0x111f500, 0x112000d, 0x1121200, 0x112130d, 0x1122c13,
    0x1122f0b, 0x1123213, 0x112340b, 0x1123513, 0x112360b, 0x1123803, 0x1123e0b, 0x1123f00,
    0x112800d, 0x1128700, 0x112880d, 0x1128900, 0x1128a0d, 0x1128e00, 0x1128f0d, 0x1129e00,
    0x1129f0d, 0x112a903, 0x112aa00, 0x112b00d, 0x112df0b, 0x112e013, 0x112e30b, 0x112eb00,
    0x112f005, 0x112fa00, 0x113000b, 0x1130213, 0x1130400, 0x113050d, 0x1130d00, 0x1130f0d,
    0x1131100, 0x113130d, 0x1132900, 0x1132a0d, 0x1133100, 0x113320d, 0x1133400, 0x113350d,
    0x1133a00, 0x1133b0b, 0x1133d0d, 0x1133e13, 0x113400b, 0x1134113, 0x1134500, 0x1134713,
    0x1134900, 0x1134b13, 0x1134e00, 0x113500d, 0x1135100, 0x1135713, 0x1135800, 0x1135d0d,
    0x1136213, 0x1136400, 0x113660b, 0x1136d00, 0x113700b, 0x1137500, 0x114000d, 0x1143513,
    0x114380b, 0x1144013, 0x114420b, 0x1144513, 0x114460b, 0x114470d, 0x1144b03, 0x1145005,
    0x1145a03, 0x1145c00, 0x1145d03, 0x1145e0b, 0x1145f0d, 0x1146200, 0x114800d, 0x114b013,
    0x114b30b, 0x114b913, 0x114ba0b, 0x114bb13, 0x114bf0b, 0x114c113, 0x114c20b, 0x114c40d,
    0x114c603, 0x114c70d, 0x114c800, 0x114d005, 0x114da00, 0x115800d, 0x115af13, 0x115b20b,
    0x115b600, 0x115b813, 0x115bc0b, 0x115be13, 0x115bf0b, 0x115c103, 0x115d80d, 0x115dc0b,
    0x115de00, 0x116000d, 0x1163013, 0x116330b, 0x1163b13, 0x1163d0b, 0x1163e13, 0x1163f0b,
    0x1164103, 0x116440d, 0x1164500, 0x1165005, 0x1165a00, 0x1166003, 0x1166d00, 0x116800d,
    0x116ab0b, 0x116ac13, 0x116ad0b, 0x116ae13, 0x116b00b, 0x116b613, 0x116b70b, 0x116b80d,
    0x116b903, 0x116ba00, 0x116c005, 0x116ca00, 0x117000d, 0x1171b00, 0x1171d0b, 0x1172013,
    0x117220b, 0x1172613, 0x117270b, 0x1172c00, 0x1173005, 0x1173a0c, 0x1173c03, 0x117400d,
    0x1174700, 0x118000d, 0x1182c13, 0x1182f0b, 0x1183813, 0x118390b, 0x1183b03, 0x1183c00,
    0x118a006, 0x118c008, 0x118e005, 0x118ea0c, 0x118f300, 0x118ff0d, 0x1190700, 0x119090d,
    0x1190a00, 0x1190c0d, 0x1191400, 0x119150d, 0x1191700, 0x119180d, 0x1193013, 0x1193600,
    0x1193713, 0x1193900, 0x1193b0b, 0x1193d13, 0x1193e0b, 0x1193f0d, 0x1194013, 0x119410d,
    0x1194213, 0x119430b, 0x1194403, 0x1194700, 0x1195005, 0x1195a00, 0x119a00d, 0x119a800,
    0x119aa0d, 0x119d113, 0x119d40b, 0x119d800, 0x119da0b, 0x119dc13, 0x119e00b, 0x119e10d,
    0x119e203, 0x119e30d, 0x119e413, 0x119e500, 0x11a000d, 0x11a010b, 0x11a0b0d, 0x11a330b,
    0x11a3913, 0x11a3a0d, 0x11a3b0b, 0x11a3f03, 0x11a470b, 0x11a4800, 0x11a500d, 0x11a510b,
    0x11a5713, 0x11a590b, 0x11a5c0d, 0x11a8a0b, 0x11a9713, 0x11a980b, 0x11a9a03, 0x11a9d0d,
    0x11a9e03, 0x11aa300, 0x11ab00d, 0x11af900, 0x11c000d, 0x11c0900, 0x11c0a0d, 0x11c2f13,
    0x11c300b, 0x11c3700, 0x11c380b, 0x11c3e13, 0x11c3f0b, 0x11c400d, 0x11c4103, 0x11c4600,
    0x11c5005, 0x11c5a0c, 0x11c6d00, 0x11c7003, 0x11c720d, 0x11c9000, 0x11c920b, 0x11ca800,
    0x11ca913, 0x11caa0b, 0x11cb113, 0x11cb20b, 0x11cb413, 0x11cb50b, 0x11cb700, 0x11d000d,
    0x11d0700, 0x11d080d, 0x11d0a00, 0x11d0b0d, 0x11d310b, 0x11d3700, 0x11d3a0b, 0x11d3b00,
    0x11d3c0b, 0x11d3e00, 0x11d3f0b, 0x11d460d, 0x11d470b, 0x11d4800, 0x11d5005, 0x11d5a00,
    0x11d600d, 0x11d6600, 0x11d670d, 0x11d6900, 0x11d6a0d, 0x11d8a13, 0x11d8f00, 0x11d900b,
    0x11d9200, 0x11d9313, 0x11d950b, 0x11d9613, 0x11d970b, 0x11d980d, 0x11d9900, 0x11da005,
    0x11daa00, 0x11ee00d, 0x11ef30b, 0x11ef513, 0x11ef703, 0x11ef900, 0x11fb00d, 0x11fb100,
    0x11fc00c, 0x11fd503, 0x11ff200, 0x11fff03, 0x120000d, 0x1239a00, 0x1240016, 0x1246f00,
    0x1247003, 0x1247500, 0x124800d, 0x1254400, 0x12f900d, 0x12ff103, 0x12ff300, 0x130000d,
    0x1342f00, 0x1343009, 0x1343900, 0x144000d, 0x1464700, 0x168000d, 0x16a3900, 0x16a400d,
    0x16a5f00, 0x16a6005, 0x16a6a00, 0x16a6e03, 0x16a700d, 0x16abf00, 0x16ac005, 0x16aca00,
    0x16ad00d, 0x16aee00, 0x16af00b, 0x16af503, 0x16af600, 0x16b000d, 0x16b300b, 0x16b3703,
    0x16b4010, 0x16b4403, 0x16b4600, 0x16b5005, 0x16b5a00, 0x16b5b0c, 0x16b6200, 0x16b630d,
    0x16b7800, 0x16b7d0d, 0x16b9000, 0x16e4006, 0x16e6008, 0x16e800c, 0x16e9703, 0x16e9b00,
    0x16f000d, 0x16f4b00, 0x16f4f0b, 0x16f500d, 0x16f5113, 0x16f8800, 0x16f8f0b, 0x16f9310,
    0x16fa000, 0x16fe010, 0x16fe203, 0x16fe310, 0x16fe40b, 0x16fe500, 0x16ff013, 0x16ff200,
    0x170000d, 0x187f800, 0x188000d, 0x18cd600, 0x18d000d, 0x18d0900, 0x1aff010, 0x1aff400,
    0x1aff510, 0x1affc00, 0x1affd10, 0x1afff00, 0x1b0000d, 0x1b12300, 0x1b1500d, 0x1b15300,
    0x1b1640d, 0x1b16800, 0x1b1700d, 0x1b2fc00, 0x1bc000d, 0x1bc6b00, 0x1bc700d, 0x1bc7d00,
    0x1bc800d, 0x1bc8900, 0x1bc900d, 0x1bc9a00, 0x1bc9c03, 0x1bc9d0b, 0x1bc9f03, 0x1bca009,
    0x1bca400, 0x1cf000b, 0x1cf2e00, 0x1cf300b, 0x1cf4700, 0x1cf5003, 0x1cfc400, 0x1d00003,
    0x1d0f600, 0x1d10003, 0x1d12700, 0x1d12903, 0x1d16513, 0x1d1670b, 0x1d16a03, 0x1d16d13,
    0x1d17309, 0x1d17b0b, 0x1d18303, 0x1d1850b, 0x1d18c03, 0x1d1aa0b, 0x1d1ae03, 0x1d1eb00,
    0x1d20003, 0x1d2420b, 0x1d24503, 0x1d24600, 0x1d2e00c, 0x1d2f400, 0x1d30003, 0x1d35700,
    0x1d3600c, 0x1d37900, 0x1d40006, 0x1d41a08, 0x1d43406, 0x1d44e08, 0x1d45500, 0x1d45608,
    0x1d46806, 0x1d48208, 0x1d49c06, 0x1d49d00, 0x1d49e06, 0x1d4a000, 0x1d4a206, 0x1d4a300,
    0x1d4a506, 0x1d4a700, 0x1d4a906, 0x1d4ad00, 0x1d4ae06, 0x1d4b608, 0x1d4ba00, 0x1d4bb08,
    0x1d4bc00, 0x1d4bd08, 0x1d4c400, 0x1d4c508, 0x1d4d006, 0x1d4ea08, 0x1d50406, 0x1d50600,
    0x1d50706, 0x1d50b00, 0x1d50d06, 0x1d51500, 0x1d51606, 0x1d51d00, 0x1d51e08, 0x1d53806,
    0x1d53a00, 0x1d53b06, 0x1d53f00, 0x1d54006, 0x1d54500, 0x1d54606, 0x1d54700, 0x1d54a06,
    0x1d55100, 0x1d55208, 0x1d56c06, 0x1d58608, 0x1d5a006, 0x1d5ba08, 0x1d5d406, 0x1d5ee08,
    0x1d60806, 0x1d62208, 0x1d63c06, 0x1d65608, 0x1d67006, 0x1d68a08, 0x1d6a600, 0x1d6a806,
    0x1d6c103, 0x1d6c208, 0x1d6db03, 0x1d6dc08, 0x1d6e206, 0x1d6fb03, 0x1d6fc08, 0x1d71503,
    0x1d71608, 0x1d71c06, 0x1d73503, 0x1d73608, 0x1d74f03, 0x1d75008, 0x1d75606, 0x1d76f03,
    0x1d77008, 0x1d78903, 0x1d78a08, 0x1d79006, 0x1d7a903, 0x1d7aa08, 0x1d7c303, 0x1d7c408,
    0x1d7ca06, 0x1d7cb08, 0x1d7cc00, 0x1d7ce05, 0x1d80003, 0x1da000b, 0x1da3703, 0x1da3b0b,
    0x1da6d03, 0x1da750b, 0x1da7603, 0x1da840b, 0x1da8503, 0x1da8c00, 0x1da9b0b, 0x1daa000,
    0x1daa10b, 0x1dab000, 0x1df0008, 0x1df0a0d, 0x1df0b08, 0x1df1f00, 0x1e0000b, 0x1e00700,
    0x1e0080b, 0x1e01900, 0x1e01b0b, 0x1e02200, 0x1e0230b, 0x1e02500, 0x1e0260b, 0x1e02b00,
    0x1e1000d, 0x1e12d00, 0x1e1300b, 0x1e13710, 0x1e13e00, 0x1e14005, 0x1e14a00, 0x1e14e0d,
    0x1e14f03, 0x1e15000, 0x1e2900d, 0x1e2ae0b, 0x1e2af00, 0x1e2c00d, 0x1e2ec0b, 0x1e2f005,
    0x1e2fa00, 0x1e2ff03, 0x1e30000, 0x1e7e00d, 0x1e7e700, 0x1e7e80d, 0x1e7ec00, 0x1e7ed0d,
    0x1e7ef00, 0x1e7f00d, 0x1e7ff00, 0x1e8000d, 0x1e8c500, 0x1e8c70c, 0x1e8d00b, 0x1e8d700,
    0x1e90006, 0x1e92208, 0x1e9440b, 0x1e94b10, 0x1e94c00, 0x1e95005, 0x1e95a00, 0x1e95e03,
    0x1e96000, 0x1ec710c, 0x1ecac03, 0x1ecad0c, 0x1ecb003, 0x1ecb10c, 0x1ecb500, 0x1ed010c,
    0x1ed2e03, 0x1ed2f0c, 0x1ed3e00, 0x1ee000d, 0x1ee0400, 0x1ee050d, 0x1ee2000, 0x1ee210d,
    0x1ee2300, 0x1ee240d, 0x1ee2500, 0x1ee270d, 0x1ee2800, 0x1ee290d, 0x1ee3300, 0x1ee340d,
    0x1ee3800, 0x1ee390d, 0x1ee3a00, 0x1ee3b0d, 0x1ee3c00, 0x1ee420d, 0x1ee4300, 0x1ee470d,
    0x1ee4800, 0x1ee490d, 0x1ee4a00, 0x1ee4b0d, 0x1ee4c00, 0x1ee4d0d, 0x1ee5000, 0x1ee510d,
    0x1ee5300, 0x1ee540d, 0x1ee5500, 0x1ee570d, 0x1ee5800, 0x1ee590d, 0x1ee5a00, 0x1ee5b0d,
    0x1ee5c00, 0x1ee5d0d, 0x1ee5e00, 0x1ee5f0d, 0x1ee6000, 0x1ee610d, 0x1ee6300, 0x1ee640d,
    0x1ee6500, 0x1ee670d, 0x1ee6b00, 0x1ee6c0d, 0x1ee7300, 0x1ee740d, 0x1ee7800, 0x1ee790d,
    0x1ee7d00, 0x1ee7e0d, 0x1ee7f00, 0x1ee800d, 0x1ee8a00, 0x1ee8b0d, 0x1ee9c00, 0x1eea10d,
    0x1eea400, 0x1eea50d, 0x1eeaa00, 0x1eeab0d, 0x1eebc00, 0x1eef003, 0x1eef200, 0x1f00003,
    0x1f02c00, 0x1f03003, 0x1f09400, 0x1f0a003, 0x1f0af00, 0x1f0b103, 0x1f0c000, 0x1f0c103,
    0x1f0d000, 0x1f0d103, 0x1f0f600, 0x1f1000a, 0x1f10b0c, 0x1f10d03, 0x1f1301a, 0x1f14a03,
    0x1f1501a, 0x1f16a03, 0x1f1701a, 0x1f18a03, 0x1f1ae00, 0x1f1e603, 0x1f20300, 0x1f21003,
    0x1f23c00, 0x1f24003, 0x1f24900, 0x1f25003, 0x1f25200, 0x1f26003, 0x1f26600, 0x1f30003,
    0x1f3fb04, 0x1f40003, 0x1f6d800, 0x1f6dd03, 0x1f6ed00, 0x1f6f003, 0x1f6fd00, 0x1f70003,
    0x1f77400, 0x1f78003, 0x1f7d900, 0x1f7e003, 0x1f7ec00, 0x1f7f003, 0x1f7f100, 0x1f80003,
    0x1f80c00, 0x1f81003, 0x1f84800, 0x1f85003, 0x1f85a00, 0x1f86003, 0x1f88800, 0x1f89003,
    0x1f8ae00, 0x1f8b003, 0x1f8b200, 0x1f90003, 0x1fa5400, 0x1fa6003, 0x1fa6e00, 0x1fa7003,
    0x1fa7500, 0x1fa7803, 0x1fa7d00, 0x1fa8003, 0x1fa8700, 0x1fa9003, 0x1faad00, 0x1fab003,
    0x1fabb00, 0x1fac003, 0x1fac600, 0x1fad003, 0x1fada00, 0x1fae003, 0x1fae800, 0x1faf003,
    0x1faf700, 0x1fb0003, 0x1fb9300, 0x1fb9403, 0x1fbcb00, 0x1fbf005, 0x1fbfa00, 0x200000d,
    0x200011d, 0x200020d, 0x200641d, 0x200650d, 0x200e21d, 0x200e30d, 0x201211d, 0x201220d,
    0x2092a1d, 0x2092b0d, 0x209831d, 0x209840d, 0x2098c1d, 0x2098d0d, 0x2099c1d, 0x2099d0d,
    0x20aea1d, 0x20aeb0d, 0x20afd1d, 0x20afe0d, 0x20b191d, 0x20b1a0d, 0x223901d, 0x223910d,
    0x229981d, 0x229990d, 0x23b1b1d, 0x23b1c0d, 0x2626d1d, 0x2626e0d, 0x2a6e000, 0x2a7000d,
    0x2b73900, 0x2b7400d, 0x2b81e00, 0x2b8200d, 0x2cea200, 0x2ceb00d, 0x2ebe100, 0x2f8000d,
    0x2f8901d, 0x2f8910d, 0x2fa1e00, 0x300000d, 0x3134b00, 0xe000109, 0xe000200, 0xe002009,
    0xe008000, 0xe01000b, 0xe01f000,
};

typedef struct {
    uint32_t first;  /* first code point of the run */
    uint16_t count;  /* code points in the run */
    uint8_t stride;  /* 1: every code point, 2: every other one */
    int32_t delta;   /* mapped = code point + delta */
} uc_case_run;

static const uc_case_run uc_upper_runs[194] = {
    {0x61, 26, 1, -32}, {0xb5, 1, 1, 743}, {0xe0, 23, 1, -32}, {0xf8, 7, 1, -32},
    {0xff, 1, 1, 121}, {0x101, 24, 2, -1}, {0x131, 1, 1, -232}, {0x133, 3, 2, -1},
    {0x13a, 8, 2, -1}, {0x14b, 23, 2, -1}, {0x17a, 3, 2, -1}, {0x17f, 1, 1, -300},
    {0x180, 1, 1, 195}, {0x183, 2, 2, -1}, {0x188, 1, 1, -1}, {0x18c, 1, 1, -1},
    {0x192, 1, 1, -1}, {0x195, 1, 1, 97}, {0x199, 1, 1, -1}, {0x19a, 1, 1, 163},
    {0x19e, 1, 1, 130}, {0x1a1, 3, 2, -1}, {0x1a8, 1, 1, -1}, {0x1ad, 1, 1, -1},
    {0x1b0, 1, 1, -1}, {0x1b4, 2, 2, -1}, {0x1b9, 1, 1, -1}, {0x1bd, 1, 1, -1}, {0x1bf, 1, 1, 56},
    {0x1c5, 1, 1, -1}, {0x1c6, 1, 1, -2}, {0x1c8, 1, 1, -1}, {0x1c9, 1, 1, -2}, {0x1cb, 1, 1, -1},
    {0x1cc, 1, 1, -2}, {0x1ce, 8, 2, -1}, {0x1dd, 1, 1, -79}, {0x1df, 9, 2, -1},
    {0x1f2, 1, 1, -1}, {0x1f3, 1, 1, -2}, {0x1f5, 1, 1, -1}, {0x1f9, 20, 2, -1},
    {0x223, 9, 2, -1}, {0x23c, 1, 1, -1}, {0x23f, 2, 1, 10815}, {0x242, 1, 1, -1},
    {0x247, 5, 2, -1}, {0x250, 1, 1, 10783}, {0x251, 1, 1, 10780}, {0x252, 1, 1, 10782},
    {0x253, 1, 1, -210}, {0x254, 1, 1, -206}, {0x256, 2, 1, -205}, {0x259, 1, 1, -202},
    {0x25b, 1, 1, -203}, {0x25c, 1, 1, 42319}, {0x260, 1, 1, -205}, {0x261, 1, 1, 42315},
    {0x263, 1, 1, -207}, {0x265, 1, 1, 42280}, {0x266, 1, 1, 42308}, {0x268, 1, 1, -209},
    {0x269, 1, 1, -211}, {0x26a, 1, 1, 42308}, {0x26b, 1, 1, 10743}, {0x26c, 1, 1, 42305},
    {0x26f, 1, 1, -211}, {0x271, 1, 1, 10749}, {0x272, 1, 1, -213}, {0x275, 1, 1, -214},
    {0x27d, 1, 1, 10727}, {0x280, 1, 1, -218}, {0x282, 1, 1, 42307}, {0x283, 1, 1, -218},
    {0x287, 1, 1, 42282}, {0x288, 1, 1, -218}, {0x289, 1, 1, -69}, {0x28a, 2, 1, -217},
    {0x28c, 1, 1, -71}, {0x292, 1, 1, -219}, {0x29d, 1, 1, 42261}, {0x29e, 1, 1, 42258},
    {0x345, 1, 1, 84}, {0x371, 2, 2, -1}, {0x377, 1, 1, -1}, {0x37b, 3, 1, 130},
    {0x3ac, 1, 1, -38}, {0x3ad, 3, 1, -37}, {0x3b1, 17, 1, -32}, {0x3c2, 1, 1, -31},
    {0x3c3, 9, 1, -32}, {0x3cc, 1, 1, -64}, {0x3cd, 2, 1, -63}, {0x3d0, 1, 1, -62},
    {0x3d1, 1, 1, -57}, {0x3d5, 1, 1, -47}, {0x3d6, 1, 1, -54}, {0x3d7, 1, 1, -8},
    {0x3d9, 12, 2, -1}, {0x3f0, 1, 1, -86}, {0x3f1, 1, 1, -80}, {0x3f2, 1, 1, 7},
    {0x3f3, 1, 1, -116}, {0x3f5, 1, 1, -96}, {0x3f8, 1, 1, -1}, {0x3fb, 1, 1, -1},
    {0x430, 32, 1, -32}, {0x450, 16, 1, -80}, {0x461, 17, 2, -1}, {0x48b, 27, 2, -1},
    {0x4c2, 7, 2, -1}, {0x4cf, 1, 1, -15}, {0x4d1, 48, 2, -1}, {0x561, 38, 1, -48},
    {0x10d0, 43, 1, 3008}, {0x10fd, 3, 1, 3008}, {0x13f8, 6, 1, -8}, {0x1c80, 1, 1, -6254},
    {0x1c81, 1, 1, -6253}, {0x1c82, 1, 1, -6244}, {0x1c83, 2, 1, -6242}, {0x1c85, 1, 1, -6243},
    {0x1c86, 1, 1, -6236}, {0x1c87, 1, 1, -6181}, {0x1c88, 1, 1, 35266}, {0x1d79, 1, 1, 35332},
    {0x1d7d, 1, 1, 3814}, {0x1d8e, 1, 1, 35384}, {0x1e01, 75, 2, -1}, {0x1e9b, 1, 1, -59},
    {0x1ea1, 48, 2, -1}, {0x1f00, 8, 1, 8}, {0x1f10, 6, 1, 8}, {0x1f20, 8, 1, 8},
    {0x1f30, 8, 1, 8}, {0x1f40, 6, 1, 8}, {0x1f51, 4, 2, 8}, {0x1f60, 8, 1, 8},
    {0x1f70, 2, 1, 74}, {0x1f72, 4, 1, 86}, {0x1f76, 2, 1, 100}, {0x1f78, 2, 1, 128},
    {0x1f7a, 2, 1, 112}, {0x1f7c, 2, 1, 126}, {0x1fb0, 2, 1, 8}, {0x1fbe, 1, 1, -7205},
    {0x1fd0, 2, 1, 8}, {0x1fe0, 2, 1, 8}, {0x1fe5, 1, 1, 7}, {0x214e, 1, 1, -28},
    {0x2170, 16, 1, -16}, {0x2184, 1, 1, -1}, {0x24d0, 26, 1, -26}, {0x2c30, 48, 1, -48},
    {0x2c61, 1, 1, -1}, {0x2c65, 1, 1, -10795}, {0x2c66, 1, 1, -10792}, {0x2c68, 3, 2, -1},
    {0x2c73, 1, 1, -1}, {0x2c76, 1, 1, -1}, {0x2c81, 50, 2, -1}, {0x2cec, 2, 2, -1},
    {0x2cf3, 1, 1, -1}, {0x2d00, 38, 1, -7264}, {0x2d27, 1, 1, -7264}, {0x2d2d, 1, 1, -7264},
    {0xa641, 23, 2, -1}, {0xa681, 14, 2, -1}, {0xa723, 7, 2, -1}, {0xa733, 31, 2, -1},
    {0xa77a, 2, 2, -1}, {0xa77f, 5, 2, -1}, {0xa78c, 1, 1, -1}, {0xa791, 2, 2, -1},
    {0xa794, 1, 1, 48}, {0xa797, 10, 2, -1}, {0xa7b5, 8, 2, -1}, {0xa7c8, 2, 2, -1},
    {0xa7d1, 1, 1, -1}, {0xa7d7, 2, 2, -1}, {0xa7f6, 1, 1, -1}, {0xab53, 1, 1, -928},
    {0xab70, 80, 1, -38864}, {0xff41, 26, 1, -32}, {0x10428, 40, 1, -40}, {0x104d8, 36, 1, -40},
    {0x10597, 11, 1, -39}, {0x105a3, 15, 1, -39}, {0x105b3, 7, 1, -39}, {0x105bb, 2, 1, -39},
    {0x10cc0, 51, 1, -64}, {0x118c0, 32, 1, -32}, {0x16e60, 32, 1, -32}, {0x1e922, 34, 1, -34},
};

static const uc_case_run uc_lower_runs[181] = {
    {0x41, 26, 1, 32}, {0xc0, 23, 1, 32}, {0xd8, 7, 1, 32}, {0x100, 24, 2, 1}, {0x132, 3, 2, 1},
    {0x139, 8, 2, 1}, {0x14a, 23, 2, 1}, {0x178, 1, 1, -121}, {0x179, 3, 2, 1},
    {0x181, 1, 1, 210}, {0x182, 2, 2, 1}, {0x186, 1, 1, 206}, {0x187, 1, 1, 1},
    {0x189, 2, 1, 205}, {0x18b, 1, 1, 1}, {0x18e, 1, 1, 79}, {0x18f, 1, 1, 202},
    {0x190, 1, 1, 203}, {0x191, 1, 1, 1}, {0x193, 1, 1, 205}, {0x194, 1, 1, 207},
    {0x196, 1, 1, 211}, {0x197, 1, 1, 209}, {0x198, 1, 1, 1}, {0x19c, 1, 1, 211},
    {0x19d, 1, 1, 213}, {0x19f, 1, 1, 214}, {0x1a0, 3, 2, 1}, {0x1a6, 1, 1, 218},
    {0x1a7, 1, 1, 1}, {0x1a9, 1, 1, 218}, {0x1ac, 1, 1, 1}, {0x1ae, 1, 1, 218}, {0x1af, 1, 1, 1},
    {0x1b1, 2, 1, 217}, {0x1b3, 2, 2, 1}, {0x1b7, 1, 1, 219}, {0x1b8, 1, 1, 1}, {0x1bc, 1, 1, 1},
    {0x1c4, 1, 1, 2}, {0x1c5, 1, 1, 1}, {0x1c7, 1, 1, 2}, {0x1c8, 1, 1, 1}, {0x1ca, 1, 1, 2},
    {0x1cb, 9, 2, 1}, {0x1de, 9, 2, 1}, {0x1f1, 1, 1, 2}, {0x1f2, 2, 2, 1}, {0x1f6, 1, 1, -97},
    {0x1f7, 1, 1, -56}, {0x1f8, 20, 2, 1}, {0x220, 1, 1, -130}, {0x222, 9, 2, 1},
    {0x23a, 1, 1, 10795}, {0x23b, 1, 1, 1}, {0x23d, 1, 1, -163}, {0x23e, 1, 1, 10792},
    {0x241, 1, 1, 1}, {0x243, 1, 1, -195}, {0x244, 1, 1, 69}, {0x245, 1, 1, 71}, {0x246, 5, 2, 1},
    {0x370, 2, 2, 1}, {0x376, 1, 1, 1}, {0x37f, 1, 1, 116}, {0x386, 1, 1, 38}, {0x388, 3, 1, 37},
    {0x38c, 1, 1, 64}, {0x38e, 2, 1, 63}, {0x391, 17, 1, 32}, {0x3a3, 9, 1, 32}, {0x3cf, 1, 1, 8},
    {0x3d8, 12, 2, 1}, {0x3f4, 1, 1, -60}, {0x3f7, 1, 1, 1}, {0x3f9, 1, 1, -7}, {0x3fa, 1, 1, 1},
    {0x3fd, 3, 1, -130}, {0x400, 16, 1, 80}, {0x410, 32, 1, 32}, {0x460, 17, 2, 1},
    {0x48a, 27, 2, 1}, {0x4c0, 1, 1, 15}, {0x4c1, 7, 2, 1}, {0x4d0, 48, 2, 1}, {0x531, 38, 1, 48},
    {0x10a0, 38, 1, 7264}, {0x10c7, 1, 1, 7264}, {0x10cd, 1, 1, 7264}, {0x13a0, 80, 1, 38864},
    {0x13f0, 6, 1, 8}, {0x1c90, 43, 1, -3008}, {0x1cbd, 3, 1, -3008}, {0x1e00, 75, 2, 1},
    {0x1e9e, 1, 1, -7615}, {0x1ea0, 48, 2, 1}, {0x1f08, 8, 1, -8}, {0x1f18, 6, 1, -8},
    {0x1f28, 8, 1, -8}, {0x1f38, 8, 1, -8}, {0x1f48, 6, 1, -8}, {0x1f59, 4, 2, -8},
    {0x1f68, 8, 1, -8}, {0x1f88, 8, 1, -8}, {0x1f98, 8, 1, -8}, {0x1fa8, 8, 1, -8},
    {0x1fb8, 2, 1, -8}, {0x1fba, 2, 1, -74}, {0x1fbc, 1, 1, -9}, {0x1fc8, 4, 1, -86},
    {0x1fcc, 1, 1, -9}, {0x1fd8, 2, 1, -8}, {0x1fda, 2, 1, -100}, {0x1fe8, 2, 1, -8},
    {0x1fea, 2, 1, -112}, {0x1fec, 1, 1, -7}, {0x1ff8, 2, 1, -128}, {0x1ffa, 2, 1, -126},
    {0x1ffc, 1, 1, -9}, {0x2126, 1, 1, -7517}, {0x212a, 1, 1, -8383}, {0x212b, 1, 1, -8262},
    {0x2132, 1, 1, 28}, {0x2160, 16, 1, 16}, {0x2183, 1, 1, 1}, {0x24b6, 26, 1, 26},
    {0x2c00, 48, 1, 48}, {0x2c60, 1, 1, 1}, {0x2c62, 1, 1, -10743}, {0x2c63, 1, 1, -3814},
    {0x2c64, 1, 1, -10727}, {0x2c67, 3, 2, 1}, {0x2c6d, 1, 1, -10780}, {0x2c6e, 1, 1, -10749},
    {0x2c6f, 1, 1, -10783}, {0x2c70, 1, 1, -10782}, {0x2c72, 1, 1, 1}, {0x2c75, 1, 1, 1},
    {0x2c7e, 2, 1, -10815}, {0x2c80, 50, 2, 1}, {0x2ceb, 2, 2, 1}, {0x2cf2, 1, 1, 1},
    {0xa640, 23, 2, 1}, {0xa680, 14, 2, 1}, {0xa722, 7, 2, 1}, {0xa732, 31, 2, 1},
    {0xa779, 2, 2, 1}, {0xa77d, 1, 1, -35332}, {0xa77e, 5, 2, 1}, {0xa78b, 1, 1, 1},
    {0xa78d, 1, 1, -42280}, {0xa790, 2, 2, 1}, {0xa796, 10, 2, 1}, {0xa7aa, 1, 1, -42308},
    {0xa7ab, 1, 1, -42319}, {0xa7ac, 1, 1, -42315}, {0xa7ad, 1, 1, -42305},
    {0xa7ae, 1, 1, -42308}, {0xa7b0, 1, 1, -42258}, {0xa7b1, 1, 1, -42282},
    {0xa7b2, 1, 1, -42261}, {0xa7b3, 1, 1, 928}, {0xa7b4, 8, 2, 1}, {0xa7c4, 1, 1, -48},
    {0xa7c5, 1, 1, -42307}, {0xa7c6, 1, 1, -35384}, {0xa7c7, 2, 2, 1}, {0xa7d0, 1, 1, 1},
    {0xa7d6, 2, 2, 1}, {0xa7f5, 1, 1, 1}, {0xff21, 26, 1, 32}, {0x10400, 40, 1, 40},
    {0x104b0, 36, 1, 40}, {0x10570, 11, 1, 39}, {0x1057c, 15, 1, 39}, {0x1058c, 7, 1, 39},
    {0x10594, 2, 1, 39}, {0x10c80, 51, 1, 64}, {0x118a0, 32, 1, 32}, {0x16e40, 32, 1, 32},
    {0x1e900, 34, 1, 34},
};

static const uc_case_run uc_title_runs[196] = {
    {0x61, 26, 1, -32}, {0xb5, 1, 1, 743}, {0xe0, 23, 1, -32}, {0xf8, 7, 1, -32},
    {0xff, 1, 1, 121}, {0x101, 24, 2, -1}, {0x131, 1, 1, -232}, {0x133, 3, 2, -1},
    {0x13a, 8, 2, -1}, {0x14b, 23, 2, -1}, {0x17a, 3, 2, -1}, {0x17f, 1, 1, -300},
    {0x180, 1, 1, 195}, {0x183, 2, 2, -1}, {0x188, 1, 1, -1}, {0x18c, 1, 1, -1},
    {0x192, 1, 1, -1}, {0x195, 1, 1, 97}, {0x199, 1, 1, -1}, {0x19a, 1, 1, 163},
    {0x19e, 1, 1, 130}, {0x1a1, 3, 2, -1}, {0x1a8, 1, 1, -1}, {0x1ad, 1, 1, -1},
    {0x1b0, 1, 1, -1}, {0x1b4, 2, 2, -1}, {0x1b9, 1, 1, -1}, {0x1bd, 1, 1, -1}, {0x1bf, 1, 1, 56},
    {0x1c4, 1, 1, 1}, {0x1c6, 1, 1, -1}, {0x1c7, 1, 1, 1}, {0x1c9, 1, 1, -1}, {0x1ca, 1, 1, 1},
    {0x1cc, 9, 2, -1}, {0x1dd, 1, 1, -79}, {0x1df, 9, 2, -1}, {0x1f1, 1, 1, 1}, {0x1f3, 2, 2, -1},
    {0x1f9, 20, 2, -1}, {0x223, 9, 2, -1}, {0x23c, 1, 1, -1}, {0x23f, 2, 1, 10815},
    {0x242, 1, 1, -1}, {0x247, 5, 2, -1}, {0x250, 1, 1, 10783}, {0x251, 1, 1, 10780},
    {0x252, 1, 1, 10782}, {0x253, 1, 1, -210}, {0x254, 1, 1, -206}, {0x256, 2, 1, -205},
    {0x259, 1, 1, -202}, {0x25b, 1, 1, -203}, {0x25c, 1, 1, 42319}, {0x260, 1, 1, -205},
    {0x261, 1, 1, 42315}, {0x263, 1, 1, -207}, {0x265, 1, 1, 42280}, {0x266, 1, 1, 42308},
    {0x268, 1, 1, -209}, {0x269, 1, 1, -211}, {0x26a, 1, 1, 42308}, {0x26b, 1, 1, 10743},
    {0x26c, 1, 1, 42305}, {0x26f, 1, 1, -211}, {0x271, 1, 1, 10749}, {0x272, 1, 1, -213},
    {0x275, 1, 1, -214}, {0x27d, 1, 1, 10727}, {0x280, 1, 1, -218}, {0x282, 1, 1, 42307},
    {0x283, 1, 1, -218}, {0x287, 1, 1, 42282}, {0x288, 1, 1, -218}, {0x289, 1, 1, -69},
    {0x28a, 2, 1, -217}, {0x28c, 1, 1, -71}, {0x292, 1, 1, -219}, {0x29d, 1, 1, 42261},
    {0x29e, 1, 1, 42258}, {0x345, 1, 1, 84}, {0x371, 2, 2, -1}, {0x377, 1, 1, -1},
    {0x37b, 3, 1, 130}, {0x3ac, 1, 1, -38}, {0x3ad, 3, 1, -37}, {0x3b1, 17, 1, -32},
    {0x3c2, 1, 1, -31}, {0x3c3, 9, 1, -32}, {0x3cc, 1, 1, -64}, {0x3cd, 2, 1, -63},
    {0x3d0, 1, 1, -62}, {0x3d1, 1, 1, -57}, {0x3d5, 1, 1, -47}, {0x3d6, 1, 1, -54},
    {0x3d7, 1, 1, -8}, {0x3d9, 12, 2, -1}, {0x3f0, 1, 1, -86}, {0x3f1, 1, 1, -80},
    {0x3f2, 1, 1, 7}, {0x3f3, 1, 1, -116}, {0x3f5, 1, 1, -96}, {0x3f8, 1, 1, -1},
    {0x3fb, 1, 1, -1}, {0x430, 32, 1, -32}, {0x450, 16, 1, -80}, {0x461, 17, 2, -1},
    {0x48b, 27, 2, -1}, {0x4c2, 7, 2, -1}, {0x4cf, 1, 1, -15}, {0x4d1, 48, 2, -1},
    {0x561, 38, 1, -48}, {0x13f8, 6, 1, -8}, {0x1c80, 1, 1, -6254}, {0x1c81, 1, 1, -6253},
    {0x1c82, 1, 1, -6244}, {0x1c83, 2, 1, -6242}, {0x1c85, 1, 1, -6243}, {0x1c86, 1, 1, -6236},
    {0x1c87, 1, 1, -6181}, {0x1c88, 1, 1, 35266}, {0x1d79, 1, 1, 35332}, {0x1d7d, 1, 1, 3814},
    {0x1d8e, 1, 1, 35384}, {0x1e01, 75, 2, -1}, {0x1e9b, 1, 1, -59}, {0x1ea1, 48, 2, -1},
    {0x1f00, 8, 1, 8}, {0x1f10, 6, 1, 8}, {0x1f20, 8, 1, 8}, {0x1f30, 8, 1, 8}, {0x1f40, 6, 1, 8},
    {0x1f51, 4, 2, 8}, {0x1f60, 8, 1, 8}, {0x1f70, 2, 1, 74}, {0x1f72, 4, 1, 86},
    {0x1f76, 2, 1, 100}, {0x1f78, 2, 1, 128}, {0x1f7a, 2, 1, 112}, {0x1f7c, 2, 1, 126},
    {0x1f80, 8, 1, 8}, {0x1f90, 8, 1, 8}, {0x1fa0, 8, 1, 8}, {0x1fb0, 2, 1, 8}, {0x1fb3, 1, 1, 9},
    {0x1fbe, 1, 1, -7205}, {0x1fc3, 1, 1, 9}, {0x1fd0, 2, 1, 8}, {0x1fe0, 2, 1, 8},
    {0x1fe5, 1, 1, 7}, {0x1ff3, 1, 1, 9}, {0x214e, 1, 1, -28}, {0x2170, 16, 1, -16},
    {0x2184, 1, 1, -1}, {0x24d0, 26, 1, -26}, {0x2c30, 48, 1, -48}, {0x2c61, 1, 1, -1},
    {0x2c65, 1, 1, -10795}, {0x2c66, 1, 1, -10792}, {0x2c68, 3, 2, -1}, {0x2c73, 1, 1, -1},
    {0x2c76, 1, 1, -1}, {0x2c81, 50, 2, -1}, {0x2cec, 2, 2, -1}, {0x2cf3, 1, 1, -1},
    {0x2d00, 38, 1, -7264}, {0x2d27, 1, 1, -7264}, {0x2d2d, 1, 1, -7264}, {0xa641, 23, 2, -1},
    {0xa681, 14, 2, -1}, {0xa723, 7, 2, -1}, {0xa733, 31, 2, -1}, {0xa77a, 2, 2, -1},
    {0xa77f, 5, 2, -1}, {0xa78c, 1, 1, -1}, {0xa791, 2, 2, -1}, {0xa794, 1, 1, 48},
    {0xa797, 10, 2, -1}, {0xa7b5, 8, 2, -1}, {0xa7c8, 2, 2, -1}, {0xa7d1, 1, 1, -1},
    {0xa7d7, 2, 2, -1}, {0xa7f6, 1, 1, -1}, {0xab53, 1, 1, -928}, {0xab70, 80, 1, -38864},
    {0xff41, 26, 1, -32}, {0x10428, 40, 1, -40}, {0x104d8, 36, 1, -40}, {0x10597, 11, 1, -39},
    {0x105a3, 15, 1, -39}, {0x105b3, 7, 1, -39}, {0x105bb, 2, 1, -39}, {0x10cc0, 51, 1, -64},
    {0x118c0, 32, 1, -32}, {0x16e60, 32, 1, -32}, {0x1e922, 34, 1, -34},
};

static const uc_case_run uc_fold_runs[195] = {
    {0x41, 26, 1, 32}, {0xb5, 1, 1, 775}, {0xc0, 23, 1, 32}, {0xd8, 7, 1, 32}, {0x100, 24, 2, 1},
    {0x132, 3, 2, 1}, {0x139, 8, 2, 1}, {0x14a, 23, 2, 1}, {0x178, 1, 1, -121}, {0x179, 3, 2, 1},
    {0x17f, 1, 1, -268}, {0x181, 1, 1, 210}, {0x182, 2, 2, 1}, {0x186, 1, 1, 206},
    {0x187, 1, 1, 1}, {0x189, 2, 1, 205}, {0x18b, 1, 1, 1}, {0x18e, 1, 1, 79}, {0x18f, 1, 1, 202},
    {0x190, 1, 1, 203}, {0x191, 1, 1, 1}, {0x193, 1, 1, 205}, {0x194, 1, 1, 207},
    {0x196, 1, 1, 211}, {0x197, 1, 1, 209}, {0x198, 1, 1, 1}, {0x19c, 1, 1, 211},
    {0x19d, 1, 1, 213}, {0x19f, 1, 1, 214}, {0x1a0, 3, 2, 1}, {0x1a6, 1, 1, 218},
    {0x1a7, 1, 1, 1}, {0x1a9, 1, 1, 218}, {0x1ac, 1, 1, 1}, {0x1ae, 1, 1, 218}, {0x1af, 1, 1, 1},
    {0x1b1, 2, 1, 217}, {0x1b3, 2, 2, 1}, {0x1b7, 1, 1, 219}, {0x1b8, 1, 1, 1}, {0x1bc, 1, 1, 1},
    {0x1c4, 1, 1, 2}, {0x1c5, 1, 1, 1}, {0x1c7, 1, 1, 2}, {0x1c8, 1, 1, 1}, {0x1ca, 1, 1, 2},
    {0x1cb, 9, 2, 1}, {0x1de, 9, 2, 1}, {0x1f1, 1, 1, 2}, {0x1f2, 2, 2, 1}, {0x1f6, 1, 1, -97},
    {0x1f7, 1, 1, -56}, {0x1f8, 20, 2, 1}, {0x220, 1, 1, -130}, {0x222, 9, 2, 1},
    {0x23a, 1, 1, 10795}, {0x23b, 1, 1, 1}, {0x23d, 1, 1, -163}, {0x23e, 1, 1, 10792},
    {0x241, 1, 1, 1}, {0x243, 1, 1, -195}, {0x244, 1, 1, 69}, {0x245, 1, 1, 71}, {0x246, 5, 2, 1},
    {0x345, 1, 1, 116}, {0x370, 2, 2, 1}, {0x376, 1, 1, 1}, {0x37f, 1, 1, 116}, {0x386, 1, 1, 38},
    {0x388, 3, 1, 37}, {0x38c, 1, 1, 64}, {0x38e, 2, 1, 63}, {0x391, 17, 1, 32},
    {0x3a3, 9, 1, 32}, {0x3c2, 1, 1, 1}, {0x3cf, 1, 1, 8}, {0x3d0, 1, 1, -30}, {0x3d1, 1, 1, -25},
    {0x3d5, 1, 1, -15}, {0x3d6, 1, 1, -22}, {0x3d8, 12, 2, 1}, {0x3f0, 1, 1, -54},
    {0x3f1, 1, 1, -48}, {0x3f4, 1, 1, -60}, {0x3f5, 1, 1, -64}, {0x3f7, 1, 1, 1},
    {0x3f9, 1, 1, -7}, {0x3fa, 1, 1, 1}, {0x3fd, 3, 1, -130}, {0x400, 16, 1, 80},
    {0x410, 32, 1, 32}, {0x460, 17, 2, 1}, {0x48a, 27, 2, 1}, {0x4c0, 1, 1, 15}, {0x4c1, 7, 2, 1},
    {0x4d0, 48, 2, 1}, {0x531, 38, 1, 48}, {0x10a0, 38, 1, 7264}, {0x10c7, 1, 1, 7264},
    {0x10cd, 1, 1, 7264}, {0x13f8, 6, 1, -8}, {0x1c80, 1, 1, -6222}, {0x1c81, 1, 1, -6221},
    {0x1c82, 1, 1, -6212}, {0x1c83, 2, 1, -6210}, {0x1c85, 1, 1, -6211}, {0x1c86, 1, 1, -6204},
    {0x1c87, 1, 1, -6180}, {0x1c88, 1, 1, 35267}, {0x1c90, 43, 1, -3008}, {0x1cbd, 3, 1, -3008},
    {0x1e00, 75, 2, 1}, {0x1e9b, 1, 1, -58}, {0x1ea0, 48, 2, 1}, {0x1f08, 8, 1, -8},
    {0x1f18, 6, 1, -8}, {0x1f28, 8, 1, -8}, {0x1f38, 8, 1, -8}, {0x1f48, 6, 1, -8},
    {0x1f59, 4, 2, -8}, {0x1f68, 8, 1, -8}, {0x1fb8, 2, 1, -8}, {0x1fba, 2, 1, -74},
    {0x1fbe, 1, 1, -7173}, {0x1fc8, 4, 1, -86}, {0x1fd8, 2, 1, -8}, {0x1fda, 2, 1, -100},
    {0x1fe8, 2, 1, -8}, {0x1fea, 2, 1, -112}, {0x1fec, 1, 1, -7}, {0x1ff8, 2, 1, -128},
    {0x1ffa, 2, 1, -126}, {0x2126, 1, 1, -7517}, {0x212a, 1, 1, -8383}, {0x212b, 1, 1, -8262},
    {0x2132, 1, 1, 28}, {0x2160, 16, 1, 16}, {0x2183, 1, 1, 1}, {0x24b6, 26, 1, 26},
    {0x2c00, 48, 1, 48}, {0x2c60, 1, 1, 1}, {0x2c62, 1, 1, -10743}, {0x2c63, 1, 1, -3814},
    {0x2c64, 1, 1, -10727}, {0x2c67, 3, 2, 1}, {0x2c6d, 1, 1, -10780}, {0x2c6e, 1, 1, -10749},
    {0x2c6f, 1, 1, -10783}, {0x2c70, 1, 1, -10782}, {0x2c72, 1, 1, 1}, {0x2c75, 1, 1, 1},
    {0x2c7e, 2, 1, -10815}, {0x2c80, 50, 2, 1}, {0x2ceb, 2, 2, 1}, {0x2cf2, 1, 1, 1},
    {0xa640, 23, 2, 1}, {0xa680, 14, 2, 1}, {0xa722, 7, 2, 1}, {0xa732, 31, 2, 1},
    {0xa779, 2, 2, 1}, {0xa77d, 1, 1, -35332}, {0xa77e, 5, 2, 1}, {0xa78b, 1, 1, 1},
    {0xa78d, 1, 1, -42280}, {0xa790, 2, 2, 1}, {0xa796, 10, 2, 1}, {0xa7aa, 1, 1, -42308},
    {0xa7ab, 1, 1, -42319}, {0xa7ac, 1, 1, -42315}, {0xa7ad, 1, 1, -42305},
    {0xa7ae, 1, 1, -42308}, {0xa7b0, 1, 1, -42258}, {0xa7b1, 1, 1, -42282},
    {0xa7b2, 1, 1, -42261}, {0xa7b3, 1, 1, 928}, {0xa7b4, 8, 2, 1}, {0xa7c4, 1, 1, -48},
    {0xa7c5, 1, 1, -42307}, {0xa7c6, 1, 1, -35384}, {0xa7c7, 2, 2, 1}, {0xa7d0, 1, 1, 1},
    {0xa7d6, 2, 2, 1}, {0xa7f5, 1, 1, 1}, {0xab70, 80, 1, -38864}, {0xff21, 26, 1, 32},
    {0x10400, 40, 1, 40}, {0x104b0, 36, 1, 40}, {0x10570, 11, 1, 39}, {0x1057c, 15, 1, 39},
    {0x1058c, 7, 1, 39}, {0x10594, 2, 1, 39}, {0x10c80, 51, 1, 64}, {0x118a0, 32, 1, 32},
    {0x16e40, 32, 1, 32}, {0x1e900, 34, 1, 34},
};

/* Code points whose full case mapping is more than one code point (SpecialCasing):
 * upper, lower, title and casefold, each up to 3 code points (0 ends it). */
typedef struct {
    uint32_t cp;
    uint32_t map[4][3];
} uc_special;

static const uc_special uc_specials[104] = {
    {0xdf, {{0x53, 0x53}, {0xdf}, {0x53, 0x73}, {0x73, 0x73}}},
    {0x130, {{0x130}, {0x69, 0x307}, {0x130}, {0x69, 0x307}}},
    {0x149, {{0x2bc, 0x4e}, {0x149}, {0x2bc, 0x4e}, {0x2bc, 0x6e}}},
    {0x1f0, {{0x4a, 0x30c}, {0x1f0}, {0x4a, 0x30c}, {0x6a, 0x30c}}},
    {0x390, {{0x399, 0x308, 0x301}, {0x390}, {0x399, 0x308, 0x301}, {0x3b9, 0x308, 0x301}}},
    {0x3b0, {{0x3a5, 0x308, 0x301}, {0x3b0}, {0x3a5, 0x308, 0x301}, {0x3c5, 0x308, 0x301}}},
    {0x587, {{0x535, 0x552}, {0x587}, {0x535, 0x582}, {0x565, 0x582}}},
    {0x1e96, {{0x48, 0x331}, {0x1e96}, {0x48, 0x331}, {0x68, 0x331}}},
    {0x1e97, {{0x54, 0x308}, {0x1e97}, {0x54, 0x308}, {0x74, 0x308}}},
    {0x1e98, {{0x57, 0x30a}, {0x1e98}, {0x57, 0x30a}, {0x77, 0x30a}}},
    {0x1e99, {{0x59, 0x30a}, {0x1e99}, {0x59, 0x30a}, {0x79, 0x30a}}},
    {0x1e9a, {{0x41, 0x2be}, {0x1e9a}, {0x41, 0x2be}, {0x61, 0x2be}}},
    {0x1e9e, {{0x1e9e}, {0xdf}, {0x1e9e}, {0x73, 0x73}}},
    {0x1f50, {{0x3a5, 0x313}, {0x1f50}, {0x3a5, 0x313}, {0x3c5, 0x313}}},
    {0x1f52, {{0x3a5, 0x313, 0x300}, {0x1f52}, {0x3a5, 0x313, 0x300}, {0x3c5, 0x313, 0x300}}},
    {0x1f54, {{0x3a5, 0x313, 0x301}, {0x1f54}, {0x3a5, 0x313, 0x301}, {0x3c5, 0x313, 0x301}}},
    {0x1f56, {{0x3a5, 0x313, 0x342}, {0x1f56}, {0x3a5, 0x313, 0x342}, {0x3c5, 0x313, 0x342}}},
    {0x1f80, {{0x1f08, 0x399}, {0x1f80}, {0x1f88}, {0x1f00, 0x3b9}}},
    {0x1f81, {{0x1f09, 0x399}, {0x1f81}, {0x1f89}, {0x1f01, 0x3b9}}},
    {0x1f82, {{0x1f0a, 0x399}, {0x1f82}, {0x1f8a}, {0x1f02, 0x3b9}}},
    {0x1f83, {{0x1f0b, 0x399}, {0x1f83}, {0x1f8b}, {0x1f03, 0x3b9}}},
    {0x1f84, {{0x1f0c, 0x399}, {0x1f84}, {0x1f8c}, {0x1f04, 0x3b9}}},
    {0x1f85, {{0x1f0d, 0x399}, {0x1f85}, {0x1f8d}, {0x1f05, 0x3b9}}},
    {0x1f86, {{0x1f0e, 0x399}, {0x1f86}, {0x1f8e}, {0x1f06, 0x3b9}}},
    {0x1f87, {{0x1f0f, 0x399}, {0x1f87}, {0x1f8f}, {0x1f07, 0x3b9}}},
    {0x1f88, {{0x1f08, 0x399}, {0x1f80}, {0x1f88}, {0x1f00, 0x3b9}}},
    {0x1f89, {{0x1f09, 0x399}, {0x1f81}, {0x1f89}, {0x1f01, 0x3b9}}},
    {0x1f8a, {{0x1f0a, 0x399}, {0x1f82}, {0x1f8a}, {0x1f02, 0x3b9}}},
    {0x1f8b, {{0x1f0b, 0x399}, {0x1f83}, {0x1f8b}, {0x1f03, 0x3b9}}},
    {0x1f8c, {{0x1f0c, 0x399}, {0x1f84}, {0x1f8c}, {0x1f04, 0x3b9}}},
    {0x1f8d, {{0x1f0d, 0x399}, {0x1f85}, {0x1f8d}, {0x1f05, 0x3b9}}},
    {0x1f8e, {{0x1f0e, 0x399}, {0x1f86}, {0x1f8e}, {0x1f06, 0x3b9}}},
    {0x1f8f, {{0x1f0f, 0x399}, {0x1f87}, {0x1f8f}, {0x1f07, 0x3b9}}},
    {0x1f90, {{0x1f28, 0x399}, {0x1f90}, {0x1f98}, {0x1f20, 0x3b9}}},
    {0x1f91, {{0x1f29, 0x399}, {0x1f91}, {0x1f99}, {0x1f21, 0x3b9}}},
    {0x1f92, {{0x1f2a, 0x399}, {0x1f92}, {0x1f9a}, {0x1f22, 0x3b9}}},
    {0x1f93, {{0x1f2b, 0x399}, {0x1f93}, {0x1f9b}, {0x1f23, 0x3b9}}},
    {0x1f94, {{0x1f2c, 0x399}, {0x1f94}, {0x1f9c}, {0x1f24, 0x3b9}}},
    {0x1f95, {{0x1f2d, 0x399}, {0x1f95}, {0x1f9d}, {0x1f25, 0x3b9}}},
    {0x1f96, {{0x1f2e, 0x399}, {0x1f96}, {0x1f9e}, {0x1f26, 0x3b9}}},
    {0x1f97, {{0x1f2f, 0x399}, {0x1f97}, {0x1f9f}, {0x1f27, 0x3b9}}},
    {0x1f98, {{0x1f28, 0x399}, {0x1f90}, {0x1f98}, {0x1f20, 0x3b9}}},
    {0x1f99, {{0x1f29, 0x399}, {0x1f91}, {0x1f99}, {0x1f21, 0x3b9}}},
    {0x1f9a, {{0x1f2a, 0x399}, {0x1f92}, {0x1f9a}, {0x1f22, 0x3b9}}},
    {0x1f9b, {{0x1f2b, 0x399}, {0x1f93}, {0x1f9b}, {0x1f23, 0x3b9}}},
    {0x1f9c, {{0x1f2c, 0x399}, {0x1f94}, {0x1f9c}, {0x1f24, 0x3b9}}},
    {0x1f9d, {{0x1f2d, 0x399}, {0x1f95}, {0x1f9d}, {0x1f25, 0x3b9}}},
    {0x1f9e, {{0x1f2e, 0x399}, {0x1f96}, {0x1f9e}, {0x1f26, 0x3b9}}},
    {0x1f9f, {{0x1f2f, 0x399}, {0x1f97}, {0x1f9f}, {0x1f27, 0x3b9}}},
    {0x1fa0, {{0x1f68, 0x399}, {0x1fa0}, {0x1fa8}, {0x1f60, 0x3b9}}},
    {0x1fa1, {{0x1f69, 0x399}, {0x1fa1}, {0x1fa9}, {0x1f61, 0x3b9}}},
    {0x1fa2, {{0x1f6a, 0x399}, {0x1fa2}, {0x1faa}, {0x1f62, 0x3b9}}},
    {0x1fa3, {{0x1f6b, 0x399}, {0x1fa3}, {0x1fab}, {0x1f63, 0x3b9}}},
    {0x1fa4, {{0x1f6c, 0x399}, {0x1fa4}, {0x1fac}, {0x1f64, 0x3b9}}},
    {0x1fa5, {{0x1f6d, 0x399}, {0x1fa5}, {0x1fad}, {0x1f65, 0x3b9}}},
    {0x1fa6, {{0x1f6e, 0x399}, {0x1fa6}, {0x1fae}, {0x1f66, 0x3b9}}},
    {0x1fa7, {{0x1f6f, 0x399}, {0x1fa7}, {0x1faf}, {0x1f67, 0x3b9}}},
    {0x1fa8, {{0x1f68, 0x399}, {0x1fa0}, {0x1fa8}, {0x1f60, 0x3b9}}},
    {0x1fa9, {{0x1f69, 0x399}, {0x1fa1}, {0x1fa9}, {0x1f61, 0x3b9}}},
    {0x1faa, {{0x1f6a, 0x399}, {0x1fa2}, {0x1faa}, {0x1f62, 0x3b9}}},
    {0x1fab, {{0x1f6b, 0x399}, {0x1fa3}, {0x1fab}, {0x1f63, 0x3b9}}},
    {0x1fac, {{0x1f6c, 0x399}, {0x1fa4}, {0x1fac}, {0x1f64, 0x3b9}}},
    {0x1fad, {{0x1f6d, 0x399}, {0x1fa5}, {0x1fad}, {0x1f65, 0x3b9}}},
    {0x1fae, {{0x1f6e, 0x399}, {0x1fa6}, {0x1fae}, {0x1f66, 0x3b9}}},
    {0x1faf, {{0x1f6f, 0x399}, {0x1fa7}, {0x1faf}, {0x1f67, 0x3b9}}},
    {0x1fb2, {{0x1fba, 0x399}, {0x1fb2}, {0x1fba, 0x345}, {0x1f70, 0x3b9}}},
    {0x1fb3, {{0x391, 0x399}, {0x1fb3}, {0x1fbc}, {0x3b1, 0x3b9}}},
    {0x1fb4, {{0x386, 0x399}, {0x1fb4}, {0x386, 0x345}, {0x3ac, 0x3b9}}},
    {0x1fb6, {{0x391, 0x342}, {0x1fb6}, {0x391, 0x342}, {0x3b1, 0x342}}},
    {0x1fb7, {{0x391, 0x342, 0x399}, {0x1fb7}, {0x391, 0x342, 0x345}, {0x3b1, 0x342, 0x3b9}}},
    {0x1fbc, {{0x391, 0x399}, {0x1fb3}, {0x1fbc}, {0x3b1, 0x3b9}}},
    {0x1fc2, {{0x1fca, 0x399}, {0x1fc2}, {0x1fca, 0x345}, {0x1f74, 0x3b9}}},
    {0x1fc3, {{0x397, 0x399}, {0x1fc3}, {0x1fcc}, {0x3b7, 0x3b9}}},
    {0x1fc4, {{0x389, 0x399}, {0x1fc4}, {0x389, 0x345}, {0x3ae, 0x3b9}}},
    {0x1fc6, {{0x397, 0x342}, {0x1fc6}, {0x397, 0x342}, {0x3b7, 0x342}}},
    {0x1fc7, {{0x397, 0x342, 0x399}, {0x1fc7}, {0x397, 0x342, 0x345}, {0x3b7, 0x342, 0x3b9}}},
    {0x1fcc, {{0x397, 0x399}, {0x1fc3}, {0x1fcc}, {0x3b7, 0x3b9}}},
    {0x1fd2, {{0x399, 0x308, 0x300}, {0x1fd2}, {0x399, 0x308, 0x300}, {0x3b9, 0x308, 0x300}}},
    {0x1fd3, {{0x399, 0x308, 0x301}, {0x1fd3}, {0x399, 0x308, 0x301}, {0x3b9, 0x308, 0x301}}},
    {0x1fd6, {{0x399, 0x342}, {0x1fd6}, {0x399, 0x342}, {0x3b9, 0x342}}},
    {0x1fd7, {{0x399, 0x308, 0x342}, {0x1fd7}, {0x399, 0x308, 0x342}, {0x3b9, 0x308, 0x342}}},
    {0x1fe2, {{0x3a5, 0x308, 0x300}, {0x1fe2}, {0x3a5, 0x308, 0x300}, {0x3c5, 0x308, 0x300}}},
    {0x1fe3, {{0x3a5, 0x308, 0x301}, {0x1fe3}, {0x3a5, 0x308, 0x301}, {0x3c5, 0x308, 0x301}}},
    {0x1fe4, {{0x3a1, 0x313}, {0x1fe4}, {0x3a1, 0x313}, {0x3c1, 0x313}}},
    {0x1fe6, {{0x3a5, 0x342}, {0x1fe6}, {0x3a5, 0x342}, {0x3c5, 0x342}}},
    {0x1fe7, {{0x3a5, 0x308, 0x342}, {0x1fe7}, {0x3a5, 0x308, 0x342}, {0x3c5, 0x308, 0x342}}},
    {0x1ff2, {{0x1ffa, 0x399}, {0x1ff2}, {0x1ffa, 0x345}, {0x1f7c, 0x3b9}}},
    {0x1ff3, {{0x3a9, 0x399}, {0x1ff3}, {0x1ffc}, {0x3c9, 0x3b9}}},
    {0x1ff4, {{0x38f, 0x399}, {0x1ff4}, {0x38f, 0x345}, {0x3ce, 0x3b9}}},
    {0x1ff6, {{0x3a9, 0x342}, {0x1ff6}, {0x3a9, 0x342}, {0x3c9, 0x342}}},
    {0x1ff7, {{0x3a9, 0x342, 0x399}, {0x1ff7}, {0x3a9, 0x342, 0x345}, {0x3c9, 0x342, 0x3b9}}},
    {0x1ffc, {{0x3a9, 0x399}, {0x1ff3}, {0x1ffc}, {0x3c9, 0x3b9}}},
    {0xfb00, {{0x46, 0x46}, {0xfb00}, {0x46, 0x66}, {0x66, 0x66}}},
    {0xfb01, {{0x46, 0x49}, {0xfb01}, {0x46, 0x69}, {0x66, 0x69}}},
    {0xfb02, {{0x46, 0x4c}, {0xfb02}, {0x46, 0x6c}, {0x66, 0x6c}}},
    {0xfb03, {{0x46, 0x46, 0x49}, {0xfb03}, {0x46, 0x66, 0x69}, {0x66, 0x66, 0x69}}},
    {0xfb04, {{0x46, 0x46, 0x4c}, {0xfb04}, {0x46, 0x66, 0x6c}, {0x66, 0x66, 0x6c}}},
    {0xfb05, {{0x53, 0x54}, {0xfb05}, {0x53, 0x74}, {0x73, 0x74}}},
    {0xfb06, {{0x53, 0x54}, {0xfb06}, {0x53, 0x74}, {0x73, 0x74}}},
    {0xfb13, {{0x544, 0x546}, {0xfb13}, {0x544, 0x576}, {0x574, 0x576}}},
    {0xfb14, {{0x544, 0x535}, {0xfb14}, {0x544, 0x565}, {0x574, 0x565}}},
    {0xfb15, {{0x544, 0x53b}, {0xfb15}, {0x544, 0x56b}, {0x574, 0x56b}}},
    {0xfb16, {{0x54e, 0x546}, {0xfb16}, {0x54e, 0x576}, {0x57e, 0x576}}},
    {0xfb17, {{0x544, 0x53d}, {0xfb17}, {0x544, 0x56d}, {0x574, 0x56d}}},
};

/* Code points of the decimal zeros: a decimal digit's value is its distance from the
 * nearest zero at or below it. */
static const uint32_t uc_decimal_zeros[66] = {
    0x00030, 0x00660, 0x006f0, 0x007c0, 0x00966, 0x009e6, 0x00a66, 0x00ae6,
    0x00b66, 0x00be6, 0x00c66, 0x00ce6, 0x00d66, 0x00de6, 0x00e50, 0x00ed0,
    0x00f20, 0x01040, 0x01090, 0x017e0, 0x01810, 0x01946, 0x019d0, 0x01a80,
    0x01a90, 0x01b50, 0x01bb0, 0x01c40, 0x01c50, 0x0a620, 0x0a8d0, 0x0a900,
    0x0a9d0, 0x0a9f0, 0x0aa50, 0x0abf0, 0x0ff10, 0x104a0, 0x10d30, 0x11066,
    0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0,
    0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0,
    0x1e950, 0x1fbf0,
};

/* ---------------------------------------------------------------- Unicode lookups */

static uint16_t uc_flags(uint32_t cp)
{
    if (cp < 128)
        return uc_ascii[cp];
    size_t lo = 0, hi = sizeof uc_runs / sizeof uc_runs[0];
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if ((uc_runs[mid] >> 8) <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return uc_combos[uc_runs[lo] & 0xFF];
}

static int uc_map(uint32_t cp, int which, uint32_t out[3])
{
    if (cp < 128) {
        if (which == MAP_UPPER || which == MAP_TITLE)
            out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        else
            out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        return 1;
    }
    size_t lo = 0, hi = sizeof uc_specials / sizeof uc_specials[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (uc_specials[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < sizeof uc_specials / sizeof uc_specials[0] && uc_specials[lo].cp == cp) {
        int n = 0;
        while (n < 3 && uc_specials[lo].map[which][n])
            out[n] = uc_specials[lo].map[which][n], n++;
        return n;
    }
    const uc_case_run *runs;
    size_t n_runs;
    switch (which) {
        case MAP_UPPER:
            runs = uc_upper_runs;
            n_runs = sizeof uc_upper_runs / sizeof uc_upper_runs[0];
            break;
        case MAP_LOWER:
            runs = uc_lower_runs;
            n_runs = sizeof uc_lower_runs / sizeof uc_lower_runs[0];
            break;
        case MAP_TITLE:
            runs = uc_title_runs;
            n_runs = sizeof uc_title_runs / sizeof uc_title_runs[0];
            break;
        default:
            runs = uc_fold_runs;
            n_runs = sizeof uc_fold_runs / sizeof uc_fold_runs[0];
            break;
    }
    out[0] = cp;
    lo = 0;
    hi = n_runs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (runs[mid].first <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0) {
        const uc_case_run *r = &runs[lo - 1];
        uint32_t d = cp - r->first;
        if (d % r->stride == 0 && d / r->stride < r->count)
            out[0] = (uint32_t)((int32_t)cp + r->delta);
    }
    return 1;
}

bool jg_uc_isspace(uint32_t cp)
{
    return uc_is(cp, UC_SPACE);
}

bool jg_uc_isalpha(uint32_t cp)
{
    return uc_is(cp, UC_ALPHA);
}

bool jg_uc_isprintable(uint32_t cp)
{
    return uc_is(cp, UC_PRINTABLE);
}

bool jg_uc_isxid_start(uint32_t cp)
{
    return uc_is(cp, UC_XID_START);
}

bool jg_uc_isxid_continue(uint32_t cp)
{
    return uc_is(cp, UC_XID_CONTINUE);
}

int jg_uc_decimal(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    if (cp < 128 || !uc_is(cp, UC_DECIMAL))
        return -1;
    size_t lo = 0, hi = sizeof uc_decimal_zeros / sizeof uc_decimal_zeros[0];
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (uc_decimal_zeros[mid] <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return (int)(cp - uc_decimal_zeros[lo]);
}
