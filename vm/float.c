/*
 * vm/float.c - the float type: IEEE doubles with CPython 3.11's operators,
 * hash, conversions and methods.
 *
 * Floats are inline jg_values and never allocate.  Text conversions (repr,
 * parsing, format specs, round(x, n)) belong to vm/numfmt.c; this file
 * turns its results and errors into Python values and exceptions.
 * Operators follow CPython's float_* functions: // and % take the sign of
 * the divisor, ** has the C99 Annex F special cases plus CPython's own
 * (0.0 ** negative raises, overflow raises instead of giving inf).
 *
 * One deliberate difference: CPython gives a complex number for a negative
 * base raised to a non-integral power; complex is outside the subset, so that
 * raises ValueError "negative number cannot be raised to a fractional power"
 * (the message CPython 2 used for the same case).
 *
 * Invariant: every float result is made with jg_float(), so NaNs are the one
 * canonical bit pattern.
 */
#include "float.h"

#include <errno.h>
#include <stdio.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "int.h"
#include "object_impl.h"
#include "str.h"

/* The type named in an "argument ... must be X, not Y" message: CPython's
 * _PyArg_BadArgument says "None" for None, not "NoneType". */
static inline const char *arg_type_name(jg_vm *vm, jg_value v)
{
    return v == JG_NONE ? "None" : jg_type_name(vm, v);
}

#define HASH_BITS    61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF     314159

/* ---------------------------------------------------------------- hash and text */

/* CPython's _Py_HashDouble.  NaN hashes to 0: CPython 3.11 hashes a NaN by the
 * identity of its float object, which an inline float does not have. */
int64_t jg_float_hash(double v)
{
    if (!isfinite(v)) {
        if (isinf(v)) return v > 0 ? HASH_INF : -HASH_INF;
        return 0;
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    /* Process 28 bits of the mantissa at a time, reducing mod 2**61 - 1. */
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0; /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    /* Multiply by 2**e, i.e. rotate left by e mod 61. */
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

jg_str *jg_float_repr_str(jg_vm *vm, double d)
{
    char buf[JG_FLOAT_REPR_MAX];
    size_t n = jg_float_repr(d, buf);
    return jg_str_new(vm, buf, n);
}

jg_status jg_float_raise_numfmt(jg_vm *vm, jg_status st, const jg_numfmt_err *err)
{
    if (st == JG_OK || st == JG_RAISED) return st;
    if (st == JG_ERR_NOMEM) return jg_raise_nomem(vm);
    if (st != JG_NUMFMT_RAISE) return st;
    jg_type *t = err->exc == JG_NUMFMT_OVERFLOW_ERROR ? vm->t.OverflowError
                 : err->exc == JG_NUMFMT_TYPE_ERROR   ? vm->t.TypeError
                                                      : vm->t.ValueError;
    /* The message may hold NULs quoted from a format spec: build it as a str. */
    jg_str *msg = jg_str_new(vm, err->msg, err->len);
    if (!msg) return jg_raise_nomem(vm);
    jg_tuple *args = jg_tuple_from(vm, (jg_value[]){jg_str_value(msg)}, 1);
    if (!args) return jg_raise_nomem(vm);
    jg_value exc;
    jg_status s2 = jg_exc_new(vm, t, args, &exc);
    if (s2 != JG_OK) return s2;
    return jg_raise_value(vm, exc);
}

jg_status jg_float_format(jg_vm *vm, double d, const char *spec, size_t len, const char *type_name,
                          jg_buf *b)
{
    jg_fmtspec fs;
    jg_numfmt_err err;
    jg_status st = jg_fmtspec_parse(spec, len, JG_FMT_FLOAT, type_name, &fs, &err);
    if (st == JG_OK) st = jg_format_float(b, d, &fs, type_name, &err);
    return jg_float_raise_numfmt(vm, st, &err);
}

jg_status jg_float_parse_text(jg_vm *vm, const char *s, size_t len, jg_value orig, double *out)
{
    jg_status st = jg_float_parse(s, len, out);
    if (st == JG_OK) return JG_OK;
    if (st == JG_ERR_NOMEM) return jg_raise_nomem(vm);
    jg_str *r;
    if (orig == JG_NULL) {
        jg_str *t = jg_str_new(vm, s, len);
        if (!t) return jg_raise_nomem(vm);
        orig = jg_str_value(t);
    }
    if ((st = jg_repr(vm, orig, &r)) != JG_OK) return st;
    return jg_raise(vm, vm->t.ValueError, JG_FLOAT_PARSE_ERR_PREFIX "%s", r->data);
}

jg_status jg_float_arg(jg_vm *vm, jg_value v, double *out)
{
    if (jg_is_float(v)) {
        *out = jg_as_float(v);
        return JG_OK;
    }
    if (jg_is_anyint(vm, v)) return jg_int_to_double(vm, v, out);
    return jg_raise(vm, vm->t.TypeError, "must be real number, not %s", jg_type_name(vm, v));
}

/* ---------------------------------------------------------------- arithmetic */

static bool is_odd_integer(double y)
{
    return fmod(fabs(y), 2.0) == 1.0;
}

jg_status jg_float_pow(jg_vm *vm, double iv, double iw, jg_value *out)
{
    /* CPython's float_pow, case by case. */
    if (iw == 0) {
        *out = jg_float(1.0);
        return JG_OK;
    }
    if (isnan(iv)) {
        *out = jg_float(iv);
        return JG_OK;
    }
    if (isnan(iw)) {
        *out = jg_float(iv == 1.0 ? 1.0 : iw);
        return JG_OK;
    }
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            *out = jg_float(1.0);
        else if ((iw > 0.0) == (iv > 1.0))
            *out = jg_float(fabs(iw));
        else
            *out = jg_float(0.0);
        return JG_OK;
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0)
            *out = jg_float(odd ? iv : fabs(iv));
        else
            *out = jg_float(odd ? copysign(0.0, iv) : 0.0);
        return JG_OK;
    }
    if (iv == 0.0) {
        if (iw < 0.0)
            return jg_raise(vm, vm->t.ZeroDivisionError,
                            "0.0 cannot be raised to a negative power");
        *out = jg_float(is_odd_integer(iw) ? iv : 0.0);
        return JG_OK;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw))
            return jg_raise(vm, vm->t.ValueError,
                            "negative number cannot be raised to a fractional power");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) {
        *out = jg_float(negate ? -1.0 : 1.0);
        return JG_OK;
    }
    double ix = pow(iv, iw);
    if (isinf(ix))
        return jg_raise(vm, vm->t.OverflowError, "(34, 'Numerical result out of range')");
    *out = jg_float(negate ? -ix : ix);
    return JG_OK;
}

jg_status jg_float_binop(jg_vm *vm, int op, double a, double b, jg_value *out)
{
    switch (op) {
        case JG_OP_ADD:
            *out = jg_float(a + b);
            return JG_OK;
        case JG_OP_SUB:
            *out = jg_float(a - b);
            return JG_OK;
        case JG_OP_MULT:
            *out = jg_float(a * b);
            return JG_OK;
        case JG_OP_DIV:
            if (b == 0.0) return jg_raise(vm, vm->t.ZeroDivisionError, JG_FLOAT_DIV_ZERO_MSG);
            *out = jg_float(a / b);
            return JG_OK;
        case JG_OP_FLOORDIV:
            if (b == 0.0) return jg_raise(vm, vm->t.ZeroDivisionError, JG_FLOAT_FLOORDIV_ZERO_MSG);
            *out = jg_float(jg_float_floordiv(a, b));
            return JG_OK;
        case JG_OP_MOD:
            if (b == 0.0) return jg_raise(vm, vm->t.ZeroDivisionError, JG_FLOAT_MOD_ZERO_MSG);
            *out = jg_float(jg_float_mod(a, b));
            return JG_OK;
        case JG_OP_POW:
            return jg_float_pow(vm, a, b, out);
        default:
            *out = JG_NOTIMPLEMENTED;
            return JG_OK;
    }
}

/* ---------------------------------------------------------------- hooks */

static jg_status float_repr_hook(jg_vm *vm, jg_value self, jg_str **out)
{
    *out = jg_float_repr_str(vm, jg_as_float(self));
    return *out ? JG_OK : jg_raise_nomem(vm);
}

static jg_status float_hash_hook(jg_vm *vm, jg_value self, int64_t *out)
{
    (void)vm;
    *out = jg_float_hash(jg_as_float(self));
    return JG_OK;
}

static jg_value cmp_result(int c, int op)
{
    if (c == 2) return jg_bool(op == JG_CMP_NOTEQ);
    switch (op) {
        case JG_CMP_EQ:
            return jg_bool(c == 0);
        case JG_CMP_NOTEQ:
            return jg_bool(c != 0);
        case JG_CMP_LT:
            return jg_bool(c < 0);
        case JG_CMP_LTE:
            return jg_bool(c <= 0);
        case JG_CMP_GT:
            return jg_bool(c > 0);
        default:
            return jg_bool(c >= 0);
    }
}

static jg_status float_richcompare_hook(jg_vm *vm, jg_value self, jg_value other, int op,
                                        jg_value *out)
{
    if (!jg_is_number(vm, other)) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    *out = cmp_result(jg_num_compare(vm, self, other), op);
    return JG_OK;
}

/* self op other (or other op self when 'reflected') for a float self. */
static jg_status float_op(jg_vm *vm, int op, jg_value self, jg_value other, bool reflected,
                          jg_value *out)
{
    double x, y;
    jg_status st;
    if (!jg_is_number(vm, other) || op == JG_OP_LSHIFT || op == JG_OP_RSHIFT ||
        op == JG_OP_BITAND || op == JG_OP_BITOR || op == JG_OP_BITXOR || op == JG_OP_MATMULT) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    if ((st = jg_float_arg(vm, self, &x)) != JG_OK || (st = jg_float_arg(vm, other, &y)) != JG_OK)
        return st;
    return reflected ? jg_float_binop(vm, op, y, x, out) : jg_float_binop(vm, op, x, y, out);
}

static jg_status float_binop_hook(jg_vm *vm, int op, jg_value self, jg_value other, bool reflected,
                                  bool inplace, jg_value *out)
{
    (void)inplace;
    return float_op(vm, op, self, other, reflected, out);
}

static const jg_type_hooks float_hooks = {
    .repr = float_repr_hook,
    .hash = float_hash_hook,
    .richcompare = float_richcompare_hook,
    .binop = float_binop_hook,
};

/* ---------------------------------------------------------------- methods */

#define NATIVE(name)                                                                               \
    static jg_status name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, jg_value *out)

static jg_status check_self(jg_vm *vm, const char *name, jg_value self)
{
    if (jg_is_float(self)) return JG_OK;
    return jg_raise(vm, vm->t.TypeError,
                    "descriptor '%s' for 'float' objects doesn't apply to a '%s' object", name,
                    jg_type_name(vm, self));
}

static jg_status self_only(jg_vm *vm, const char *name, jg_value *args, int nargs,
                           jg_tuple *kwnames)
{
    if (nargs != 1 || (kwnames && kwnames->len)) {
        /* METH_NOARGS names the method with the type of self: "int.bit_length()". */
        char qual[128];
        snprintf(qual, sizeof qual, "%s.%s", jg_type_name(vm, args[0]), name);
        return jg_args_count(vm, qual, nargs - 1, kwnames, 0, 0);
    }
    return check_self(vm, name, args[0]);
}

NATIVE(float_new)
{
    static const char *const kwlist[] = {"", NULL};
    jg_value x;
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "float() takes no keyword arguments");
    jg_status st = jg_args_count(vm, "float", nargs - 1, kwnames, 0, 1);
    if (st == JG_OK)
        st = jg_args_parse(vm, "float", args + 1, nargs - 1, kwnames, kwlist, 0, 1, &x);
    if (st != JG_OK) return st;
    double d = 0.0;
    if (x == JG_UNDEF) {
        *out = jg_float(0.0);
        return JG_OK;
    }
    if (jg_is_float(x)) {
        *out = x;
        return JG_OK;
    }
    if (jg_is_anyint(vm, x)) {
        if ((st = jg_int_to_double(vm, x, &d)) != JG_OK) return st;
    } else if (jg_is_kind(x, JG_K_STR)) {
        jg_str *s = JG_AS(jg_str, x);
        if ((st = jg_float_parse_text(vm, s->data, s->len, x, &d)) != JG_OK) return st;
    } else if (jg_is_kind(x, JG_K_BYTES)) {
        jg_bytes *b = JG_AS(jg_bytes, x);
        if ((st = jg_float_parse_text(vm, (const char *)b->data, b->len, x, &d)) != JG_OK)
            return st;
    } else if (jg_is_obj(x) && (jg_typeof(vm, x)->flags & JG_TF_USER)) {
        return jg_tailcall_prelude(vm, "_float_new", &x, 1, NULL);
    } else {
        return jg_raise(vm, vm->t.TypeError,
                        "float() argument must be a string or a real number, not '%s'",
                        jg_type_name(vm, x));
    }
    *out = jg_float(d);
    return JG_OK;
}

NATIVE(float_is_integer)
{
    jg_status st = self_only(vm, "is_integer", args, nargs, kwnames);
    if (st != JG_OK) return st;
    double d = jg_as_float(args[0]);
    *out = jg_bool(isfinite(d) && floor(d) == d);
    return JG_OK;
}

NATIVE(float_as_integer_ratio)
{
    jg_status st = self_only(vm, "as_integer_ratio", args, nargs, kwnames);
    if (st != JG_OK) return st;
    double d = jg_as_float(args[0]);
    if (isinf(d))
        return jg_raise(vm, vm->t.OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return jg_raise(vm, vm->t.ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    mpz_t num, den;
    mpz_init_set_d(num, m);
    mpz_init_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    jg_value n, dn;
    if ((st = jg_int_from_mpz_move(vm, num, &n)) != JG_OK) {
        mpz_clear(den);
        return st;
    }
    if ((st = jg_int_from_mpz_move(vm, den, &dn)) != JG_OK) return st;
    jg_tuple *t = jg_tuple_from(vm, (jg_value[]){n, dn}, 2);
    if (!t) return jg_raise_nomem(vm);
    *out = jg_obj_value(t);
    return JG_OK;
}

NATIVE(float_hex)
{
    jg_status st = self_only(vm, "hex", args, nargs, kwnames);
    if (st != JG_OK) return st;
    double x = jg_as_float(args[0]);
    char buf[64];
    if (!isfinite(x)) {
        jg_float_repr(x, buf);
    } else if (x == 0.0) {
        strcpy(buf, copysign(1.0, x) < 0 ? "-0x0.0p+0" : "0x0.0p+0");
    } else {
        /* CPython's float_hex: 1 hex digit before the point, 13 after. */
        int e;
        double m = frexp(fabs(x), &e);
        int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
        m = ldexp(m, shift);
        e -= shift;
        char digits[20];
        int si = 0;
        static const char hexd[] = "0123456789abcdef";
        digits[si++] = hexd[(int)m];
        m -= (int)m;
        digits[si++] = '.';
        for (int i = 0; i < (DBL_MANT_DIG + 3 - (DBL_MANT_DIG + 2) % 4 - 1) / 4; i++) {
            m *= 16.0;
            digits[si++] = hexd[(int)m];
            m -= (int)m;
        }
        digits[si] = '\0';
        snprintf(buf, sizeof buf, "%s0x%sp%c%d", x < 0 ? "-" : "", digits, e < 0 ? '-' : '+',
                 e < 0 ? -e : e);
    }
    jg_str *s = jg_str_from_cstr(vm, buf);
    if (!s) return jg_raise_nomem(vm);
    *out = jg_str_value(s);
    return JG_OK;
}

static bool hex_digit(char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static bool ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool match_word(const char *p, const char *e, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(e - p) != n) return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != w[i]) return false;
    return true;
}

/* float.fromhex(s): checks the syntax as CPython's float_fromhex does and lets
 * strtod (C99 hex floats, correctly rounded) compute the value. */
static jg_status float_fromhex_text(jg_vm *vm, const char *s, size_t len, double *out)
{
    const char *p = s, *e = s + len;
    while (p < e && ascii_space(*p))
        p++;
    while (e > p && ascii_space(e[-1]))
        e--;
    bool negative = false;
    if (p < e && (*p == '+' || *p == '-')) {
        negative = *p == '-';
        p++;
    }
    if (match_word(p, e, "inf") || match_word(p, e, "infinity")) {
        *out = negative ? -INFINITY : INFINITY;
        return JG_OK;
    }
    if (match_word(p, e, "nan")) {
        *out = NAN;
        return JG_OK;
    }
    if (e - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
    const char *coeff = p;
    size_t n_digits = 0;
    while (p < e && hex_digit(*p))
        p++, n_digits++;
    if (p < e && *p == '.') {
        p++;
        while (p < e && hex_digit(*p))
            p++, n_digits++;
    }
    const char *coeff_end = p;
    if (n_digits == 0) goto invalid;
    const char *exp = NULL, *exp_end = NULL;
    if (p < e && (*p | 0x20) == 'p') {
        p++;
        exp = p;
        if (p < e && (*p == '+' || *p == '-')) p++;
        if (p == e || !(*p >= '0' && *p <= '9')) goto invalid;
        while (p < e && *p >= '0' && *p <= '9')
            p++;
        exp_end = p;
    }
    if (p != e) goto invalid;
    size_t n = (size_t)(coeff_end - coeff) + (exp ? (size_t)(exp_end - exp) : 0) + 8;
    char *buf = malloc(n);
    if (!buf) return jg_raise_nomem(vm);
    size_t k = 0;
    buf[k++] = '0';
    buf[k++] = 'x';
    memcpy(buf + k, coeff, (size_t)(coeff_end - coeff));
    k += (size_t)(coeff_end - coeff);
    buf[k++] = 'p';
    if (exp) {
        memcpy(buf + k, exp, (size_t)(exp_end - exp));
        k += (size_t)(exp_end - exp);
    } else {
        buf[k++] = '0';
    }
    buf[k] = '\0';
    errno = 0;
    double d = strtod(buf, NULL);
    int err = errno;
    free(buf);
    if (err == ERANGE && isinf(d))
        return jg_raise(vm, vm->t.OverflowError,
                        "hexadecimal value too large to represent as a float");
    *out = negative ? -d : d;
    return JG_OK;
invalid:
    return jg_raise(vm, vm->t.ValueError, "invalid hexadecimal floating-point string");
}

NATIVE(float_fromhex)
{
    jg_status st = jg_args_count(vm, "float.fromhex", nargs - 1, kwnames, 1, 1);
    if (st != JG_OK) return st;
    if (!jg_is_kind(args[1], JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "fromhex() argument must be str, not %s",
                        jg_type_name(vm, args[1]));
    double d = 0.0;
    jg_str *s = JG_AS(jg_str, args[1]);
    if ((st = float_fromhex_text(vm, s->data, s->len, &d)) != JG_OK) return st;
    *out = jg_float(d);
    return JG_OK;
}

NATIVE(float_get_self)
{
    *out = args[0];
    return JG_OK;
}

NATIVE(float_get_zero)
{
    *out = jg_float(0.0);
    return JG_OK;
}

#define FLOAT_UNARY(fname, pyname, expr)                                                           \
    NATIVE(fname)                                                                                  \
    {                                                                                              \
        jg_status st = self_only(vm, pyname, args, nargs, kwnames);                                \
        if (st != JG_OK) return st;                                                                \
        double d = jg_as_float(args[0]);                                                           \
        (void)d;                                                                                   \
        expr;                                                                                      \
    }
FLOAT_UNARY(float_conjugate, "conjugate", *out = args[0]; return JG_OK)
FLOAT_UNARY(float_float, "__float__", *out = args[0]; return JG_OK)
FLOAT_UNARY(float_pos, "__pos__", *out = args[0]; return JG_OK)
FLOAT_UNARY(float_neg, "__neg__", *out = jg_float(-d); return JG_OK)
FLOAT_UNARY(float_abs, "__abs__", *out = jg_float(fabs(d)); return JG_OK)
FLOAT_UNARY(float_bool, "__bool__", *out = jg_bool(d != 0.0); return JG_OK)
FLOAT_UNARY(float_int, "__int__", return jg_int_from_double(vm, d, out))
FLOAT_UNARY(float_trunc, "__trunc__", return jg_int_from_double(vm, d, out))
FLOAT_UNARY(float_floor, "__floor__", return jg_int_from_double(vm, floor(d), out))
FLOAT_UNARY(float_ceil, "__ceil__", return jg_int_from_double(vm, ceil(d), out))
FLOAT_UNARY(float_hash, "__hash__", *out = jg_int_from_i64(vm, jg_float_hash(d));
            return *out == JG_NONE ? jg_raise_nomem(vm) : JG_OK)

NATIVE(float_repr)
{
    jg_status st = self_only(vm, "__repr__", args, nargs, kwnames);
    if (st != JG_OK) return st;
    jg_str *s = jg_float_repr_str(vm, jg_as_float(args[0]));
    if (!s) return jg_raise_nomem(vm);
    *out = jg_str_value(s);
    return JG_OK;
}

NATIVE(float_round)
{
    jg_status st = jg_args_count(vm, "__round__", nargs - 1, kwnames, 0, 1);
    if (st != JG_OK || (st = check_self(vm, "__round__", args[0])) != JG_OK) return st;
    return jg_num_round(vm, args[0], nargs > 1 ? args[1] : JG_UNDEF, out);
}

NATIVE(float_format)
{
    jg_status st = jg_args_count(vm, "__format__", nargs - 1, kwnames, 1, 1);
    if (st != JG_OK || (st = check_self(vm, "__format__", args[0])) != JG_OK) return st;
    if (!jg_is_kind(args[1], JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "__format__() argument must be str, not %s",
                        arg_type_name(vm, args[1]));
    jg_str *spec = JG_AS(jg_str, args[1]);
    jg_buf b;
    jg_buf_init(&b);
    st = jg_float_format(vm, jg_as_float(args[0]), spec->data, spec->len, "float", &b);
    if (st == JG_OK) {
        jg_str *s = jg_str_new(vm, b.data ? b.data : "", b.len);
        if (!s)
            st = jg_raise_nomem(vm);
        else
            *out = jg_str_value(s);
    }
    jg_buf_free(&b);
    return st;
}

static jg_status float_dunder(jg_vm *vm, const char *name, int op, bool reflected, jg_value *args,
                              int nargs, jg_tuple *kwnames, jg_value *out)
{
    jg_status st = jg_args_count(vm, name, nargs - 1, kwnames, 1, 1);
    if (st != JG_OK || (st = check_self(vm, name, args[0])) != JG_OK) return st;
    return float_op(vm, op, args[0], args[1], reflected, out);
}

#define FLOAT_DUNDER(fname, pyname, op, refl)                                                      \
    NATIVE(fname)                                                                                  \
    {                                                                                              \
        return float_dunder(vm, pyname, op, refl, args, nargs, kwnames, out);                      \
    }
FLOAT_DUNDER(float_add, "__add__", JG_OP_ADD, false)
FLOAT_DUNDER(float_radd, "__radd__", JG_OP_ADD, true)
FLOAT_DUNDER(float_sub, "__sub__", JG_OP_SUB, false)
FLOAT_DUNDER(float_rsub, "__rsub__", JG_OP_SUB, true)
FLOAT_DUNDER(float_mul, "__mul__", JG_OP_MULT, false)
FLOAT_DUNDER(float_rmul, "__rmul__", JG_OP_MULT, true)
FLOAT_DUNDER(float_truediv, "__truediv__", JG_OP_DIV, false)
FLOAT_DUNDER(float_rtruediv, "__rtruediv__", JG_OP_DIV, true)
FLOAT_DUNDER(float_floordiv, "__floordiv__", JG_OP_FLOORDIV, false)
FLOAT_DUNDER(float_rfloordiv, "__rfloordiv__", JG_OP_FLOORDIV, true)
FLOAT_DUNDER(float_mod, "__mod__", JG_OP_MOD, false)
FLOAT_DUNDER(float_rmod, "__rmod__", JG_OP_MOD, true)

static jg_status float_pow_dunder(jg_vm *vm, const char *name, bool reflected, jg_value *args,
                                  int nargs, jg_tuple *kwnames, jg_value *out)
{
    jg_status st = jg_args_count(vm, name, nargs - 1, kwnames, 1, 2);
    if (st != JG_OK || (st = check_self(vm, name, args[0])) != JG_OK) return st;
    if (nargs > 2 && args[2] != JG_NONE)
        return jg_raise(vm, vm->t.TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    return float_op(vm, JG_OP_POW, args[0], args[1], reflected, out);
}

NATIVE(float_pow_)
{
    return float_pow_dunder(vm, "__pow__", false, args, nargs, kwnames, out);
}

NATIVE(float_rpow)
{
    return float_pow_dunder(vm, "__rpow__", true, args, nargs, kwnames, out);
}

static jg_status float_divmod_dunder(jg_vm *vm, const char *name, bool reflected, jg_value *args,
                                     int nargs, jg_tuple *kwnames, jg_value *out)
{
    jg_status st = jg_args_count(vm, name, nargs - 1, kwnames, 1, 1);
    if (st != JG_OK || (st = check_self(vm, name, args[0])) != JG_OK) return st;
    if (!jg_is_number(vm, args[1])) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    return reflected ? jg_num_divmod(vm, args[1], args[0], out)
                     : jg_num_divmod(vm, args[0], args[1], out);
}

NATIVE(float_divmod)
{
    return float_divmod_dunder(vm, "__divmod__", false, args, nargs, kwnames, out);
}

NATIVE(float_rdivmod)
{
    return float_divmod_dunder(vm, "__rdivmod__", true, args, nargs, kwnames, out);
}

static jg_status float_cmp_dunder(jg_vm *vm, const char *name, int op, jg_value *args, int nargs,
                                  jg_tuple *kwnames, jg_value *out)
{
    jg_status st = jg_args_count(vm, name, nargs - 1, kwnames, 1, 1);
    if (st != JG_OK || (st = check_self(vm, name, args[0])) != JG_OK) return st;
    return float_richcompare_hook(vm, args[0], args[1], op, out);
}

#define FLOAT_CMP(fname, pyname, op)                                                               \
    NATIVE(fname)                                                                                  \
    {                                                                                              \
        return float_cmp_dunder(vm, pyname, op, args, nargs, kwnames, out);                        \
    }
FLOAT_CMP(float_eq, "__eq__", JG_CMP_EQ)
FLOAT_CMP(float_ne, "__ne__", JG_CMP_NOTEQ)
FLOAT_CMP(float_lt, "__lt__", JG_CMP_LT)
FLOAT_CMP(float_le, "__le__", JG_CMP_LTE)
FLOAT_CMP(float_gt, "__gt__", JG_CMP_GT)
FLOAT_CMP(float_ge, "__ge__", JG_CMP_GTE)

/* ---------------------------------------------------------------- init */

jg_status jg_float_init(jg_vm *vm)
{
    static const struct {
        const char *name;
        jg_native_fn fn;
        uint32_t flags;
    } methods[] = {
        {"__new__", float_new, JG_NF_STATIC},
        {"is_integer", float_is_integer, 0},
        {"as_integer_ratio", float_as_integer_ratio, 0},
        {"hex", float_hex, 0},
        {"fromhex", float_fromhex, JG_NF_CLASSMETHOD},
        {"conjugate", float_conjugate, 0},
        {"__float__", float_float, 0},
        {"__int__", float_int, 0},
        {"__trunc__", float_trunc, 0},
        {"__floor__", float_floor, 0},
        {"__ceil__", float_ceil, 0},
        {"__round__", float_round, 0},
        {"__pos__", float_pos, 0},
        {"__neg__", float_neg, 0},
        {"__abs__", float_abs, 0},
        {"__bool__", float_bool, 0},
        {"__hash__", float_hash, 0},
        {"__repr__", float_repr, 0},
        {"__format__", float_format, 0},
        {"__add__", float_add, 0},
        {"__radd__", float_radd, 0},
        {"__sub__", float_sub, 0},
        {"__rsub__", float_rsub, 0},
        {"__mul__", float_mul, 0},
        {"__rmul__", float_rmul, 0},
        {"__truediv__", float_truediv, 0},
        {"__rtruediv__", float_rtruediv, 0},
        {"__floordiv__", float_floordiv, 0},
        {"__rfloordiv__", float_rfloordiv, 0},
        {"__mod__", float_mod, 0},
        {"__rmod__", float_rmod, 0},
        {"__divmod__", float_divmod, 0},
        {"__rdivmod__", float_rdivmod, 0},
        {"__pow__", float_pow_, 0},
        {"__rpow__", float_rpow, 0},
        {"__eq__", float_eq, 0},
        {"__ne__", float_ne, 0},
        {"__lt__", float_lt, 0},
        {"__le__", float_le, 0},
        {"__gt__", float_gt, 0},
        {"__ge__", float_ge, 0},
    };
    jg_status st;
    vm->t.float_->hooks = &float_hooks;
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if ((st = jg_type_add_method(vm, vm->t.float_, methods[i].name, methods[i].fn,
                                     methods[i].flags)) != JG_OK)
            return st;
    if ((st = jg_type_add_getter(vm, vm->t.float_, "real", float_get_self)) != JG_OK ||
        (st = jg_type_add_getter(vm, vm->t.float_, "imag", float_get_zero)) != JG_OK)
        return st;
    return JG_OK;
}
