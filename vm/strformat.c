/*
 * vm/strformat.c - `str % args`, `bytes % args`, str.format / format_map and
 * format(value, spec), with CPython 3.11's parsing order, results and error
 * messages.
 *
 * The number and padding work (the format mini-language, printf conversions)
 * is numfmt.c's; this file parses templates, fetches and converts arguments,
 * and stitches the pieces together in one C buffer, making one str at the end.
 * Short results reuse the thread's scratch buffer (str.h), so formatting a
 * value costs one allocation: the result.
 *
 * Invariant: nothing here runs Python code or changes any object; a value
 * whose behaviour is Python code makes the whole operation return
 * JG_NEEDS_PY, and the natives tail-call vm/lib/_builtins_str.py.
 */
#include "strformat.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "int.h"
#include "numfmt.h"
#include "str.h"

/* The type named in an "argument ... must be X, not Y" message: CPython's
 * _PyArg_BadArgument says "None" for None, not "NoneType". */
static inline const char *arg_type_name(jg_vm *vm, jg_value v)
{
    return v == JG_NONE ? "None" : jg_type_name(vm, v);
}

static inline bool is_str(jg_value v)
{
    return jg_is_kind(v, JG_K_STR);
}

static inline jg_str *as_str(jg_value v)
{
    return JG_AS(jg_str, v);
}

/* Turns a numfmt failure into the exception it names (JG_RAISED etc. pass through). */
static jg_status raise_nf(jg_vm *vm, jg_status st, const jg_numfmt_err *err)
{
    if (st == JG_NUMFMT_RAISE) {
        jg_type *t = err->exc == JG_NUMFMT_OVERFLOW_ERROR ? vm->t.OverflowError
                     : err->exc == JG_NUMFMT_TYPE_ERROR   ? vm->t.TypeError
                                                          : vm->t.ValueError;
        return jg_raise(vm, t, "%s", err->msg);
    }
    if (st == JG_ERR_NOMEM)
        return jg_raise_nomem(vm);
    return st;
}

static jg_status put(jg_vm *vm, jg_buf *b, const void *p, size_t len)
{
    return jg_buf_put(b, p, len) == JG_OK ? JG_OK : jg_raise_nomem(vm);
}

/* True for an instance of a class statement's class (its dunders may be Python code). */
static bool is_user(jg_vm *vm, jg_value v)
{
    return (jg_typeof(vm, v)->flags & JG_TF_USER) != 0;
}

/* |v| of a big int in 'base' (lowercase) into 'digits'; *negative its sign. */
static jg_status bigint_digits(jg_vm *vm, jg_value v, int base, jg_buf *digits, bool *negative)
{
    mpz_srcptr z = JG_AS(jg_bigint, v)->z;
    *negative = mpz_sgn(z) < 0;
    if (jg_buf_reserve(digits, mpz_sizeinbase(z, base) + 2) != JG_OK)
        return jg_raise_nomem(vm);
    mpz_get_str(digits->data, base, z);
    size_t n = strlen(digits->data);
    if (*negative) {
        memmove(digits->data, digits->data + 1, n);
        n--;
    }
    digits->len = n;
    if (base == 10 && n > JG_INT_MAX_STR_DIGITS) /* as str(v) */
        return jg_raise(vm, vm->t.ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion; use "
                        "sys.set_int_max_str_digits() to increase the limit",
                        JG_INT_MAX_STR_DIGITS);
    return JG_OK;
}

/* An int (small, bool or big) as text in decimal: the empty-spec and %d fast path. */
static jg_status put_decimal(jg_vm *vm, jg_buf *b, int64_t x)
{
    char tmp[24];
    char *p = tmp + sizeof tmp;
    uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (x < 0)
        *--p = '-';
    return put(vm, b, p, (size_t)(tmp + sizeof tmp - p));
}

/* ---------------------------------------------------------------- format(v, spec) */

static jg_status format_int(jg_vm *vm, jg_buf *b, jg_value v, const char *spec, size_t len,
                            const char *tname)
{
    jg_fmtspec fs;
    jg_numfmt_err err;
    jg_status st = jg_fmtspec_parse(spec, len, JG_FMT_INT, tname, &fs, &err);
    if (st != JG_OK)
        return raise_nf(vm, st, &err);
    if (jg_is_int(v) || jg_is_bool(v)) {
        int64_t x = jg_is_int(v) ? jg_as_int(v) : v == JG_TRUE;
        return raise_nf(vm, jg_format_i64(b, x, &fs, tname, &err), &err);
    }
    int base;
    st = jg_format_int_base(&fs, tname, &base, &err);
    if (st != JG_OK)
        return raise_nf(vm, st, &err);
    if (base == 0) {
        double d;
        if (jg_int_to_double(vm, v, &d) != JG_OK)
            return JG_RAISED;
        return raise_nf(vm, jg_format_float(b, d, &fs, tname, &err), &err);
    }
    jg_buf digits;
    jg_buf_init(&digits);
    bool negative;
    if (bigint_digits(vm, v, base == 10 ? 10 : base, &digits, &negative) != JG_OK) {
        jg_buf_free(&digits);
        return JG_RAISED;
    }
    st = jg_format_int(b, negative, digits.data, digits.len, &fs, &err);
    jg_buf_free(&digits);
    return raise_nf(vm, st, &err);
}

static jg_status format_float(jg_vm *vm, jg_buf *b, double d, const char *spec, size_t len,
                              const char *tname)
{
    if (len == 0) {
        char tmp[JG_FLOAT_REPR_MAX];
        return put(vm, b, tmp, jg_float_repr(d, tmp));
    }
    jg_fmtspec fs;
    jg_numfmt_err err;
    jg_status st = jg_fmtspec_parse(spec, len, JG_FMT_FLOAT, tname, &fs, &err);
    if (st != JG_OK)
        return raise_nf(vm, st, &err);
    return raise_nf(vm, jg_format_float(b, d, &fs, tname, &err), &err);
}

static jg_status format_str(jg_vm *vm, jg_buf *b, const jg_str *s, const char *spec,
                            size_t len, const char *tname)
{
    if (len == 0)
        return put(vm, b, s->data, s->len);
    jg_fmtspec fs;
    jg_numfmt_err err;
    jg_status st = jg_fmtspec_parse(spec, len, JG_FMT_STR, tname, &fs, &err);
    if (st != JG_OK)
        return raise_nf(vm, st, &err);
    return raise_nf(vm, jg_format_str(b, s->data, s->len, s->n_chars, &fs, tname, &err), &err);
}

jg_status jg_format_value_buf(jg_vm *vm, jg_buf *b, jg_value v, const char *spec, size_t len)
{
    /* Exact built-in types first: the common case, no look-ups. */
    if (jg_is_int(v)) {
        if (len == 0)
            return put_decimal(vm, b, jg_as_int(v));
        return format_int(vm, b, v, spec, len, "int");
    }
    if (jg_is_float(v))
        return format_float(vm, b, jg_as_float(v), spec, len, "float");
    jg_type *t = jg_typeof(vm, v);
    if (t == vm->t.str)
        return format_str(vm, b, as_str(v), spec, len, "str");
    if (jg_is_bool(v)) {
        if (len == 0)
            return v == JG_TRUE ? put(vm, b, "True", 4) : put(vm, b, "False", 5);
        return format_int(vm, b, v, spec, len, "bool");
    }
    if (t == vm->t.int_)
        return format_int(vm, b, v, spec, len, "int");
    if (t->flags & JG_TF_USER) {
        /* A class statement's class: its __format__ (or, for "", __str__) may be Python. */
        jg_str *name = jg_str_intern_cstr(vm, "__format__");
        if (!name)
            return jg_raise_nomem(vm);
        jg_value f = jg_type_lookup(vm, t, name);
        if (f != JG_UNDEF && !jg_is_kind(f, JG_K_NATIVE))
            return JG_NEEDS_PY;
        if (len == 0) {
            jg_str *s;
            jg_status st = jg_str_of(vm, v, &s);
            if (st != JG_OK)
                return st;
            return put(vm, b, s->data, s->len);
        }
        if (t->kind == JG_K_STR)
            return format_str(vm, b, as_str(v), spec, len, t->name->data);
        if (t->kind == JG_K_INT && jg_is_obj(v))
            return format_int(vm, b, v, spec, len, t->name->data);
    }
    if (len != 0)
        return jg_raise(vm, vm->t.TypeError, "unsupported format string passed to %s.__format__",
                        t->name->data);
    jg_str *s;
    jg_status st = jg_str_of(vm, v, &s);
    if (st != JG_OK)
        return st;
    return put(vm, b, s->data, s->len);
}

jg_status jg_format_value(jg_vm *vm, jg_value v, jg_str *spec, jg_str **out)
{
    if (spec == NULL || spec->len == 0) {
        if (jg_typeof(vm, v) == vm->t.str) {
            *out = as_str(v);
            return JG_OK;
        }
        if (jg_is_int(v)) {
            *out = jg_int_repr(vm, v);
            return *out ? JG_OK : jg_raise_nomem(vm);
        }
    }
    jg_buf b;
    jg_scratch_take(&b);
    jg_status st = jg_format_value_buf(vm, &b, v, spec ? spec->data : "", spec ? spec->len : 0);
    if (st == JG_OK) {
        *out = jg_str_from_buf(vm, &b);
        if (!*out)
            st = jg_raise_nomem(vm);
    }
    jg_scratch_give(&b);
    return st;
}

/* ---------------------------------------------------------------- % formatting */

typedef struct {
    jg_vm *vm;
    jg_value args;  /* the tuple, the single value, or the value a key found */
    int64_t arglen; /* tuple length, or -1 for a single value */
    int64_t argidx; /* next tuple index; -2/-1 for a single value not yet/already used */
} pct_ctx;

static jg_status next_arg(pct_ctx *c, jg_value *out)
{
    if (c->argidx < c->arglen) {
        int64_t i = c->argidx++;
        *out = c->arglen < 0 ? c->args : JG_AS(jg_tuple, c->args)->items[i];
        return JG_OK;
    }
    return jg_raise(c->vm, c->vm->t.TypeError, "not enough arguments for format string");
}

static jg_status star_arg(void *ctx, bool is_precision, int64_t *value)
{
    pct_ctx *c = ctx;
    jg_vm *vm = c->vm;
    jg_value v = JG_NONE;
    if (next_arg(c, &v) != JG_OK)
        return JG_RAISED;
    if (jg_is_bool(v)) {
        *value = v == JG_TRUE;
        return JG_OK;
    }
    if (!jg_is_int(v) && !jg_is_kind(v, JG_K_INT))
        return jg_raise(vm, vm->t.TypeError, "* wants int");
    int64_t x = jg_is_int(v) ? jg_as_int(v) : 0;
    bool fits = jg_is_int(v) && (!is_precision || (x >= INT32_MIN && x <= INT32_MAX));
    if (!fits)
        return jg_raise(vm, vm->t.OverflowError, "Python int too large to convert to C %s",
                        is_precision ? "int" : "ssize_t");
    *value = x;
    return JG_OK;
}

/* CPython's PyMapping_Check for the right operand of %: a dict, or anything with
 * __getitem__ that is not a tuple or str (nor, for a bytes template, bytes). */
static bool is_mapping(jg_vm *vm, jg_value v, bool is_bytes)
{
    if (!jg_is_obj(v))
        return false;
    jg_type *t = jg_obj_of(v)->type;
    switch (t->kind) {
        case JG_K_DICT:
        case JG_K_LIST:
        case JG_K_RANGE:
            return true;
        case JG_K_BYTES:
            return !is_bytes;
        case JG_K_TUPLE:
        case JG_K_STR:
            return false;
        default:
            return (t->flags & JG_TF_USER) && (t->py_slots & JG_PS_ITEM);
    }
}

/* Appends 'len' bytes of text with every non-ASCII code point escaped (ascii()). */
static jg_status put_ascii_escaped(jg_vm *vm, jg_buf *b, const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && (uint8_t)s[j] < 0x80)
            j++;
        if (put(vm, b, s + i, j - i) != JG_OK)
            return JG_RAISED;
        if (j == len)
            break;
        uint32_t cp;
        j += (size_t)jg_utf8_decode(s + j, &cp);
        jg_status st = cp < 0x100     ? jg_buf_printf(b, "\\x%02x", cp)
                       : cp < 0x10000 ? jg_buf_printf(b, "\\u%04x", cp)
                                      : jg_buf_printf(b, "\\U%08x", cp);
        if (st != JG_OK)
            return jg_raise_nomem(vm);
        i = j;
    }
    return JG_OK;
}

/* %d %i %u %o %x %X: the int value of 'v' (floats truncate for d i u). */
static jg_status pct_int(jg_vm *vm, jg_buf *b, jg_value v, const jg_pctspec *spec)
{
    jg_numfmt_err err;
    uint32_t t = spec->type;
    bool index_only = t == 'o' || t == 'x' || t == 'X';
    if (jg_is_int(v) || jg_is_bool(v)) {
        int64_t x = jg_is_int(v) ? jg_as_int(v) : v == JG_TRUE;
        if (x >= 0 && spec->flags == 0 && spec->width < 0 && spec->prec < 0 && !index_only)
            return put_decimal(vm, b, x);
        return raise_nf(vm, jg_pct_format_i64(b, x, spec, &err), &err);
    }
    jg_value iv = v;
    if (jg_is_float(v) && !index_only) {
        double d = jg_as_float(v);
        if (isinf(d))
            return jg_raise(vm, vm->t.OverflowError, "cannot convert float infinity to integer");
        if (isnan(d))
            return jg_raise(vm, vm->t.ValueError, "cannot convert float NaN to integer");
        d = trunc(d);
        if (d >= -9.2e18 && d <= 9.2e18)
            return raise_nf(vm, jg_pct_format_i64(b, (int64_t)d, spec, &err), &err);
        mpz_t z;
        mpz_init_set_d(z, d);
        jg_status st = jg_int_from_mpz(vm, z, &iv);
        mpz_clear(z);
        if (st != JG_OK)
            return st;
    } else if (!jg_is_kind(v, JG_K_INT)) {
        if (is_user(vm, v))
            return JG_NEEDS_PY;
        return jg_raise(vm, vm->t.TypeError, "%%%c format: %s is required, not %s", (char)t,
                        index_only ? "an integer" : "a real number", jg_type_name(vm, v));
    }
    if (jg_is_int(iv))
        return raise_nf(vm, jg_pct_format_i64(b, jg_as_int(iv), spec, &err), &err);
    jg_buf digits;
    jg_buf_init(&digits);
    bool negative;
    jg_status st = bigint_digits(vm, iv, jg_pct_int_base(t), &digits, &negative);
    if (st == JG_OK)
        st = raise_nf(vm, jg_pct_format_int(b, negative, digits.data, digits.len, spec, &err),
                      &err);
    jg_buf_free(&digits);
    return st;
}

static jg_status pct_float(jg_vm *vm, jg_buf *b, jg_value v, const jg_pctspec *spec)
{
    double d;
    if (jg_is_float(v))
        d = jg_as_float(v);
    else if (jg_is_int(v))
        d = (double)jg_as_int(v);
    else if (jg_is_bool(v))
        d = v == JG_TRUE;
    else if (jg_is_kind(v, JG_K_INT)) {
        if (jg_int_to_double(vm, v, &d) != JG_OK)
            return JG_RAISED;
    } else if (is_user(vm, v)) {
        return JG_NEEDS_PY;
    } else {
        return jg_raise(vm, vm->t.TypeError, "must be real number, not %s", jg_type_name(vm, v));
    }
    return jg_pct_format_float(b, d, spec) == JG_OK ? JG_OK : jg_raise_nomem(vm);
}

/* Pads bytes text for %s %b %r %a %c of bytes: precision cuts bytes, width counts bytes. */
static jg_status pct_pad_bytes(jg_vm *vm, jg_buf *b, const char *s, size_t len,
                               const jg_pctspec *spec)
{
    if (spec->prec >= 0 && (size_t)spec->prec < len)
        len = (size_t)spec->prec;
    size_t fill = spec->width > 0 && (size_t)spec->width > len ? (size_t)spec->width - len : 0;
    bool left = spec->flags & JG_PCT_LJUST;
    if ((!left && jg_buf_fill(b, ' ', fill) != JG_OK) || jg_buf_put(b, s, len) != JG_OK ||
        (left && jg_buf_fill(b, ' ', fill) != JG_OK))
        return jg_raise_nomem(vm);
    return JG_OK;
}

/* One conversion of a str template: the text of 'v' per spec->type, appended to 'b'. */
static jg_status pct_convert_str(jg_vm *vm, jg_buf *b, jg_value v, const jg_pctspec *spec,
                                 const char *fmt, size_t len)
{
    jg_numfmt_err err;
    jg_str *s;
    jg_status st;
    switch (spec->type) {
        case 's':
            if (jg_typeof(vm, v) == vm->t.str)
                s = as_str(v);
            else if ((st = jg_str_of(vm, v, &s)) != JG_OK)
                return st;
            if (spec->flags == 0 && spec->width < 0 && spec->prec < 0)
                return put(vm, b, s->data, s->len);
            break;
        case 'r':
        case 'a':
            if ((st = jg_repr(vm, v, &s)) != JG_OK)
                return st;
            if (spec->type == 'a' && !jg_str_is_ascii(s)) {
                jg_buf tmp;
                jg_buf_init(&tmp);
                st = put_ascii_escaped(vm, &tmp, s->data, s->len);
                if (st == JG_OK)
                    st = jg_pct_format_str(b, tmp.data, tmp.len, tmp.len, spec) == JG_OK
                             ? JG_OK
                             : jg_raise_nomem(vm);
                jg_buf_free(&tmp);
                return st;
            }
            break;
        case 'c': {
            uint32_t cp;
            if (is_str(v)) {
                if (as_str(v)->n_chars != 1)
                    return jg_raise(vm, vm->t.TypeError, "%%c requires int or char");
                jg_utf8_decode(as_str(v)->data, &cp);
            } else if (jg_is_int(v) || jg_is_bool(v) || jg_is_kind(v, JG_K_INT)) {
                int64_t x = jg_is_int(v) ? jg_as_int(v) : jg_is_bool(v) ? v == JG_TRUE : -1;
                if (x < 0 || x > 0x10FFFF)
                    return jg_raise(vm, vm->t.OverflowError, "%%c arg not in range(0x110000)");
                cp = (uint32_t)x;
            } else if (is_user(vm, v)) {
                return JG_NEEDS_PY;
            } else {
                return jg_raise(vm, vm->t.TypeError, "%%c requires int or char");
            }
            char u[4];
            int n = jg_utf8_encode(cp, u);
            return jg_pct_format_str(b, u, (size_t)n, 1, spec) == JG_OK ? JG_OK
                                                                        : jg_raise_nomem(vm);
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
            return pct_int(vm, b, v, spec);
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            return pct_float(vm, b, v, spec);
        default:
            return raise_nf(vm, jg_pct_unsupported(fmt, len, spec, &err), &err);
    }
    return jg_pct_format_str(b, s->data, s->len, s->n_chars, spec) == JG_OK ? JG_OK
                                                                            : jg_raise_nomem(vm);
}

/* One conversion of a bytes template. */
static jg_status pct_convert_bytes(jg_vm *vm, jg_buf *b, jg_value v, const jg_pctspec *spec,
                                   const char *fmt, size_t len)
{
    jg_numfmt_err err;
    jg_status st;
    switch (spec->type) {
        case 's':
        case 'b':
            if (jg_is_kind(v, JG_K_BYTES))
                return pct_pad_bytes(vm, b, (const char *)JG_AS(jg_bytes, v)->data,
                                     JG_AS(jg_bytes, v)->len, spec);
            if (is_user(vm, v))
                return JG_NEEDS_PY;
            return jg_raise(vm, vm->t.TypeError,
                            "%%b requires a bytes-like object, or an object that implements "
                            "__bytes__, not '%s'",
                            jg_type_name(vm, v));
        case 'r':
        case 'a': {
            jg_str *s;
            if ((st = jg_repr(vm, v, &s)) != JG_OK)
                return st;
            jg_buf tmp;
            jg_buf_init(&tmp);
            st = put_ascii_escaped(vm, &tmp, s->data, s->len);
            if (st == JG_OK)
                st = pct_pad_bytes(vm, b, tmp.data ? tmp.data : "", tmp.len, spec);
            jg_buf_free(&tmp);
            return st;
        }
        case 'c': {
            char c;
            if (jg_is_kind(v, JG_K_BYTES) && JG_AS(jg_bytes, v)->len == 1) {
                c = (char)JG_AS(jg_bytes, v)->data[0];
            } else if (jg_is_int(v) || jg_is_bool(v) || jg_is_kind(v, JG_K_INT)) {
                int64_t x = jg_is_int(v) ? jg_as_int(v) : jg_is_bool(v) ? v == JG_TRUE : -1;
                if (x < 0 || x > 255)
                    return jg_raise(vm, vm->t.OverflowError, "%%c arg not in range(256)");
                c = (char)x;
            } else {
                return jg_raise(vm, vm->t.TypeError,
                                "%%c requires an integer in range(256) or a single byte");
            }
            return pct_pad_bytes(vm, b, &c, 1, spec);
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
            return pct_int(vm, b, v, spec);
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            return pct_float(vm, b, v, spec);
        default:
            return raise_nf(vm, jg_pct_unsupported(fmt, len, spec, &err), &err);
    }
}

/* Looks 'key' up in the mapping of a %(key)s conversion. */
static jg_status pct_lookup(jg_vm *vm, jg_value mapping, jg_value key, jg_value *out)
{
    if (jg_is_kind(mapping, JG_K_DICT) && jg_obj_of(mapping)->type == vm->t.dict) {
        bool found;
        jg_status st = jg_dict_get(vm, JG_AS(jg_dict, mapping), key, out, &found);
        if (st != JG_OK)
            return st;
        return found ? JG_OK : jg_raise_key_error(vm, key);
    }
    return jg_getitem(vm, mapping, key, out);
}

/* The template loop shared by str and bytes (CPython's PyUnicode_Format order). */
static jg_status percent(jg_vm *vm, jg_buf *b, const char *fmt, size_t len, jg_value args,
                         bool is_bytes)
{
    pct_ctx c = {.vm = vm, .args = args, .arglen = -1, .argidx = -2};
    if (jg_is_kind(args, JG_K_TUPLE)) {
        c.arglen = JG_AS(jg_tuple, args)->len;
        c.argidx = 0;
    }
    bool have_mapping = is_mapping(vm, args, is_bytes);
    jg_numfmt_err err;
    size_t i = 0;
    while (i < len) {
        const char *p = memchr(fmt + i, '%', len - i);
        size_t lit_end = p ? (size_t)(p - fmt) : len;
        if (put(vm, b, fmt + i, lit_end - i) != JG_OK)
            return JG_RAISED;
        if (!p)
            break;
        size_t pos = lit_end + 1;
        if (pos < len && fmt[pos] == '%') {
            if (put(vm, b, "%", 1) != JG_OK)
                return JG_RAISED;
            i = pos + 1;
            continue;
        }
        const char *key;
        size_t keylen;
        jg_status st = jg_pct_parse_key(fmt, len, &pos, have_mapping, &key, &keylen, &err);
        if (st != JG_OK)
            return raise_nf(vm, st, &err);
        if (key) {
            jg_value k;
            if (is_bytes) {
                jg_bytes *kb = jg_bytes_new(vm, key, keylen);
                if (!kb)
                    return jg_raise_nomem(vm);
                k = jg_obj_value(kb);
            } else {
                jg_str *ks = jg_str_new(vm, key, keylen);
                if (!ks)
                    return jg_raise_nomem(vm);
                k = jg_str_value(ks);
            }
            if ((st = pct_lookup(vm, args, k, &c.args)) != JG_OK)
                return st;
            c.arglen = -1;
            c.argidx = -2;
        }
        jg_pctspec spec;
        st = jg_pct_parse_spec(fmt, len, &pos, star_arg, &c, &spec, &err);
        if (st != JG_OK)
            return raise_nf(vm, st, &err);
        jg_value v = JG_NONE;
        if (next_arg(&c, &v) != JG_OK)
            return JG_RAISED;
        st = is_bytes ? pct_convert_bytes(vm, b, v, &spec, fmt, len)
                      : pct_convert_str(vm, b, v, &spec, fmt, len);
        if (st != JG_OK)
            return st;
        i = pos;
    }
    if (c.argidx < c.arglen && !have_mapping)
        return jg_raise(vm, vm->t.TypeError, "not all arguments converted during %s formatting",
                        is_bytes ? "bytes" : "string");
    return JG_OK;
}

jg_status jg_str_percent(jg_vm *vm, jg_value fmt, jg_value args, jg_value *out)
{
    jg_str *f = as_str(fmt);
    jg_buf b;
    jg_scratch_take(&b);
    jg_status st = percent(vm, &b, f->data, f->len, args, false);
    if (st == JG_OK) {
        jg_str *r = jg_str_from_buf(vm, &b);
        if (r)
            *out = jg_str_value(r);
        else
            st = jg_raise_nomem(vm);
    }
    jg_scratch_give(&b);
    return st;
}

jg_status jg_bytes_percent(jg_vm *vm, jg_value fmt, jg_value args, jg_value *out)
{
    jg_bytes *f = JG_AS(jg_bytes, fmt);
    jg_buf b;
    jg_scratch_take(&b);
    jg_status st = percent(vm, &b, (const char *)f->data, f->len, args, true);
    if (st == JG_OK) {
        jg_bytes *r = jg_bytes_new(vm, b.data ? b.data : "", b.len);
        if (r)
            *out = jg_obj_value(r);
        else
            st = jg_raise_nomem(vm);
    }
    jg_scratch_give(&b);
    return st;
}

/* ---------------------------------------------------------------- str.format */

enum { AN_INIT, AN_AUTO, AN_MANUAL };

typedef struct {
    jg_vm *vm;
    const jg_value *pos;    /* positional arguments, or NULL for format_map */
    int n_pos;
    const jg_value *kwvals; /* keyword values (format), or NULL */
    jg_tuple *kwnames;
    jg_value mapping;       /* format_map's mapping, or JG_UNDEF */
    int an_state;
    int64_t an_next;
} fmt_ctx;

/* CPython's get_integer: the decimal value of field text, -1 when it is not all
 * digits, or -2 with ValueError raised when it overflows. */
static int64_t field_integer(jg_vm *vm, const char *s, size_t len)
{
    if (len == 0)
        return -1;
    int64_t acc = 0;
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        i += (size_t)jg_utf8_decode(s + i, &cp);
        int d = jg_uc_decimal(cp);
        if (d < 0)
            return -1;
        if (acc > (INT64_MAX - d) / 10) {
            jg_raise(vm, vm->t.ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

static jg_status key_lookup(fmt_ctx *c, const char *name, size_t len, jg_value *out)
{
    jg_vm *vm = c->vm;
    if (c->kwvals) {
        uint32_t n = c->kwnames ? c->kwnames->len : 0;
        for (uint32_t k = 0; k < n; k++) {
            jg_str *kn = as_str(c->kwnames->items[k]);
            if (kn->len == len && memcmp(kn->data, name, len) == 0) {
                *out = c->kwvals[k];
                return JG_OK;
            }
        }
    }
    jg_str *key = jg_str_new(vm, name, len);
    if (!key)
        return jg_raise_nomem(vm);
    if (c->mapping == JG_UNDEF)
        return jg_raise_key_error(vm, jg_str_value(key));
    return pct_lookup(vm, c->mapping, jg_str_value(key), out);
}

/* Resolves the field name text[0..len) ("0", "name", "0.attr[key]", "") to its object. */
static jg_status field_object(fmt_ctx *c, const char *f, size_t len, jg_value *out)
{
    jg_vm *vm = c->vm;
    size_t i = 0;
    while (i < len && f[i] != '.' && f[i] != '[')
        i++;
    int64_t idx = field_integer(vm, f, i);
    if (idx == -2)
        return JG_RAISED;
    bool empty = i == 0;
    bool numeric = empty || idx != -1;
    if (numeric) {
        if (c->an_state == AN_INIT)
            c->an_state = empty ? AN_AUTO : AN_MANUAL;
        if (c->an_state == AN_MANUAL && empty)
            return jg_raise(vm, vm->t.ValueError,
                            "cannot switch from manual field specification to automatic field "
                            "numbering");
        if (c->an_state == AN_AUTO && !empty)
            return jg_raise(vm, vm->t.ValueError,
                            "cannot switch from automatic field numbering to manual field "
                            "specification");
        if (empty)
            idx = c->an_next++;
    }
    jg_value obj;
    jg_status st;
    if (!numeric) {
        if ((st = key_lookup(c, f, i, &obj)) != JG_OK)
            return st;
    } else {
        if (!c->pos)
            return jg_raise(vm, vm->t.ValueError, "Format string contains positional fields");
        if (idx >= c->n_pos)
            return jg_raise(vm, vm->t.IndexError,
                            "Replacement index %lld out of range for positional args tuple",
                            (long long)idx);
        obj = c->pos[idx];
    }
    /* The rest: .attr and [key] parts. */
    while (i < len) {
        char kind = f[i++];
        size_t a = i;
        if (kind == '.') {
            while (i < len && f[i] != '.' && f[i] != '[')
                i++;
            if (i == a)
                return jg_raise(vm, vm->t.ValueError, "Empty attribute in format string");
            jg_str *name = jg_str_intern(vm, f + a, i - a);
            if (!name)
                return jg_raise_nomem(vm);
            if ((st = jg_getattr(vm, obj, name, &obj)) != JG_OK)
                return st;
        } else if (kind == '[') {
            while (i < len && f[i] != ']')
                i++;
            if (i == len)
                return jg_raise(vm, vm->t.ValueError, "Missing ']' in format string");
            size_t e = i++;
            if (e == a)
                return jg_raise(vm, vm->t.ValueError, "Empty attribute in format string");
            int64_t k = field_integer(vm, f + a, e - a);
            if (k == -2)
                return JG_RAISED;
            jg_value key;
            if (k >= 0) {
                key = jg_int(k);
            } else {
                jg_str *ks = jg_str_new(vm, f + a, e - a);
                if (!ks)
                    return jg_raise_nomem(vm);
                key = jg_str_value(ks);
            }
            if ((st = jg_getitem(vm, obj, key, &obj)) != JG_OK)
                return st;
        } else {
            return jg_raise(vm, vm->t.ValueError,
                            "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    *out = obj;
    return JG_OK;
}

static jg_status build(fmt_ctx *c, jg_buf *b, const char *s, size_t len, int depth);

/* One replacement field: name, conversion, spec (expanded when it holds fields). */
static jg_status output_field(fmt_ctx *c, jg_buf *b, const char *name, size_t name_len,
                              uint32_t conversion, const char *spec, size_t spec_len,
                              bool expand, int depth)
{
    jg_vm *vm = c->vm;
    jg_value obj = JG_NONE;
    jg_status st = field_object(c, name, name_len, &obj);
    if (st != JG_OK)
        return st;
    if (conversion) {
        jg_str *s;
        switch (conversion) {
            case 'r':
            case 'a':
                st = jg_repr(vm, obj, &s);
                if (st == JG_OK && conversion == 'a' && !jg_str_is_ascii(s)) {
                    jg_buf tmp;
                    jg_buf_init(&tmp);
                    st = put_ascii_escaped(vm, &tmp, s->data, s->len);
                    if (st == JG_OK && !(s = jg_str_from_buf(vm, &tmp)))
                        st = jg_raise_nomem(vm);
                    jg_buf_free(&tmp);
                }
                break;
            case 's':
                st = jg_str_of(vm, obj, &s);
                break;
            default:
                if (conversion > 32 && conversion < 127)
                    return jg_raise(vm, vm->t.ValueError, "Unknown conversion specifier %c",
                                    (char)conversion);
                return jg_raise(vm, vm->t.ValueError, "Unknown conversion specifier \\x%x",
                                conversion);
        }
        if (st != JG_OK)
            return st;
        obj = jg_str_value(s);
    }
    if (!expand)
        return jg_format_value_buf(vm, b, obj, spec, spec_len);
    jg_buf sb;
    jg_buf_init(&sb);
    st = build(c, &sb, spec, spec_len, depth - 1);
    if (st == JG_OK)
        st = jg_format_value_buf(vm, b, obj, sb.data ? sb.data : "", sb.len);
    jg_buf_free(&sb);
    return st;
}

/* CPython's build_string/MarkupIterator: literal text and fields, 'depth' nested specs. */
static jg_status build(fmt_ctx *c, jg_buf *b, const char *s, size_t len, int depth)
{
    jg_vm *vm = c->vm;
    if (depth <= 0)
        return jg_raise(vm, vm->t.ValueError, "Max string recursion exceeded");
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        char ch = 0;
        while (i < len) {
            ch = s[i++];
            if (ch == '{' || ch == '}')
                break;
            ch = 0;
        }
        bool at_end = i >= len;
        size_t lit = i - start;
        bool markup = ch != 0;
        if (ch == '}' && (at_end || s[i] != '}'))
            return jg_raise(vm, vm->t.ValueError, "Single '}' encountered in format string");
        if (at_end && ch == '{')
            return jg_raise(vm, vm->t.ValueError, "Single '{' encountered in format string");
        if (markup) {
            if (s[i] == ch) {
                i++; /* "{{" or "}}": the first brace is literal text */
                markup = false;
            } else {
                lit--;
            }
        }
        if (put(vm, b, s + start, lit) != JG_OK)
            return JG_RAISED;
        if (!markup)
            continue;
        /* parse_field */
        size_t name_start = i;
        char c2 = 0;
        while (i < len) {
            c2 = s[i++];
            if (c2 == '{')
                return jg_raise(vm, vm->t.ValueError, "unexpected '{' in field name");
            if (c2 == '[') {
                while (i < len && s[i] != ']')
                    i++;
                c2 = 0;
                continue;
            }
            if (c2 == '}' || c2 == ':' || c2 == '!')
                break;
            c2 = 0;
        }
        size_t name_len = (c2 ? i - 1 : i) - name_start;
        uint32_t conversion = 0;
        const char *spec = "";
        size_t spec_len = 0;
        bool expand = false;
        if (c2 == '!' || c2 == ':') {
            if (c2 == '!') {
                if (i >= len)
                    return jg_raise(vm, vm->t.ValueError,
                                    "end of string while looking for conversion specifier");
                i += (size_t)jg_utf8_decode(s + i, &conversion);
                if (i < len) {
                    char c3 = s[i++];
                    if (c3 == '}')
                        goto have_field;
                    if (c3 != ':')
                        return jg_raise(vm, vm->t.ValueError,
                                        "expected ':' after conversion specifier");
                }
            }
            size_t spec_start = i;
            int count = 1;
            while (i < len) {
                char c3 = s[i++];
                if (c3 == '{') {
                    expand = true;
                    count++;
                } else if (c3 == '}' && --count == 0) {
                    spec = s + spec_start;
                    spec_len = i - 1 - spec_start;
                    goto have_field;
                }
            }
            return jg_raise(vm, vm->t.ValueError, "unmatched '{' in format spec");
        } else if (c2 != '}') {
            return jg_raise(vm, vm->t.ValueError, "expected '}' before end of string");
        }
    have_field:;
        jg_status st = output_field(c, b, s + name_start, name_len, conversion, spec, spec_len,
                                    expand, depth);
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}

static jg_status vformat(fmt_ctx *c, jg_str *fmt, jg_value *out)
{
    jg_buf b;
    jg_scratch_take(&b);
    jg_status st = build(c, &b, fmt->data, fmt->len, 2);
    if (st == JG_OK) {
        jg_str *r = jg_str_from_buf(c->vm, &b);
        if (r)
            *out = jg_str_value(r);
        else
            st = jg_raise_nomem(c->vm);
    }
    jg_scratch_give(&b);
    return st;
}

jg_status jg_str_format_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                               jg_value *out)
{
    if (nargs < 1 || !is_str(args[0]))
        return jg_raise(vm, vm->t.TypeError,
                        "descriptor 'format' for 'str' objects doesn't apply to a '%s' object",
                        nargs < 1 ? "NoneType" : jg_type_name(vm, args[0]));
    /* 'nargs' counts the keyword values too: they are the last len(kwnames). */
    int n_kw = kwnames ? (int)kwnames->len : 0;
    int n_pos = nargs - 1 - n_kw;
    fmt_ctx c = {.vm = vm,
                 .pos = args + 1,
                 .n_pos = n_pos,
                 .kwvals = args + 1 + n_pos,
                 .kwnames = kwnames,
                 .mapping = JG_UNDEF};
    jg_status st = vformat(&c, as_str(args[0]), out);
    if (st != JG_NEEDS_PY)
        return st;
    /* Finish in Python: _str_vformat(fmt, args_tuple, kwargs_dict). */
    jg_tuple *pos = jg_tuple_from(vm, args + 1, (size_t)n_pos);
    jg_dict *kw = jg_dict_new(vm);
    if (!pos || !kw)
        return jg_raise_nomem(vm);
    for (int k = 0; k < n_kw; k++)
        if ((st = jg_dict_set(vm, kw, kwnames->items[k], args[1 + n_pos + k])) != JG_OK)
            return st;
    jg_value targs[3] = {args[0], jg_obj_value(pos), jg_obj_value(kw)};
    return jg_tailcall_prelude(vm, "_str_vformat", targs, 3, NULL);
}

jg_status jg_str_format_map_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                   jg_value *out)
{
    if (nargs < 1 || !is_str(args[0]))
        return jg_raise(vm, vm->t.TypeError,
                        "descriptor 'format_map' for 'str' objects doesn't apply to a '%s' object",
                        nargs < 1 ? "NoneType" : jg_type_name(vm, args[0]));
    if (jg_str_argc_exact(vm, "str", "format_map", nargs - 1, kwnames, 1) != JG_OK)
        return JG_RAISED;
    fmt_ctx c = {.vm = vm, .mapping = args[1]};
    jg_status st = vformat(&c, as_str(args[0]), out);
    if (st != JG_NEEDS_PY)
        return st;
    jg_value targs[3] = {args[0], JG_NONE, args[1]};
    return jg_tailcall_prelude(vm, "_str_vformat", targs, 3, NULL);
}

jg_status jg_str_dunder_format_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                                      jg_value *out)
{
    if (nargs < 1 || !is_str(args[0]))
        return jg_raise(vm, vm->t.TypeError,
                        "descriptor '__format__' for 'str' objects doesn't apply to a '%s' object",
                        nargs < 1 ? "NoneType" : jg_type_name(vm, args[0]));
    if (jg_str_argc_exact(vm, "str", "__format__", nargs - 1, kwnames, 1) != JG_OK)
        return JG_RAISED;
    if (!is_str(args[1]))
        return jg_raise(vm, vm->t.TypeError, "__format__() argument must be str, not %s",
                        arg_type_name(vm, args[1]));
    jg_str *spec = as_str(args[1]);
    if (spec->len == 0 && jg_obj_of(args[0])->type != vm->t.str) {
        /* CPython's format_obj: a subclass formats as its str(). */
        jg_str *s;
        jg_status st = jg_str_of(vm, args[0], &s);
        if (st == JG_NEEDS_PY)
            return jg_tailcall_prelude(vm, "_str", args, 1, NULL);
        if (st == JG_OK)
            *out = jg_str_value(s);
        return st;
    }
    jg_buf b;
    jg_scratch_take(&b);
    jg_status st = format_str(vm, &b, as_str(args[0]), spec->data, spec->len, "str");
    if (st == JG_OK) {
        jg_str *r = jg_str_from_buf(vm, &b);
        if (r)
            *out = jg_str_value(r);
        else
            st = jg_raise_nomem(vm);
    }
    jg_scratch_give(&b);
    return st;
}

jg_status jg_str_mod_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                            jg_value *out)
{
    if (nargs < 1 || !is_str(args[0]))
        return jg_raise(vm, vm->t.TypeError,
                        "descriptor '__mod__' for 'str' objects doesn't apply to a '%s' object",
                        nargs < 1 ? "NoneType" : jg_type_name(vm, args[0]));
    if (jg_str_argc_exact(vm, "str", "__mod__", nargs - 1, kwnames, 1) != JG_OK)
        return JG_RAISED;
    jg_status st = jg_str_percent(vm, args[0], args[1], out);
    if (st != JG_NEEDS_PY)
        return st;
    jg_value targs[2] = {args[0], args[1]};
    return jg_tailcall_prelude(vm, "_str_mod", targs, 2, NULL);
}
