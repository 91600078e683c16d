/*
 * vm/bytes.c - the bytes type: construction, repr, hooks (indexing gives
 * ints), decoding, and the bytes methods programs use, with CPython 3.11's
 * results and error messages.
 *
 * bytes are ASCII-minded: whitespace is " \t\n\v\f\r", case mapping and the
 * is*() predicates touch only ASCII letters and digits, as in CPython.
 *
 * Invariant: a jg_bytes never changes after it is first handed out (its hash
 * is cached in the object), and data[len] is always a NUL.
 */
#define _GNU_SOURCE /* memmem */
#include "str.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "range.h"

#include "strformat.h"

/* The type named in an "argument ... must be X, not Y" message: CPython's
 * _PyArg_BadArgument says "None" for None, not "NoneType". */
static inline const char *arg_type_name(jg_vm *vm, jg_value v)
{
    return v == JG_NONE ? "None" : jg_type_name(vm, v);
}

#define NATIVE(name)                                                                    \
    static jg_status name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,       \
                          jg_value *out)

static inline bool is_bytes(jg_value v)
{
    return jg_is_kind(v, JG_K_BYTES);
}

static inline jg_bytes *as_bytes(jg_value v)
{
    return JG_AS(jg_bytes, v);
}

/* ---------------------------------------------------------------- construction */

jg_bytes *jg_bytes_alloc(jg_vm *vm, size_t len)
{
    if (len > JG_MAX_STR_LEN)
        return NULL;
    size_t size = offsetof(jg_bytes, data) + len + 1;
    if (size < sizeof(jg_bytes))
        size = sizeof(jg_bytes);
    jg_bytes *b = jg_gc_alloc(vm, vm->t.bytes, size);
    if (!b)
        return NULL;
    b->len = (uint32_t)len;
    b->hash = -1;
    return b;
}

/* New bytes object holding a copy of 'len' bytes; NULL when out of memory. */
jg_bytes *jg_bytes_new(jg_vm *vm, const void *data, size_t len)
{
    jg_bytes *b = jg_bytes_alloc(vm, len);
    if (b && len)
        memcpy(b->data, data, len);
    return b;
}

static jg_status ret_bytes(jg_vm *vm, jg_bytes *b, jg_value *out)
{
    if (!b)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(b);
    return JG_OK;
}

static jg_status ret_new(jg_vm *vm, const void *data, size_t len, jg_value *out)
{
    return ret_bytes(vm, jg_bytes_new(vm, data, len), out);
}

/* 'self' unchanged: bytes are immutable, so an exact bytes is its own copy. */
static jg_status ret_self(jg_vm *vm, jg_value self, jg_value *out)
{
    if (jg_obj_of(self)->type == vm->t.bytes) {
        *out = self;
        return JG_OK;
    }
    return ret_new(vm, as_bytes(self)->data, as_bytes(self)->len, out);
}

static const char hexdigits[] = "0123456789abcdef";

jg_str *jg_bytes_repr(jg_vm *vm, const jg_bytes *b)
{
    const char *d = (const char *)b->data;
    bool has_single = memchr(d, '\'', b->len) != NULL;
    bool has_double = memchr(d, '"', b->len) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    size_t len = 3;
    for (uint32_t i = 0; i < b->len; i++) {
        uint8_t c = b->data[i];
        if (c == (uint8_t)quote || c == '\\' || c == '\t' || c == '\n' || c == '\r')
            len += 2;
        else if (c < 0x20 || c >= 0x7F)
            len += 4;
        else
            len += 1;
    }
    jg_str *r = jg_str_alloc(vm, len, len);
    if (!r)
        return NULL;
    char *o = r->data;
    *o++ = 'b';
    *o++ = quote;
    for (uint32_t i = 0; i < b->len; i++) {
        uint8_t c = b->data[i];
        if (c == (uint8_t)quote || c == '\\') {
            *o++ = '\\';
            *o++ = (char)c;
        } else if (c == '\t') {
            *o++ = '\\';
            *o++ = 't';
        } else if (c == '\n') {
            *o++ = '\\';
            *o++ = 'n';
        } else if (c == '\r') {
            *o++ = '\\';
            *o++ = 'r';
        } else if (c < 0x20 || c >= 0x7F) {
            *o++ = '\\';
            *o++ = 'x';
            *o++ = hexdigits[c >> 4];
            *o++ = hexdigits[c & 15];
        } else {
            *o++ = (char)c;
        }
    }
    *o++ = quote;
    return r;
}

/* ---------------------------------------------------------------- decoding */

static void put_escape_byte(jg_buf *b, uint8_t c, jg_status *st)
{
    char esc[5] = {'\\', 'x', hexdigits[c >> 4], hexdigits[c & 15], 0};
    if (*st == JG_OK)
        *st = jg_buf_put(b, esc, 4);
}

jg_status jg_bytes_decode(jg_vm *vm, const char *data, size_t len, int codec,
                          const char *errors, jg_value *out)
{
    size_t n;
    if (codec == JG_CODEC_UTF8) {
        size_t bs, be;
        const char *why;
        if (jg_utf8_check(data, len, &n, &bs, &be, &why)) {
            jg_str *s = jg_str_new_n(vm, data, len, n);
            if (!s)
                return jg_raise_nomem(vm);
            *out = jg_str_value(s);
            return JG_OK;
        }
    } else if (codec == JG_CODEC_ASCII) {
        size_t i = 0;
        while (i < len && (uint8_t)data[i] < 0x80)
            i++;
        if (i == len) {
            jg_str *s = jg_str_new_n(vm, data, len, len);
            if (!s)
                return jg_raise_nomem(vm);
            *out = jg_str_value(s);
            return JG_OK;
        }
    }
    /* The slow path: latin-1, or an error handler at work. */
    jg_buf b;
    jg_buf_init(&b);
    jg_status st = JG_OK;
    size_t i = 0;
    while (i < len && st == JG_OK) {
        uint8_t c = (uint8_t)data[i];
        size_t bs = i, be = i + 1;
        const char *why = NULL;
        if (codec == JG_CODEC_LATIN1) {
            char u[4];
            st = jg_buf_put(&b, u, (size_t)jg_utf8_encode(c, u));
            i++;
            continue;
        }
        if (codec == JG_CODEC_ASCII) {
            if (c < 0x80) {
                st = jg_buf_putc(&b, (char)c);
                i++;
                continue;
            }
            why = "ordinal not in range(128)";
        } else {
            size_t nn;
            /* Decode the longest valid run in one go, then handle one error span. */
            if (jg_utf8_check(data + i, len - i, &nn, &bs, &be, &why)) {
                st = jg_buf_put(&b, data + i, len - i);
                break;
            }
            st = jg_buf_put(&b, data + i, bs);
            bs += i;
            be += i;
        }
        if (strcmp(errors, "strict") == 0) {
            jg_buf_free(&b);
            if (be - bs == 1)
                return jg_raise(vm, vm->t.UnicodeDecodeError,
                                "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                                jg_codec_name(codec), (unsigned)(uint8_t)data[bs], bs, why);
            return jg_raise(vm, vm->t.UnicodeDecodeError,
                            "'%s' codec can't decode bytes in position %zu-%zu: %s",
                            jg_codec_name(codec), bs, be - 1, why);
        } else if (strcmp(errors, "replace") == 0) {
            if (st == JG_OK)
                st = jg_buf_put(&b, "\xEF\xBF\xBD", 3);
        } else if (strcmp(errors, "backslashreplace") == 0) {
            for (size_t k = bs; k < be; k++)
                put_escape_byte(&b, (uint8_t)data[k], &st);
        } else if (strcmp(errors, "surrogateescape") == 0) {
            for (size_t k = bs; k < be && st == JG_OK; k++) {
                char u[4];
                st = jg_buf_put(&b, u, (size_t)jg_utf8_encode(0xDC00 + (uint8_t)data[k], u));
            }
        } else if (strcmp(errors, "ignore") != 0) {
            jg_buf_free(&b);
            return jg_raise(vm, vm->t.LookupError, "unknown error handler name '%s'", errors);
        }
        i = be;
    }
    jg_str *s = st == JG_OK ? jg_str_new(vm, b.data ? b.data : "", b.len) : NULL;
    jg_buf_free(&b);
    if (!s)
        return jg_raise_nomem(vm);
    *out = jg_str_value(s);
    return JG_OK;
}

/* ---------------------------------------------------------------- hooks */

static jg_status bytes_repr_hook(jg_vm *vm, jg_value self, jg_str **out)
{
    *out = jg_bytes_repr(vm, as_bytes(self));
    return *out ? JG_OK : jg_raise_nomem(vm);
}

static jg_status bytes_hash_hook(jg_vm *vm, jg_value self, int64_t *out)
{
    jg_bytes *b = as_bytes(self);
    if (b->hash == -1)
        b->hash = jg_hash_bytes(b->data, b->len);
    *out = b->hash;
    return JG_OK;
}

static int bytes_cmp(const jg_bytes *a, const jg_bytes *b)
{
    uint32_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, n);
    if (c)
        return c;
    return a->len < b->len ? -1 : a->len > b->len;
}

static jg_status bytes_richcompare(jg_vm *vm, jg_value self, jg_value other, int op,
                                   jg_value *out)
{
    if (!is_bytes(other)) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    jg_bytes *a = as_bytes(self), *b = as_bytes(other);
    if (op == JG_CMP_EQ || op == JG_CMP_NOTEQ) {
        bool eq = a->len == b->len && memcmp(a->data, b->data, a->len) == 0;
        *out = jg_bool(op == JG_CMP_EQ ? eq : !eq);
        return JG_OK;
    }
    int c = bytes_cmp(a, b);
    switch (op) {
        case JG_CMP_LT:
            *out = jg_bool(c < 0);
            break;
        case JG_CMP_LTE:
            *out = jg_bool(c <= 0);
            break;
        case JG_CMP_GT:
            *out = jg_bool(c > 0);
            break;
        case JG_CMP_GTE:
            *out = jg_bool(c >= 0);
            break;
        default:
            *out = JG_NOTIMPLEMENTED;
    }
    return JG_OK;
}

static jg_status bytes_binop(jg_vm *vm, int op, jg_value self, jg_value other, bool reflected,
                             bool inplace, jg_value *out)
{
    jg_bytes *a = as_bytes(self);
    bool user = (jg_typeof(vm, other)->flags & JG_TF_USER) != 0;
    if (op == JG_OP_ADD && !reflected) {
        if (is_bytes(other)) {
            jg_bytes *b = as_bytes(other);
            jg_bytes *r = jg_bytes_alloc(vm, (size_t)a->len + b->len);
            if (!r)
                return jg_raise_nomem(vm);
            memcpy(r->data, a->data, a->len);
            memcpy(r->data + a->len, b->data, b->len);
            *out = jg_obj_value(r);
            return JG_OK;
        }
        if (!user)
            return jg_raise(vm, vm->t.TypeError, "can't concat %s to bytes",
                            jg_type_name(vm, other));
    } else if (op == JG_OP_MULT) {
        if (jg_is_anyint(vm, other)) {
            int64_t n;
            if (jg_is_kind(other, JG_K_INT) && !mpz_fits_slong_p(JG_AS(jg_bigint, other)->z)) {
                /* Either sign: CPython's PyNumber_AsSsize_t(n, OverflowError). */
                return jg_raise(vm, vm->t.OverflowError,
                                "cannot fit 'int' into an index-sized integer");
            } else if (jg_str_ssize_arg(vm, other, &n) != JG_OK) {
                return JG_RAISED;
            }
            if (n < 0)
                n = 0;
            if (a->len && (uint64_t)n > JG_MAX_STR_LEN / a->len)
                return jg_raise(vm, vm->t.OverflowError, "repeated bytes are too long");
            size_t len = (size_t)n * a->len;
            jg_bytes *r = jg_bytes_alloc(vm, len);
            if (!r)
                return jg_raise_nomem(vm);
            for (size_t k = 0; k < len; k += a->len)
                memcpy(r->data + k, a->data, a->len);
            *out = jg_obj_value(r);
            return JG_OK;
        }
        if (!user && !reflected)
            return jg_raise(vm, vm->t.TypeError, "can't multiply sequence by non-int of type '%s'",
                            jg_type_name(vm, other));
    } else if (op == JG_OP_MOD && !reflected) {
        return jg_bytes_percent(vm, self, other, out);
    }
    *out = JG_NOTIMPLEMENTED;
    return JG_OK;
}

static jg_status bytes_len_hook(jg_vm *vm, jg_value self, int64_t *out)
{
    *out = as_bytes(self)->len;
    return JG_OK;
}

static jg_status bytes_getitem(jg_vm *vm, jg_value self, jg_value key, jg_value *out)
{
    jg_bytes *b = as_bytes(self);
    if (jg_is_int(key) || jg_is_bool(key)) {
        int64_t i = jg_is_int(key) ? jg_as_int(key) : key == JG_TRUE;
        if (i < 0)
            i += b->len;
        if (i < 0 || i >= b->len)
            return jg_raise(vm, vm->t.IndexError, "index out of range");
        *out = jg_int(b->data[i]);
        return JG_OK;
    }
    if (!jg_is_kind(key, JG_K_SLICE) && jg_is_index(vm, key)) {
        int64_t i;
        jg_status st = jg_index_of(vm, key, JG_IDX_INDEX_ERROR, &i);
        if (st != JG_OK)
            return st;
        return bytes_getitem(vm, self, jg_int(i < 0 ? (i < -JG_SMALL_MAX ? -JG_SMALL_MAX : i)
                                                    : (i > JG_SMALL_MAX ? JG_SMALL_MAX : i)),
                             out);
    }
    if (jg_is_kind(key, JG_K_SLICE)) {
        int64_t start, stop, step, n;
        jg_status st = jg_slice_indices(vm, key, b->len, &start, &stop, &step, &n);
        if (st != JG_OK)
            return st;
        if (step == 1) {
            if (n == (int64_t)b->len)
                return ret_self(vm, self, out);
            return ret_new(vm, b->data + start, (size_t)(n > 0 ? n : 0), out);
        }
        jg_bytes *r = jg_bytes_alloc(vm, (size_t)(n > 0 ? n : 0));
        if (!r)
            return jg_raise_nomem(vm);
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            r->data[k] = b->data[i];
        *out = jg_obj_value(r);
        return JG_OK;
    }
    return jg_raise(vm, vm->t.TypeError, "byte indices must be integers or slices, not %s",
                    jg_type_name(vm, key));
}

/* A bytes-like argument (bytes only in this VM), or TypeError worded as CPython. */
static jg_status bytes_arg(jg_vm *vm, jg_value v, jg_bytes **out)
{
    if (!is_bytes(v))
        return jg_raise(vm, vm->t.TypeError, "a bytes-like object is required, not '%s'",
                        jg_type_name(vm, v));
    *out = as_bytes(v);
    return JG_OK;
}

static jg_status bytes_contains(jg_vm *vm, jg_value self, jg_value v, bool *out)
{
    jg_bytes *b = as_bytes(self);
    if (jg_is_int(v) || jg_is_bool(v) || jg_is_kind(v, JG_K_INT)) {
        int64_t x = jg_is_int(v) ? jg_as_int(v) : jg_is_bool(v) ? v == JG_TRUE : -1;
        if (x < 0 || x > 255)
            return jg_raise(vm, vm->t.ValueError, "byte must be in range(0, 256)");
        *out = memchr(b->data, (int)x, b->len) != NULL;
        return JG_OK;
    }
    jg_bytes *sub;
    if (bytes_arg(vm, v, &sub) != JG_OK)
        return JG_RAISED;
    *out = sub->len == 0 || memmem(b->data, b->len, sub->data, sub->len) != NULL;
    return JG_OK;
}

static jg_status bytes_iter_hook(jg_vm *vm, jg_value self, jg_value *out)
{
    jg_iter *it = jg_gc_alloc(vm, vm->t.bytes_iterator, sizeof(jg_iter));
    if (!it)
        return jg_raise_nomem(vm);
    it->kind = JG_IT_BYTES;
    it->index = 0;
    it->end = as_bytes(self)->len;
    it->src = self;
    it->a = it->b = JG_NONE;
    *out = jg_obj_value(it);
    return JG_OK;
}

static jg_status bytes_iter_next(jg_vm *vm, jg_value self, jg_value *out)
{
    jg_iter *it = JG_AS(jg_iter, self);
    if (it->index >= it->end) {
        *out = JG_UNDEF;
        return JG_OK;
    }
    *out = jg_int(as_bytes(it->src)->data[it->index++]);
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

static jg_status bytes_str_hook(jg_vm *vm, jg_value self, jg_str **out)
{
    return bytes_repr_hook(vm, self, out);
}

static const jg_type_hooks bytes_hooks = {
    .repr = bytes_repr_hook,
    .str = bytes_str_hook,
    .hash = bytes_hash_hook,
    .richcompare = bytes_richcompare,
    .binop = bytes_binop,
    .len = bytes_len_hook,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .iter = bytes_iter_hook,
};

static const jg_type_hooks bytes_iter_hooks = {
    .trace = iter_trace,
    .iter = iter_self,
    .next = bytes_iter_next,
};

/* ---------------------------------------------------------------- methods */

static jg_status self_bytes(jg_vm *vm, jg_value *args, int nargs, const char *name,
                            jg_bytes **b)
{
    if (nargs < 1 || !is_bytes(args[0]))
        return jg_raise(vm, vm->t.TypeError,
                        "descriptor '%s' for 'bytes' objects doesn't apply to a '%s' object", name,
                        nargs < 1 ? "NoneType" : jg_type_name(vm, args[0]));
    *b = as_bytes(args[0]);
    return JG_OK;
}

NATIVE(bytes_decode)
{
    static const char *const kw[] = {"encoding", "errors", NULL};
    jg_bytes *b;
    jg_value a[2];
    int codec;
    const char *errors;
    if (self_bytes(vm, args, nargs, "decode", &b) != JG_OK ||
        jg_args_parse(vm, "decode", args + 1, nargs - 1, kwnames, kw, 0, 2, a) != JG_OK ||
        jg_codec_args(vm, "decode", a[0], a[1], &codec, &errors) != JG_OK)
        return JG_RAISED;
    return jg_bytes_decode(vm, (const char *)b->data, b->len, codec, errors, out);
}

NATIVE(bytes_hex)
{
    static const char *const kw[] = {"sep", "bytes_per_sep", NULL};
    jg_bytes *b;
    jg_value a[2];
    int64_t per_sep = 1;
    if (self_bytes(vm, args, nargs, "hex", &b) != JG_OK ||
        jg_args_parse(vm, "hex", args + 1, nargs - 1, kwnames, kw, 0, 2, a) != JG_OK ||
        (a[1] != JG_UNDEF && jg_str_ssize_arg(vm, a[1], &per_sep) != JG_OK))
        return JG_RAISED;
    char sep = 0;
    if (a[0] != JG_UNDEF) {
        int64_t n;
        const char *p;
        if (jg_is_kind(a[0], JG_K_STR)) {
            n = JG_AS(jg_str, a[0])->n_chars;
            p = JG_AS(jg_str, a[0])->data;
        } else if (is_bytes(a[0])) {
            n = as_bytes(a[0])->len;
            p = (const char *)as_bytes(a[0])->data;
        } else {
            /* CPython takes len(sep) first, then wants a str or bytes. */
            jg_status st = jg_len(vm, a[0], &n);
            if (st == JG_RAISED)
                return st;
            if (st == JG_OK && n != 1)
                return jg_raise(vm, vm->t.ValueError, "sep must be length 1.");
            return jg_raise(vm, vm->t.TypeError, "sep must be str or bytes.");
        }
        if (n != 1)
            return jg_raise(vm, vm->t.ValueError, "sep must be length 1.");
        if ((uint8_t)p[0] >= 0x80)
            return jg_raise(vm, vm->t.ValueError, "sep must be ASCII.");
        sep = p[0];
    }
    /* Groups of |per_sep| bytes, counted from the right when per_sep > 0. */
    uint64_t group = per_sep < 0 ? (uint64_t)-per_sep : (uint64_t)per_sep;
    uint64_t n_seps = sep && group && b->len ? (b->len - 1) / group : 0;
    uint64_t len = (uint64_t)b->len * 2 + n_seps;
    jg_str *r = jg_str_alloc(vm, (size_t)len, (size_t)len);
    if (!r)
        return jg_raise_nomem(vm);
    char *o = r->data;
    for (uint32_t i = 0; i < b->len; i++) {
        if (n_seps && i > 0) {
            uint64_t at = per_sep > 0 ? (uint64_t)(b->len - i) : (uint64_t)i;
            if (at % group == 0)
                *o++ = sep;
        }
        *o++ = hexdigits[b->data[i] >> 4];
        *o++ = hexdigits[b->data[i] & 15];
    }
    *out = jg_str_value(r);
    return JG_OK;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static inline bool bspace(uint8_t c)
{
    return c == ' ' || (c >= 9 && c <= 13);
}

NATIVE(bytes_fromhex)
{
    /* A classmethod: args[0] is the class. */
    if (jg_str_argc_exact(vm, "bytes", "fromhex", nargs - 1, kwnames, 1) != JG_OK)
        return JG_RAISED;
    if (!jg_is_kind(args[1], JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "fromhex() argument must be str, not %s",
                        arg_type_name(vm, args[1]));
    jg_str *s = JG_AS(jg_str, args[1]);
    jg_bytes *r = jg_bytes_alloc(vm, s->len / 2);
    if (!r)
        return jg_raise_nomem(vm);
    size_t n = 0, i = 0;
    const char *d = s->data;
    while (i < s->len) {
        if (bspace((uint8_t)d[i])) {
            i++;
            continue;
        }
        int hi = hexval(d[i]);
        if (hi < 0)
            return jg_raise(vm, vm->t.ValueError,
                            "non-hexadecimal number found in fromhex() arg at position %u",
                            jg_str_char_index(s, (uint32_t)i));
        int lo = i + 1 < s->len ? hexval(d[i + 1]) : -1;
        if (lo < 0)
            return jg_raise(vm, vm->t.ValueError,
                            "non-hexadecimal number found in fromhex() arg at position %u",
                            jg_str_char_index(s, (uint32_t)i + 1));
        r->data[n++] = (uint8_t)(hi * 16 + lo);
        i += 2;
    }
    r->len = (uint32_t)n;
    r->data[n] = 0;
    *out = jg_obj_value(r);
    return JG_OK;
}

static jg_status add_piece(jg_vm *vm, jg_list *l, const uint8_t *p, size_t len)
{
    jg_bytes *b = jg_bytes_new(vm, p, len);
    if (!b)
        return jg_raise_nomem(vm);
    return jg_list_append(vm, l, jg_obj_value(b));
}

static jg_status do_split(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, bool rev,
                          jg_value *out)
{
    static const char *const kw[] = {"sep", "maxsplit", NULL};
    const char *name = rev ? "rsplit" : "split";
    jg_bytes *b, *sep = NULL;
    jg_value a[2];
    if (self_bytes(vm, args, nargs, name, &b) != JG_OK ||
        jg_args_parse(vm, name, args + 1, nargs - 1, kwnames, kw, 0, 2, a) != JG_OK)
        return JG_RAISED;
    int64_t maxcount = -1; /* converted before sep is checked, as by the argument clinic */
    if (a[1] != JG_UNDEF && jg_str_ssize_arg(vm, a[1], &maxcount) != JG_OK)
        return JG_RAISED;
    if (maxcount < 0)
        maxcount = INT64_MAX;
    if (a[0] != JG_UNDEF && a[0] != JG_NONE) {
        if (bytes_arg(vm, a[0], &sep) != JG_OK)
            return JG_RAISED;
        if (sep->len == 0)
            return jg_raise(vm, vm->t.ValueError, "empty separator");
    }
    jg_list *l = jg_list_new(vm, 0);
    if (!l)
        return jg_raise_nomem(vm);
    const uint8_t *d = b->data;
    size_t len = b->len;
    if (!sep && !rev) {
        size_t i = 0;
        while (maxcount-- > 0) {
            while (i < len && bspace(d[i]))
                i++;
            if (i == len)
                break;
            size_t j = i;
            while (i < len && !bspace(d[i]))
                i++;
            if (add_piece(vm, l, d + j, i - j) != JG_OK)
                return JG_RAISED;
        }
        while (i < len && bspace(d[i]))
            i++;
        if (i < len && add_piece(vm, l, d + i, len - i) != JG_OK)
            return JG_RAISED;
    } else if (!sep) {
        size_t e = len;
        while (maxcount-- > 0) {
            while (e > 0 && bspace(d[e - 1]))
                e--;
            if (e == 0)
                break;
            size_t j = e;
            while (e > 0 && !bspace(d[e - 1]))
                e--;
            if (add_piece(vm, l, d + e, j - e) != JG_OK)
                return JG_RAISED;
        }
        while (e > 0 && bspace(d[e - 1]))
            e--;
        if (e > 0 && add_piece(vm, l, d, e) != JG_OK)
            return JG_RAISED;
    } else if (!rev) {
        size_t i = 0;
        while (maxcount-- > 0) {
            const uint8_t *p = memmem(d + i, len - i, sep->data, sep->len);
            if (!p)
                break;
            if (add_piece(vm, l, d + i, (size_t)(p - d) - i) != JG_OK)
                return JG_RAISED;
            i = (size_t)(p - d) + sep->len;
        }
        if (add_piece(vm, l, d + i, len - i) != JG_OK)
            return JG_RAISED;
    } else {
        size_t e = len;
        while (maxcount-- > 0) {
            int64_t pos = -1;
            for (size_t k = e >= sep->len ? e - sep->len + 1 : 0; k-- > 0;)
                if (memcmp(d + k, sep->data, sep->len) == 0) {
                    pos = (int64_t)k;
                    break;
                }
            if (pos < 0)
                break;
            if (add_piece(vm, l, d + pos + sep->len, e - (size_t)pos - sep->len) != JG_OK)
                return JG_RAISED;
            e = (size_t)pos;
        }
        if (add_piece(vm, l, d, e) != JG_OK)
            return JG_RAISED;
    }
    if (rev)
        for (uint32_t i = 0, j = l->len ? l->len - 1 : 0; i < j; i++, j--) {
            jg_value t = l->items[i];
            l->items[i] = l->items[j];
            l->items[j] = t;
        }
    *out = jg_obj_value(l);
    return JG_OK;
}

NATIVE(bytes_split)
{
    return do_split(vm, args, nargs, kwnames, false, out);
}

NATIVE(bytes_rsplit)
{
    return do_split(vm, args, nargs, kwnames, true, out);
}

static jg_status join_items(jg_vm *vm, jg_bytes *sep, const jg_value *items, size_t n,
                            jg_value *out)
{
    uint64_t len = 0;
    for (size_t i = 0; i < n; i++) {
        if (!is_bytes(items[i]))
            return jg_raise(vm, vm->t.TypeError,
                            "sequence item %zu: expected a bytes-like object, %s found", i,
                            jg_type_name(vm, items[i]));
        len += as_bytes(items[i])->len;
    }
    if (n)
        len += (uint64_t)sep->len * (n - 1);
    if (len > JG_MAX_STR_LEN)
        return jg_raise_nomem(vm);
    jg_bytes *r = jg_bytes_alloc(vm, len);
    if (!r)
        return jg_raise_nomem(vm);
    uint8_t *o = r->data;
    for (size_t i = 0; i < n; i++) {
        if (i) {
            memcpy(o, sep->data, sep->len);
            o += sep->len;
        }
        memcpy(o, as_bytes(items[i])->data, as_bytes(items[i])->len);
        o += as_bytes(items[i])->len;
    }
    *out = jg_obj_value(r);
    return JG_OK;
}

NATIVE(bytes_join)
{
    jg_bytes *sep;
    if (self_bytes(vm, args, nargs, "join", &sep) != JG_OK ||
        jg_str_argc_exact(vm, "bytes", "join", nargs - 1, kwnames, 1) != JG_OK)
        return JG_RAISED;
    jg_value src = args[1];
    if (jg_is_kind(src, JG_K_LIST))
        return join_items(vm, sep, JG_AS(jg_list, src)->items, JG_AS(jg_list, src)->len, out);
    if (jg_is_kind(src, JG_K_TUPLE))
        return join_items(vm, sep, JG_AS(jg_tuple, src)->items, JG_AS(jg_tuple, src)->len, out);
    jg_value it;
    jg_status st = jg_get_iter(vm, src, &it);
    if (st == JG_RAISED && jg_exc_matches(vm, vm->t.TypeError)) {
        jg_clear_exc(vm);
        return jg_raise(vm, vm->t.TypeError, "can only join an iterable");
    }
    if (st != JG_OK)
        return st;
    jg_list *got = jg_list_new(vm, 8);
    if (!got)
        return jg_raise_nomem(vm);
    for (;;) {
        jg_value v;
        st = jg_next(vm, it, &v);
        if (st == JG_NEEDS_PY) {
            jg_value targs[3] = {args[0], it, jg_obj_value(got)};
            return jg_tailcall_prelude(vm, "_bytes_join", targs, 3, NULL);
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

static jg_status do_strip(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, int mode,
                          const char *name, jg_value *out)
{
    jg_bytes *b, *set = NULL;
    if (self_bytes(vm, args, nargs, name, &b) != JG_OK ||
        jg_str_argc_range(vm, "bytes", name, nargs - 1, kwnames, 0, 1) != JG_OK)
        return JG_RAISED;
    if (nargs > 1 && args[1] != JG_NONE && bytes_arg(vm, args[1], &set) != JG_OK)
        return JG_RAISED;
    uint8_t map[32] = {0};
    if (set)
        for (uint32_t k = 0; k < set->len; k++)
            map[set->data[k] >> 3] |= (uint8_t)(1u << (set->data[k] & 7));
    else
        for (int c = 0; c < 256; c++)
            if (bspace((uint8_t)c))
                map[c >> 3] |= (uint8_t)(1u << (c & 7));
    size_t i = 0, e = b->len;
    if (mode & 1)
        while (i < e && (map[b->data[i] >> 3] & (1u << (b->data[i] & 7))))
            i++;
    if (mode & 2)
        while (e > i && (map[b->data[e - 1] >> 3] & (1u << (b->data[e - 1] & 7))))
            e--;
    if (i == 0 && e == b->len)
        return ret_self(vm, args[0], out);
    return ret_new(vm, b->data + i, e - i, out);
}

NATIVE(bytes_strip)
{
    return do_strip(vm, args, nargs, kwnames, 3, "strip", out);
}

NATIVE(bytes_lstrip)
{
    return do_strip(vm, args, nargs, kwnames, 1, "lstrip", out);
}

NATIVE(bytes_rstrip)
{
    return do_strip(vm, args, nargs, kwnames, 2, "rstrip", out);
}

/* The needle of find()/count()/index(): bytes or an int in range(256). */
static jg_status needle_arg(jg_vm *vm, jg_value v, const uint8_t **p, size_t *len, uint8_t *one)
{
    if (is_bytes(v)) {
        *p = as_bytes(v)->data;
        *len = as_bytes(v)->len;
        return JG_OK;
    }
    if (jg_is_int(v) || jg_is_bool(v)) {
        int64_t x = jg_is_int(v) ? jg_as_int(v) : v == JG_TRUE;
        if (x < 0 || x > 255)
            return jg_raise(vm, vm->t.ValueError, "byte must be in range(0, 256)");
        *one = (uint8_t)x;
        *p = one;
        *len = 1;
        return JG_OK;
    }
    return jg_raise(vm, vm->t.TypeError,
                    "argument should be integer or bytes-like object, not '%s'",
                    jg_type_name(vm, v));
}

enum { F_FIND, F_RFIND, F_INDEX, F_RINDEX, F_COUNT };

static jg_status do_find(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, int how,
                         const char *name, jg_value *out)
{
    jg_bytes *b;
    const uint8_t *sub = NULL;
    size_t sublen = 0;
    uint8_t one;
    int64_t start, end;
    if (self_bytes(vm, args, nargs, name, &b) != JG_OK ||
        jg_str_argc_old(vm, name, nargs - 1, kwnames, 1, 3) != JG_OK ||
        /* start and end are converted before the needle is looked at (CPython) */
        jg_str_index_arg(vm, nargs > 2 ? args[2] : JG_UNDEF, 0, &start) != JG_OK ||
        jg_str_index_arg(vm, nargs > 3 ? args[3] : JG_UNDEF, INT64_MAX, &end) != JG_OK ||
        needle_arg(vm, args[1], &sub, &sublen, &one) != JG_OK)
        return JG_RAISED;
    jg_str_adjust_range(&start, &end, b->len);
    int64_t r = -1;
    if (how == F_COUNT) {
        int64_t n = 0;
        if (end - start >= (int64_t)sublen) {
            if (sublen == 0)
                n = end - start + 1;
            else
                for (int64_t i = start; i + (int64_t)sublen <= end;) {
                    const uint8_t *p = memmem(b->data + i, (size_t)(end - i), sub, sublen);
                    if (!p)
                        break;
                    n++;
                    i = (p - b->data) + (int64_t)sublen;
                }
        }
        *out = jg_int(n);
        return JG_OK;
    }
    if (end - start >= (int64_t)sublen) {
        if (how == F_FIND || how == F_INDEX) {
            const uint8_t *p = b->data + start;
            if (sublen)
                p = memmem(b->data + start, (size_t)(end - start), sub, sublen);
            r = p ? p - b->data : -1;
        } else {
            for (int64_t i = end - (int64_t)sublen; i >= start; i--)
                if (memcmp(b->data + i, sub, sublen) == 0) {
                    r = i;
                    break;
                }
        }
    }
    if (r < 0 && (how == F_INDEX || how == F_RINDEX))
        return jg_raise(vm, vm->t.ValueError, "subsection not found");
    *out = jg_int(r);
    return JG_OK;
}

NATIVE(bytes_find)
{
    return do_find(vm, args, nargs, kwnames, F_FIND, "find", out);
}

NATIVE(bytes_rfind)
{
    return do_find(vm, args, nargs, kwnames, F_RFIND, "rfind", out);
}

NATIVE(bytes_index)
{
    return do_find(vm, args, nargs, kwnames, F_INDEX, "index", out);
}

NATIVE(bytes_rindex)
{
    return do_find(vm, args, nargs, kwnames, F_RINDEX, "rindex", out);
}

NATIVE(bytes_count)
{
    return do_find(vm, args, nargs, kwnames, F_COUNT, "count", out);
}

NATIVE(bytes_replace)
{
    jg_bytes *b, *old, *rep;
    if (self_bytes(vm, args, nargs, "replace", &b) != JG_OK ||
        jg_str_argc_range(vm, "bytes", "replace", nargs - 1, kwnames, 2, 3) != JG_OK ||
        bytes_arg(vm, args[1], &old) != JG_OK || bytes_arg(vm, args[2], &rep) != JG_OK)
        return JG_RAISED;
    int64_t count = -1;
    if (nargs > 3 && jg_str_ssize_arg(vm, args[3], &count) != JG_OK)
        return JG_RAISED;
    if (count < 0)
        count = INT64_MAX;
    jg_buf out_b;
    jg_buf_init(&out_b);
    jg_status st = JG_OK;
    size_t i = 0;
    int64_t done = 0;
    if (old->len == 0) {
        while (done < count && i <= b->len && st == JG_OK) {
            st = jg_buf_put(&out_b, rep->data, rep->len);
            if (i < b->len && st == JG_OK)
                st = jg_buf_put(&out_b, b->data + i, 1);
            i++;
            done++;
        }
        if (i > b->len)
            i = b->len;
    } else {
        while (done < count && st == JG_OK) {
            const uint8_t *p = memmem(b->data + i, b->len - i, old->data, old->len);
            if (!p)
                break;
            size_t pos = (size_t)(p - b->data);
            st = jg_buf_put(&out_b, b->data + i, pos - i);
            if (st == JG_OK)
                st = jg_buf_put(&out_b, rep->data, rep->len);
            i = pos + old->len;
            done++;
        }
    }
    if (st == JG_OK)
        st = jg_buf_put(&out_b, b->data + i, b->len - i);
    if (st != JG_OK) {
        jg_buf_free(&out_b);
        return jg_raise_nomem(vm);
    }
    jg_status r = ret_new(vm, out_b.data ? out_b.data : "", out_b.len, out);
    jg_buf_free(&out_b);
    return r;
}

static bool tailmatch(const jg_bytes *b, const jg_bytes *sub, int64_t start, int64_t end,
                      bool at_end)
{
    jg_str_adjust_range(&start, &end, b->len);
    end -= sub->len;
    if (end < start)
        return false;
    return memcmp(b->data + (at_end ? end : start), sub->data, sub->len) == 0;
}

static jg_status do_startswith(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                               bool at_end, jg_value *out)
{
    const char *name = at_end ? "endswith" : "startswith";
    jg_bytes *b;
    int64_t start, end;
    if (self_bytes(vm, args, nargs, name, &b) != JG_OK ||
        jg_str_argc_old(vm, name, nargs - 1, kwnames, 1, 3) != JG_OK ||
        jg_str_index_arg(vm, nargs > 2 ? args[2] : JG_UNDEF, 0, &start) != JG_OK ||
        jg_str_index_arg(vm, nargs > 3 ? args[3] : JG_UNDEF, INT64_MAX, &end) != JG_OK)
        return JG_RAISED;
    jg_value p = args[1];
    if (jg_is_kind(p, JG_K_TUPLE)) {
        jg_tuple *t = JG_AS(jg_tuple, p);
        for (uint32_t i = 0; i < t->len; i++) {
            jg_bytes *sub;
            if (bytes_arg(vm, t->items[i], &sub) != JG_OK)
                return JG_RAISED;
            if (tailmatch(b, sub, start, end, at_end)) {
                *out = JG_TRUE;
                return JG_OK;
            }
        }
        *out = JG_FALSE;
        return JG_OK;
    }
    if (!is_bytes(p))
        return jg_raise(vm, vm->t.TypeError,
                        "%s first arg must be bytes or a tuple of bytes, not %s", name,
                        jg_type_name(vm, p));
    *out = jg_bool(tailmatch(b, as_bytes(p), start, end, at_end));
    return JG_OK;
}

NATIVE(bytes_startswith)
{
    return do_startswith(vm, args, nargs, kwnames, false, out);
}

NATIVE(bytes_endswith)
{
    return do_startswith(vm, args, nargs, kwnames, true, out);
}

enum { C_UPPER, C_LOWER, C_SWAP, C_TITLE, C_CAP };

static jg_status do_case(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, int how,
                         const char *name, jg_value *out)
{
    jg_bytes *b;
    if (self_bytes(vm, args, nargs, name, &b) != JG_OK ||
        jg_str_argc_exact(vm, "bytes", name, nargs - 1, kwnames, 0) != JG_OK)
        return JG_RAISED;
    jg_bytes *r = jg_bytes_alloc(vm, b->len);
    if (!r)
        return jg_raise_nomem(vm);
    bool prev_cased = false;
    for (uint32_t i = 0; i < b->len; i++) {
        uint8_t c = b->data[i];
        bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
        bool to_up;
        switch (how) {
            case C_UPPER:
                to_up = true;
                break;
            case C_LOWER:
                to_up = false;
                break;
            case C_SWAP:
                to_up = lo;
                break;
            case C_TITLE:
                to_up = !prev_cased;
                prev_cased = lo || up;
                break;
            default:
                to_up = i == 0;
                break;
        }
        if (to_up && lo)
            c = (uint8_t)(c - 32);
        else if (!to_up && up)
            c = (uint8_t)(c + 32);
        r->data[i] = c;
    }
    *out = jg_obj_value(r);
    return JG_OK;
}

NATIVE(bytes_upper)
{
    return do_case(vm, args, nargs, kwnames, C_UPPER, "upper", out);
}

NATIVE(bytes_lower)
{
    return do_case(vm, args, nargs, kwnames, C_LOWER, "lower", out);
}

NATIVE(bytes_swapcase)
{
    return do_case(vm, args, nargs, kwnames, C_SWAP, "swapcase", out);
}

NATIVE(bytes_title)
{
    return do_case(vm, args, nargs, kwnames, C_TITLE, "title", out);
}

NATIVE(bytes_capitalize)
{
    return do_case(vm, args, nargs, kwnames, C_CAP, "capitalize", out);
}

enum { I_ALPHA, I_DIGIT, I_ALNUM, I_SPACE, I_UPPER, I_LOWER, I_ASCII, I_TITLE };

static jg_status do_is(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, int how,
                       const char *name, jg_value *out)
{
    jg_bytes *b;
    if (self_bytes(vm, args, nargs, name, &b) != JG_OK ||
        jg_str_argc_exact(vm, "bytes", name, nargs - 1, kwnames, 0) != JG_OK)
        return JG_RAISED;
    bool r = b->len > 0 || how == I_ASCII, cased = false, prev_cased = false;
    for (uint32_t i = 0; i < b->len && r; i++) {
        uint8_t c = b->data[i];
        bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z', dg = c >= '0' && c <= '9';
        switch (how) {
            case I_TITLE: /* upper only after uncased, lower only after cased */
                r = !(up && prev_cased) && !(lo && !prev_cased);
                prev_cased = up || lo;
                cased |= up;
                break;
            case I_ALPHA:
                r = lo || up;
                break;
            case I_DIGIT:
                r = dg;
                break;
            case I_ALNUM:
                r = lo || up || dg;
                break;
            case I_SPACE:
                r = bspace(c);
                break;
            case I_UPPER:
                r = !lo;
                cased |= up;
                break;
            case I_LOWER:
                r = !up;
                cased |= lo;
                break;
            default:
                r = c < 0x80;
                break;
        }
    }
    if (how == I_UPPER || how == I_LOWER || how == I_TITLE)
        r = r && cased;
    *out = jg_bool(r);
    return JG_OK;
}

#define BYTES_IS(fn, name, how)                                                         \
    NATIVE(fn)                                                                          \
    {                                                                                   \
        return do_is(vm, args, nargs, kwnames, how, name, out);                         \
    }
BYTES_IS(bytes_isalpha, "isalpha", I_ALPHA)
BYTES_IS(bytes_isdigit, "isdigit", I_DIGIT)
BYTES_IS(bytes_isalnum, "isalnum", I_ALNUM)
BYTES_IS(bytes_isspace, "isspace", I_SPACE)
BYTES_IS(bytes_isupper, "isupper", I_UPPER)
BYTES_IS(bytes_islower, "islower", I_LOWER)
BYTES_IS(bytes_isascii, "isascii", I_ASCII)
BYTES_IS(bytes_istitle, "istitle", I_TITLE)

static jg_status do_just(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, int how,
                         const char *name, jg_value *out)
{
    jg_bytes *b;
    int64_t width;
    if (self_bytes(vm, args, nargs, name, &b) != JG_OK ||
        jg_str_argc_range(vm, "bytes", name, nargs - 1, kwnames, 1, 2) != JG_OK ||
        jg_str_ssize_arg(vm, args[1], &width) != JG_OK)
        return JG_RAISED;
    uint8_t fill = ' ';
    if (nargs > 2) {
        if (!is_bytes(args[2]) || as_bytes(args[2])->len != 1)
            return jg_raise(vm, vm->t.TypeError,
                            "%s() argument 2 must be a byte string of length 1, not %s", name,
                            arg_type_name(vm, args[2]));
        fill = as_bytes(args[2])->data[0];
    }
    if (width <= (int64_t)b->len)
        return ret_self(vm, args[0], out);
    if ((uint64_t)width > JG_MAX_STR_LEN)
        return jg_raise_nomem(vm);
    int64_t marg = width - b->len;
    int64_t left = how == 0 ? 0 : how == 1 ? marg : marg / 2 + (marg & width & 1);
    jg_bytes *r = jg_bytes_alloc(vm, (size_t)width);
    if (!r)
        return jg_raise_nomem(vm);
    memset(r->data, fill, (size_t)width);
    memcpy(r->data + left, b->data, b->len);
    *out = jg_obj_value(r);
    return JG_OK;
}

NATIVE(bytes_ljust)
{
    return do_just(vm, args, nargs, kwnames, 0, "ljust", out);
}

NATIVE(bytes_rjust)
{
    return do_just(vm, args, nargs, kwnames, 1, "rjust", out);
}

NATIVE(bytes_center)
{
    return do_just(vm, args, nargs, kwnames, 2, "center", out);
}

NATIVE(bytes_zfill)
{
    jg_bytes *b;
    int64_t width;
    if (self_bytes(vm, args, nargs, "zfill", &b) != JG_OK ||
        jg_str_argc_exact(vm, "bytes", "zfill", nargs - 1, kwnames, 1) != JG_OK ||
        jg_str_ssize_arg(vm, args[1], &width) != JG_OK)
        return JG_RAISED;
    if (width <= (int64_t)b->len)
        return ret_self(vm, args[0], out);
    if ((uint64_t)width > JG_MAX_STR_LEN)
        return jg_raise_nomem(vm);
    size_t fill = (size_t)width - b->len;
    jg_bytes *r = jg_bytes_alloc(vm, (size_t)width);
    if (!r)
        return jg_raise_nomem(vm);
    memset(r->data, '0', fill);
    memcpy(r->data + fill, b->data, b->len);
    if (b->len && (b->data[0] == '+' || b->data[0] == '-')) {
        r->data[0] = b->data[0];
        r->data[fill] = '0';
    }
    *out = jg_obj_value(r);
    return JG_OK;
}

static jg_status do_partition(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                              bool rev, jg_value *out)
{
    const char *name = rev ? "rpartition" : "partition";
    jg_bytes *b, *sep;
    if (self_bytes(vm, args, nargs, name, &b) != JG_OK ||
        jg_str_argc_exact(vm, "bytes", name, nargs - 1, kwnames, 1) != JG_OK ||
        bytes_arg(vm, args[1], &sep) != JG_OK)
        return JG_RAISED;
    if (sep->len == 0)
        return jg_raise(vm, vm->t.ValueError, "empty separator");
    int64_t pos = -1;
    if (!rev) {
        const uint8_t *p = memmem(b->data, b->len, sep->data, sep->len);
        pos = p ? p - b->data : -1;
    } else if (b->len >= sep->len) {
        for (int64_t i = (int64_t)(b->len - sep->len); i >= 0; i--)
            if (memcmp(b->data + i, sep->data, sep->len) == 0) {
                pos = i;
                break;
            }
    }
    jg_tuple *t = jg_tuple_new(vm, 3);
    jg_bytes *empty = jg_bytes_alloc(vm, 0);
    if (!t || !empty)
        return jg_raise_nomem(vm);
    if (pos < 0) {
        jg_value whole;
        if (ret_self(vm, args[0], &whole) != JG_OK)
            return JG_RAISED;
        t->items[0] = rev ? jg_obj_value(empty) : whole;
        t->items[1] = jg_obj_value(empty);
        t->items[2] = rev ? whole : jg_obj_value(empty);
    } else {
        jg_bytes *head = jg_bytes_new(vm, b->data, (size_t)pos);
        size_t tail_off = (size_t)pos + sep->len;
        jg_bytes *tail = jg_bytes_new(vm, b->data + tail_off, b->len - tail_off);
        if (!head || !tail)
            return jg_raise_nomem(vm);
        t->items[0] = jg_obj_value(head);
        t->items[1] = args[1];
        t->items[2] = jg_obj_value(tail);
    }
    *out = jg_obj_value(t);
    return JG_OK;
}

NATIVE(bytes_partition)
{
    return do_partition(vm, args, nargs, kwnames, false, out);
}

NATIVE(bytes_rpartition)
{
    return do_partition(vm, args, nargs, kwnames, true, out);
}

static jg_status do_remove(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                           bool suffix, jg_value *out)
{
    const char *name = suffix ? "removesuffix" : "removeprefix";
    jg_bytes *b, *p;
    if (self_bytes(vm, args, nargs, name, &b) != JG_OK ||
        jg_str_argc_exact(vm, "bytes", name, nargs - 1, kwnames, 1) != JG_OK ||
        bytes_arg(vm, args[1], &p) != JG_OK)
        return JG_RAISED;
    if (p->len && p->len <= b->len &&
        memcmp(b->data + (suffix ? b->len - p->len : 0), p->data, p->len) == 0)
        return ret_new(vm, b->data + (suffix ? 0 : p->len), b->len - p->len, out);
    return ret_self(vm, args[0], out);
}

NATIVE(bytes_removeprefix)
{
    return do_remove(vm, args, nargs, kwnames, false, out);
}

NATIVE(bytes_removesuffix)
{
    return do_remove(vm, args, nargs, kwnames, true, out);
}

NATIVE(bytes_mod)
{
    jg_bytes *b;
    if (self_bytes(vm, args, nargs, "__mod__", &b) != JG_OK ||
        jg_str_argc_exact(vm, "bytes", "__mod__", nargs - 1, kwnames, 1) != JG_OK)
        return JG_RAISED;
    jg_status st = jg_bytes_percent(vm, args[0], args[1], out);
    if (st != JG_NEEDS_PY)
        return st;
    jg_value targs[2] = {args[0], args[1]};
    return jg_tailcall_prelude(vm, "_str_mod", targs, 2, NULL);
}

/* bytes(x): an int count of zeros, bytes, str with an encoding, or an iterable of ints. */
NATIVE(bytes_new)
{
    static const char *const kw[] = {"source", "encoding", "errors", NULL};
    jg_value a[3];
    if (nargs < 1 || !jg_is_kind(args[0], JG_K_TYPE))
        return jg_raise(vm, vm->t.TypeError, "bytes.__new__(X): X is not a type object");
    jg_type *cls = JG_AS(jg_type, args[0]);
    if (jg_args_parse(vm, "bytes", args + 1, nargs - 1, kwnames, kw, 0, 3, a) != JG_OK)
        return JG_RAISED;
    jg_value src = a[0];
    jg_value r = JG_UNDEF;
    jg_status st = JG_OK;
    if (src == JG_UNDEF) {
        if (a[1] != JG_UNDEF || a[2] != JG_UNDEF)
            return jg_raise(vm, vm->t.TypeError, a[1] != JG_UNDEF
                                                     ? "encoding without a string argument"
                                                     : "errors without a string argument");
        st = ret_new(vm, "", 0, &r);
    } else if (jg_is_kind(src, JG_K_STR)) {
        if (a[1] == JG_UNDEF)
            return jg_raise(vm, vm->t.TypeError, a[2] == JG_UNDEF
                                                     ? "string argument without an encoding"
                                                     : "string argument without an encoding");
        int codec;
        const char *errors;
        if (jg_codec_args(vm, "bytes", a[1], a[2], &codec, &errors) != JG_OK)
            return JG_RAISED;
        st = jg_str_encode(vm, JG_AS(jg_str, src), codec, errors, &r);
    } else if (a[1] != JG_UNDEF || a[2] != JG_UNDEF) {
        return jg_raise(vm, vm->t.TypeError, a[1] != JG_UNDEF
                                                 ? "encoding without a string argument"
                                                 : "errors without a string argument");
    } else if (is_bytes(src)) {
        st = ret_self(vm, src, &r);
    } else if (jg_is_int(src) || jg_is_bool(src) || jg_is_kind(src, JG_K_INT)) {
        int64_t n;
        if (jg_is_kind(src, JG_K_INT) && !mpz_fits_slong_p(JG_AS(jg_bigint, src)->z))
            return jg_raise(vm, vm->t.OverflowError,
                            "cannot fit 'int' into an index-sized integer");
        if (jg_str_ssize_arg(vm, src, &n) != JG_OK)
            return JG_RAISED;
        if (n < 0)
            return jg_raise(vm, vm->t.ValueError, "negative count");
        st = ret_bytes(vm, jg_bytes_alloc(vm, (size_t)n), &r);
    } else if (jg_is_float(src) || src == JG_NONE) {
        return jg_raise(vm, vm->t.TypeError, "cannot convert '%s' object to bytes",
                        jg_type_name(vm, src));
    } else {
        const jg_value *items = NULL;
        size_t n = 0;
        jg_list *got = NULL;
        if (jg_is_kind(src, JG_K_LIST)) {
            items = JG_AS(jg_list, src)->items;
            n = JG_AS(jg_list, src)->len;
        } else if (jg_is_kind(src, JG_K_TUPLE)) {
            items = JG_AS(jg_tuple, src)->items;
            n = JG_AS(jg_tuple, src)->len;
        } else {
            jg_value it;
            st = jg_get_iter(vm, src, &it);
            if (st == JG_RAISED && jg_exc_matches(vm, vm->t.TypeError)) {
                jg_clear_exc(vm);
                return jg_raise(vm, vm->t.TypeError, "cannot convert '%s' object to bytes",
                                jg_type_name(vm, src));
            }
            if (st == JG_NEEDS_PY)
                goto in_python;
            if (st != JG_OK)
                return st;
            got = jg_list_new(vm, 8);
            if (!got)
                return jg_raise_nomem(vm);
            for (;;) {
                jg_value v;
                st = jg_next(vm, it, &v);
                if (st == JG_NEEDS_PY) {
                    /* Finish in Python with what was already taken. */
                    jg_value targs[3] = {args[0], it, jg_obj_value(got)};
                    return jg_tailcall_prelude(vm, "_bytes_new", targs, 3, NULL);
                }
                if (st != JG_OK)
                    return st;
                if (v == JG_UNDEF)
                    break;
                if (jg_list_append(vm, got, v) != JG_OK)
                    return JG_RAISED;
            }
            items = got->items;
            n = got->len;
        }
        jg_bytes *bb = jg_bytes_alloc(vm, n);
        if (!bb)
            return jg_raise_nomem(vm);
        for (size_t i = 0; i < n; i++) {
            jg_value v = items[i];
            int64_t x;
            if (jg_is_int(v))
                x = jg_as_int(v);
            else if (jg_is_bool(v))
                x = v == JG_TRUE;
            else if (jg_is_kind(v, JG_K_INT))
                x = -1;
            else if ((jg_typeof(vm, v)->flags & JG_TF_USER))
                goto in_python;
            else
                return jg_raise(vm, vm->t.TypeError,
                                "'%s' object cannot be interpreted as an integer",
                                jg_type_name(vm, v));
            if (x < 0 || x > 255)
                return jg_raise(vm, vm->t.ValueError, "bytes must be in range(0, 256)");
            bb->data[i] = (uint8_t)x;
        }
        r = jg_obj_value(bb);
    }
    if (st != JG_OK)
        return st;
    if (cls != vm->t.bytes) {
        jg_bytes *src_b = as_bytes(r);
        jg_bytes *typed = jg_bytes_alloc(vm, src_b->len);
        if (!typed)
            return jg_raise_nomem(vm);
        typed->hdr.type = cls;
        memcpy(typed->data, src_b->data, src_b->len);
        r = jg_obj_value(typed);
    }
    *out = r;
    return JG_OK;
in_python: {
    jg_value targs[3] = {args[0], src, JG_NONE};
    return jg_tailcall_prelude(vm, "_bytes_new", targs, 3, NULL);
}
}

/* ---------------------------------------------------------------- splitlines, expandtabs */

NATIVE(bytes_splitlines)
{
    static const char *const kw[] = {"keepends", NULL};
    jg_bytes *b;
    jg_value a[1];
    int64_t keepends = 0;
    if (self_bytes(vm, args, nargs, "splitlines", &b) != JG_OK ||
        jg_args_parse(vm, "splitlines", args + 1, nargs - 1, kwnames, kw, 0, 1, a) != JG_OK ||
        (a[0] != JG_UNDEF && jg_str_ssize_arg(vm, a[0], &keepends) != JG_OK))
        return JG_RAISED;
    jg_list *l = jg_list_new(vm, 0);
    if (!l)
        return jg_raise_nomem(vm);
    /* bytes break lines only at \n, \r and \r\n (not at \v, \f or \x1c..\x1e). */
    const uint8_t *d = b->data;
    size_t len = b->len, i = 0;
    while (i < len) {
        size_t j = i;
        while (i < len && d[i] != '\n' && d[i] != '\r')
            i++;
        size_t eol = i;
        if (i < len) {
            i += d[i] == '\r' && i + 1 < len && d[i + 1] == '\n' ? 2 : 1;
            if (keepends)
                eol = i;
        }
        if (add_piece(vm, l, d + j, eol - j) != JG_OK)
            return JG_RAISED;
    }
    *out = jg_obj_value(l);
    return JG_OK;
}

NATIVE(bytes_expandtabs)
{
    static const char *const kw[] = {"tabsize", NULL};
    jg_bytes *b;
    jg_value a[1];
    int64_t tabsize = 8;
    if (self_bytes(vm, args, nargs, "expandtabs", &b) != JG_OK ||
        jg_args_parse(vm, "expandtabs", args + 1, nargs - 1, kwnames, kw, 0, 1, a) != JG_OK ||
        (a[0] != JG_UNDEF && jg_str_ssize_arg(vm, a[0], &tabsize) != JG_OK))
        return JG_RAISED;
    /* First pass: the size; second: the bytes. The column restarts after \n and \r. */
    uint64_t len = 0, col = 0;
    for (uint32_t i = 0; i < b->len; i++) {
        uint8_t c = b->data[i];
        if (c == '\t') {
            if (tabsize > 0) {
                uint64_t incr = (uint64_t)tabsize - col % (uint64_t)tabsize;
                col += incr;
                len += incr;
            }
        } else {
            len++;
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
        if (len > JG_MAX_STR_LEN)
            return jg_raise(vm, vm->t.OverflowError, "result too long");
    }
    jg_bytes *r = jg_bytes_alloc(vm, (size_t)len);
    if (!r)
        return jg_raise_nomem(vm);
    uint8_t *o = r->data;
    col = 0;
    for (uint32_t i = 0; i < b->len; i++) {
        uint8_t c = b->data[i];
        if (c == '\t') {
            if (tabsize > 0) {
                uint64_t incr = (uint64_t)tabsize - col % (uint64_t)tabsize;
                memset(o, ' ', (size_t)incr);
                o += incr;
                col += incr;
            }
        } else {
            *o++ = c;
            col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
    }
    *out = jg_obj_value(r);
    return JG_OK;
}

/* ---------------------------------------------------------------- maketrans, translate */

NATIVE(bytes_maketrans)
{
    jg_bytes *from, *to;
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "bytes.maketrans() takes no keyword arguments");
    if (jg_args_count(vm, "maketrans", nargs, kwnames, 2, 2) != JG_OK ||
        bytes_arg(vm, args[0], &from) != JG_OK || bytes_arg(vm, args[1], &to) != JG_OK)
        return JG_RAISED;
    if (from->len != to->len)
        return jg_raise(vm, vm->t.ValueError, "maketrans arguments must have same length");
    jg_bytes *r = jg_bytes_alloc(vm, 256);
    if (!r)
        return jg_raise_nomem(vm);
    for (int i = 0; i < 256; i++)
        r->data[i] = (uint8_t)i;
    for (uint32_t i = 0; i < from->len; i++)
        r->data[from->data[i]] = to->data[i];
    *out = jg_obj_value(r);
    return JG_OK;
}

NATIVE(bytes_translate)
{
    static const char *const kw[] = {"", "delete", NULL};
    jg_bytes *b, *table = NULL, *del = NULL;
    jg_value a[2];
    if (self_bytes(vm, args, nargs, "translate", &b) != JG_OK)
        return JG_RAISED;
    if (nargs - 1 - (kwnames ? (int)kwnames->len : 0) < 1 && nargs - 1 <= 2)
        return jg_raise(vm, vm->t.TypeError,
                        "translate() takes at least 1 positional argument (%d given)",
                        nargs - 1 - (kwnames ? (int)kwnames->len : 0));
    if (jg_args_parse(vm, "translate", args + 1, nargs - 1, kwnames, kw, 1, 2, a) != JG_OK ||
        (a[0] != JG_NONE && bytes_arg(vm, a[0], &table) != JG_OK) ||
        (a[1] != JG_UNDEF && bytes_arg(vm, a[1], &del) != JG_OK))
        return JG_RAISED;
    if (table && table->len != 256)
        return jg_raise(vm, vm->t.ValueError, "translation table must be 256 characters long");
    bool drop[256] = {false};
    for (uint32_t i = 0; del && i < del->len; i++)
        drop[del->data[i]] = true;
    jg_bytes *r = jg_bytes_alloc(vm, b->len);
    if (!r)
        return jg_raise_nomem(vm);
    uint32_t n = 0;
    for (uint32_t i = 0; i < b->len; i++) {
        uint8_t c = b->data[i];
        if (!drop[c])
            r->data[n++] = table ? table->data[c] : c;
    }
    r->len = n;
    r->data[n] = 0;
    *out = jg_obj_value(r);
    return JG_OK;
}

/* ---------------------------------------------------------------- init */

jg_status jg_bytes_init(jg_vm *vm)
{
    static const struct {
        const char *name;
        jg_native_fn fn;
        uint32_t flags;
    } methods[] = {
        {"__new__", bytes_new, JG_NF_STATIC},
        {"decode", bytes_decode, 0},
        {"hex", bytes_hex, 0},
        {"fromhex", bytes_fromhex, JG_NF_CLASSMETHOD},
        {"split", bytes_split, 0},
        {"rsplit", bytes_rsplit, 0},
        {"join", bytes_join, 0},
        {"strip", bytes_strip, 0},
        {"lstrip", bytes_lstrip, 0},
        {"rstrip", bytes_rstrip, 0},
        {"find", bytes_find, 0},
        {"rfind", bytes_rfind, 0},
        {"index", bytes_index, 0},
        {"rindex", bytes_rindex, 0},
        {"count", bytes_count, 0},
        {"replace", bytes_replace, 0},
        {"startswith", bytes_startswith, 0},
        {"endswith", bytes_endswith, 0},
        {"upper", bytes_upper, 0},
        {"lower", bytes_lower, 0},
        {"swapcase", bytes_swapcase, 0},
        {"title", bytes_title, 0},
        {"capitalize", bytes_capitalize, 0},
        {"isalpha", bytes_isalpha, 0},
        {"isdigit", bytes_isdigit, 0},
        {"isalnum", bytes_isalnum, 0},
        {"isspace", bytes_isspace, 0},
        {"isupper", bytes_isupper, 0},
        {"islower", bytes_islower, 0},
        {"isascii", bytes_isascii, 0},
        {"ljust", bytes_ljust, 0},
        {"rjust", bytes_rjust, 0},
        {"center", bytes_center, 0},
        {"zfill", bytes_zfill, 0},
        {"partition", bytes_partition, 0},
        {"rpartition", bytes_rpartition, 0},
        {"removeprefix", bytes_removeprefix, 0},
        {"removesuffix", bytes_removesuffix, 0},
        {"splitlines", bytes_splitlines, 0},
        {"expandtabs", bytes_expandtabs, 0},
        {"maketrans", bytes_maketrans, JG_NF_STATIC},
        {"translate", bytes_translate, 0},
        {"istitle", bytes_istitle, 0},
        {"__mod__", bytes_mod, 0},
    };
    vm->t.bytes->hooks = &bytes_hooks;
    /* iter.c may serve every iterator kind with one set of hooks; else these. */
    if (!vm->t.bytes_iterator->hooks)
        vm->t.bytes_iterator->hooks = &bytes_iter_hooks;
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        jg_status st = jg_type_add_method(vm, vm->t.bytes, methods[i].name, methods[i].fn,
                                          methods[i].flags);
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}
