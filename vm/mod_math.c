/*
 * vm/mod_math.c - the math module, as CPython 3.11's Modules/mathmodule.c.
 *
 * Float functions go through libm with CPython's special cases and error
 * policy (math_1 / math_2): a NaN out of a non-NaN argument is ValueError
 * "math domain error", an infinity out of a finite argument is OverflowError
 * "math range error" for functions that can overflow and ValueError
 * otherwise; underflow quietly gives zero.  Integer functions (factorial,
 * comb, perm, isqrt, gcd, lcm) are exact, on GMP for big values.  fsum is
 * Shewchuk's exact summation and hypot/dist CPython's vector_norm, so they
 * round as CPython does, not as libm's hypot.
 *
 * Functions over iterables (fsum, prod, dist) run natively over lists and
 * tuples and hand other iterables to their Python versions in
 * vm/lib/_builtins_num.py, where iteration may run Python code.
 *
 * gamma and lgamma are CPython's own Lanczos code, not libm's, reproduced
 * operation for operation so that they round the same.
 */
#include "module.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "float.h"
#include "int.h"

#define NATIVE(name)                                                                               \
    static jg_status name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, jg_value *out)

static const double PI = 3.141592653589793238462643383279502884197;

/* ---------------------------------------------------------------- error policy */

static jg_status domain_error(jg_vm *vm)
{
    return jg_raise(vm, vm->t.ValueError, "math domain error");
}

static jg_status range_error(jg_vm *vm)
{
    return jg_raise(vm, vm->t.OverflowError, "math range error");
}

static bool is_user_object(jg_vm *vm, jg_value v)
{
    /* An instance of a subclass of int is an int here (its value is native). */
    return jg_is_obj(v) && (jg_typeof(vm, v)->flags & JG_TF_USER) && !jg_is_anyint(vm, v);
}

/* An argument that is an instance of a user class converts through its
 * __float__ or __index__, which is Python code: then the whole call is redone
 * by the prelude's _math_retry(name, args), which converts the arguments
 * first.  True (with *st set) when that tail call was made. */
static bool retry_in_python(jg_vm *vm, const char *name, jg_value *args, int nargs, jg_status *st)
{
    for (int i = 0; i < nargs; i++) {
        if (!is_user_object(vm, args[i])) continue;
        jg_tuple *t = jg_tuple_from(vm, args, (size_t)nargs);
        jg_str *fname = jg_str_from_cstr(vm, name);
        if (!t || !fname) {
            *st = jg_raise_nomem(vm);
            return true;
        }
        jg_value a[2] = {jg_str_value(fname), jg_obj_value(t)};
        *st = jg_tailcall_prelude(vm, "_math_retry", a, 2, NULL);
        return true;
    }
    return false;
}

/* CPython's is_error(): errno after a libm call that gave finite 'r'.
 * Returns JG_OK when the result stands (underflow). */
static jg_status errno_check(jg_vm *vm, double r, int err)
{
    if (err == EDOM) return domain_error(vm);
    if (err == ERANGE && fabs(r) >= 1.5) return range_error(vm);
    return JG_OK;
}

static jg_status float_result(double r, jg_value *out)
{
    *out = jg_float(r);
    return JG_OK;
}

/* Argument count check with CPython's wording for math functions: a
 * one-argument function (METH_O) names itself "math.f()", a keyword argument
 * is refused as "math.f() takes no keyword arguments", and the counts of the
 * others read "f expected 2 arguments, got 0" (_PyArg_CheckPositional). */
static jg_status margs(jg_vm *vm, const char *name, int nargs, jg_tuple *kwnames, int min,
                       int max)
{
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "math.%s() takes no keyword arguments", name);
    if (min == 1 && max == 1 && nargs != 1)
        return jg_raise(vm, vm->t.TypeError, "math.%s() takes exactly one argument (%d given)",
                        name, nargs);
    return jg_args_count(vm, name, nargs, kwnames, min, max);
}

/* math_1: one float argument through 'fn'. */
static jg_status math_1(jg_vm *vm, const char *name, jg_value *args, int nargs, jg_tuple *kwnames,
                        double (*fn)(double), bool can_overflow, jg_value *out)
{
    double x, r;
    jg_status st = margs(vm, name, nargs, kwnames, 1, 1);
    if (st == JG_OK && retry_in_python(vm, name, args, nargs, &st)) return st;
    if (st != JG_OK || (st = jg_float_arg(vm, args[0], &x)) != JG_OK) return st;
    errno = 0;
    r = fn(x);
    int err = errno;
    if (isnan(r) && !isnan(x)) return domain_error(vm);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
    if (isfinite(r) && err && (st = errno_check(vm, r, err)) != JG_OK) return st;
    return float_result(r, out);
}

/* math_2: two float arguments through 'fn'. */
static jg_status math_2(jg_vm *vm, const char *name, jg_value *args, int nargs, jg_tuple *kwnames,
                        double (*fn)(double, double), jg_value *out)
{
    double x, y, r;
    jg_status st = margs(vm, name, nargs, kwnames, 2, 2);
    if (st == JG_OK && retry_in_python(vm, name, args, nargs, &st)) return st;
    if (st != JG_OK || (st = jg_float_arg(vm, args[0], &x)) != JG_OK ||
        (st = jg_float_arg(vm, args[1], &y)) != JG_OK)
        return st;
    errno = 0;
    r = fn(x, y);
    int err = 0;
    if (isnan(r)) {
        if (!isnan(x) && !isnan(y)) err = EDOM;
    } else if (isinf(r)) {
        if (isfinite(x) && isfinite(y)) err = ERANGE;
    }
    if (err && (st = errno_check(vm, r, err)) != JG_OK) return st;
    return float_result(r, out);
}

#define FUNC1(pyname, fn, can_overflow)                                                            \
    NATIVE(math_##pyname)                                                                          \
    {                                                                                              \
        return math_1(vm, #pyname, args, nargs, kwnames, fn, can_overflow, out);                   \
    }

static double m_log1p(double x)
{
    return x == 0.0 ? x : log1p(x); /* keeps the sign of zero */
}

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(erf, erf, false)
FUNC1(erfc, erfc, false)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1(log1p, m_log1p, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(sqrt, sqrt, false)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)

/* ---------------------------------------------------------------- gamma, lgamma */

/* CPython's own gamma and lgamma (not libm's): a Lanczos approximation with
 * N = 13 and g = 6.024680040776729583740234375 written as a rational
 * function, the reflection formula for negative x, and exact values at small
 * integers.  The same operations in the same order give the same bits. */

#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* x * (x + 1) * ... * (x + LANCZOS_N - 2), lowest power first */
static const double lanczos_den[LANCZOS_N] = {
    0.0,      39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,  32670.0,     1925.0,      66.0,        1.0,
};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
};

/* sin(pi * x), exact at integers and half-integers (finite x only). */
static double m_sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
        case 0: r = sin(PI * y); break;
        case 1: r = cos(PI * (y - 0.5)); break;
        case 2: r = sin(PI * (1.0 - y)); break; /* not -sin(PI * (y - 1.0)): keeps +0.0 */
        case 3: r = -cos(PI * (y - 1.5)); break;
        default: r = sin(PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* The Lanczos sum for x > 0; past 5.0 as a rational function in 1/x, which
 * neither overflows nor loses accuracy. */
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* Gamma(x); errno EDOM at poles and -inf, ERANGE on overflow. */
static double m_tgamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL) return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x), r;
    if (absx < 1e-20) { /* Gamma(x) ~ 1/x */
        r = 1.0 / x;
        if (isinf(r)) errno = ERANGE;
        return r;
    }
    if (absx > 200.0) { /* overflows above, underflows to a signed zero below */
        if (x < 0.0) return 0.0 / m_sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half, z;
    /* z: the rounding error of y, which pow() and exp() would magnify; the
     * result is corrected by the factor (1 + z * g / y). */
    if (absx > lanczos_g_minus_half) {
        volatile double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        volatile double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -PI / m_sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) errno = ERANGE;
    return r;
}

/* log(|Gamma(x)|); errno EDOM at the poles (integers <= 0). */
static double m_lgamma(double x)
{
    static const double logpi = 1.144729885849400174143427351353058711647;
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0; /* lgamma(1) = lgamma(2) = 0 */
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) /* reflection formula */
        r = logpi - log(fabs(m_sinpi(absx))) - log(absx) - r;
    if (isinf(r)) errno = ERANGE;
    return r;
}

/* CPython's math_1a: the result stands unless the function set errno. */
static jg_status math_1a(jg_vm *vm, const char *name, jg_value *args, int nargs,
                         jg_tuple *kwnames, double (*fn)(double), jg_value *out)
{
    double x;
    jg_status st = margs(vm, name, nargs, kwnames, 1, 1);
    if (st == JG_OK && retry_in_python(vm, name, args, nargs, &st)) return st;
    if (st != JG_OK || (st = jg_float_arg(vm, args[0], &x)) != JG_OK) return st;
    errno = 0;
    double r = fn(x);
    if (errno && (st = errno_check(vm, r, errno)) != JG_OK) return st;
    return float_result(r, out);
}

NATIVE(math_gamma)
{
    return math_1a(vm, "gamma", args, nargs, kwnames, m_tgamma, out);
}

NATIVE(math_lgamma)
{
    return math_1a(vm, "lgamma", args, nargs, kwnames, m_lgamma, out);
}

/* CPython's m_atan2: C99 Annex F special cases done by hand. */
static double m_atan2(double y, double x)
{
    if (isnan(x) || isnan(y)) return NAN;
    if (isinf(y)) {
        if (isinf(x)) {
            if (copysign(1., x) == 1.) return copysign(0.25 * PI, y);
            return copysign(0.75 * PI, y);
        }
        return copysign(0.5 * PI, y);
    }
    if (isinf(x) || y == 0.) {
        if (copysign(1., x) == 1.) return copysign(0., y);
        return copysign(PI, y);
    }
    return atan2(y, x);
}

NATIVE(math_atan2)
{
    return math_2(vm, "atan2", args, nargs, kwnames, m_atan2, out);
}

static double m_remainder(double x, double y)
{
    return remainder(x, y);
}

NATIVE(math_remainder)
{
    return math_2(vm, "remainder", args, nargs, kwnames, m_remainder, out);
}

NATIVE(math_copysign)
{
    return math_2(vm, "copysign", args, nargs, kwnames, copysign, out);
}

NATIVE(math_nextafter)
{
    return math_2(vm, "nextafter", args, nargs, kwnames, nextafter, out);
}

NATIVE(math_fmod)
{
    double x, y, r;
    jg_status st = margs(vm, "fmod", nargs, kwnames, 2, 2);
    if (st == JG_OK && retry_in_python(vm, "fmod", args, nargs, &st)) return st;
    if (st != JG_OK || (st = jg_float_arg(vm, args[0], &x)) != JG_OK ||
        (st = jg_float_arg(vm, args[1], &y)) != JG_OK)
        return st;
    if (isinf(y) && isfinite(x)) return float_result(x, out);
    r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(vm);
    return float_result(r, out);
}

NATIVE(math_pow)
{
    double x, y, r = 0.;
    jg_status st = margs(vm, "pow", nargs, kwnames, 2, 2);
    if (st == JG_OK && retry_in_python(vm, "pow", args, nargs, &st)) return st;
    if (st != JG_OK || (st = jg_float_arg(vm, args[0], &x)) != JG_OK ||
        (st = jg_float_arg(vm, args[1], &y)) != JG_OK)
        return st;
    int err = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0. ? 1. : x;
        } else if (isnan(y)) {
            r = x == 1. ? 1. : y;
        } else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.)
                r = odd_y ? x : fabs(x);
            else if (y == 0.)
                r = 1.;
            else
                r = odd_y ? copysign(0., x) : 0.;
        } else {
            if (fabs(x) == 1.0)
                r = 1.;
            else if (y > 0. && fabs(x) > 1.0)
                r = y;
            else if (y < 0. && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.;
        }
    } else {
        r = pow(x, y);
        if (isnan(r))
            err = EDOM;
        else if (isinf(r))
            err = x == 0. ? EDOM : ERANGE;
    }
    if (err && (st = errno_check(vm, r, err)) != JG_OK) return st;
    return float_result(r, out);
}

/* ---------------------------------------------------------------- logarithms */

/* CPython's m_log, m_log2, m_log10: EDOM for zero and negative arguments. */
static double m_log_common(double x, double (*fn)(double), int *err)
{
    if (isfinite(x)) {
        if (x > 0.0) return fn(x);
        *err = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    *err = EDOM;
    return NAN;
}

/* |v| = *m * 2***e with 0.5 <= *m < 1, correctly rounded (CPython's
 * _PyLong_Frexp), for a positive int too large for a double. */
static void int_frexp(jg_vm *vm, jg_value v, double *m, int64_t *e)
{
    mpz_t z;
    mpz_init(z);
    jg_int_to_mpz(vm, v, z);
    size_t n = mpz_sizeinbase(z, 2);
    size_t shift = n - (DBL_MANT_DIG + 2);
    bool sticky = mpz_scan1(z, 0) < shift;
    mpz_tdiv_q_2exp(z, z, shift);
    uint64_t q = mpz_get_ui(z) | (uint64_t)sticky;
    mpz_clear(z);
    /* Round half to even on the two extra bits (bit 0 carries the sticky). */
    if ((q & 2) && (q & 5)) q += 2;
    q &= ~(uint64_t)3;
    *m = ldexp((double)q, -(DBL_MANT_DIG + 2));
    *e = (int64_t)n;
    if (*m == 1.0) {
        *m = 0.5;
        (*e)++;
    }
}

/* CPython's loghelper: ints of any size, then math_1 for floats. */
static jg_status loghelper(jg_vm *vm, jg_value arg, double (*fn)(double), double *out)
{
    jg_status st;
    int err = 0;
    if (jg_is_anyint(vm, arg)) {
        if (jg_int_sign(vm, arg) <= 0) return domain_error(vm);
        double x;
        /* As CPython: convert when the int rounds to a finite double, else
         * take its mantissa and exponent apart. */
        if (jg_int_bit_length(vm, arg) <= DBL_MAX_EXP && jg_int_to_double(vm, arg, &x) == JG_OK) {
            *out = fn(x);
        } else {
            if (jg_int_bit_length(vm, arg) <= DBL_MAX_EXP) jg_clear_exc(vm);
            int64_t e;
            int_frexp(vm, arg, &x, &e);
            *out = fn(x) + fn(2.0) * (double)e;
        }
        return JG_OK;
    }
    double x;
    if ((st = jg_float_arg(vm, arg, &x)) != JG_OK) return st;
    double r = m_log_common(x, fn, &err);
    if (isnan(r) && !isnan(x)) return domain_error(vm);
    if (isinf(r) && isfinite(x)) return domain_error(vm);
    *out = r;
    return JG_OK;
}

NATIVE(math_log)
{
    if (!(kwnames && kwnames->len) && (nargs < 1 || nargs > 2))
        return jg_raise(vm, vm->t.TypeError, "math.log requires 1 to 2 arguments");
    jg_status st = jg_args_count(vm, "log", nargs, kwnames, 1, 2);
    if (st == JG_OK && retry_in_python(vm, "log", args, nargs, &st)) return st;
    double num, den;
    if (st != JG_OK || (st = loghelper(vm, args[0], log, &num)) != JG_OK) return st;
    if (nargs == 1) return float_result(num, out);
    if ((st = loghelper(vm, args[1], log, &den)) != JG_OK) return st;
    if (den == 0.0) return jg_raise(vm, vm->t.ZeroDivisionError, "float division by zero");
    return float_result(num / den, out);
}

NATIVE(math_log2)
{
    jg_status st = margs(vm, "log2", nargs, kwnames, 1, 1);
    if (st == JG_OK && retry_in_python(vm, "log2", args, nargs, &st)) return st;
    double r;
    if (st != JG_OK || (st = loghelper(vm, args[0], log2, &r)) != JG_OK) return st;
    return float_result(r, out);
}

NATIVE(math_log10)
{
    jg_status st = margs(vm, "log10", nargs, kwnames, 1, 1);
    if (st == JG_OK && retry_in_python(vm, "log10", args, nargs, &st)) return st;
    double r;
    if (st != JG_OK || (st = loghelper(vm, args[0], log10, &r)) != JG_OK) return st;
    return float_result(r, out);
}

/* ---------------------------------------------------------------- float -> int and parts */

/* floor, ceil: ints are returned as they are, floats rounded to an int. */
static jg_status round_to_int(jg_vm *vm, const char *name, const char *prelude, jg_value *args,
                              int nargs, jg_tuple *kwnames, double (*fn)(double), jg_value *out)
{
    jg_status st = margs(vm, name, nargs, kwnames, 1, 1);
    if (st != JG_OK) return st;
    jg_value x = args[0];
    if (jg_is_float(x)) return jg_int_from_double(vm, fn(jg_as_float(x)), out);
    if (jg_is_anyint(vm, x)) return jg_num_pos(vm, x, out);
    if (is_user_object(vm, x)) return jg_tailcall_prelude(vm, prelude, &x, 1, NULL);
    double d;
    if ((st = jg_float_arg(vm, x, &d)) != JG_OK) return st;
    return jg_int_from_double(vm, fn(d), out);
}

NATIVE(math_floor)
{
    return round_to_int(vm, "floor", "_math_floor", args, nargs, kwnames, floor, out);
}

NATIVE(math_ceil)
{
    return round_to_int(vm, "ceil", "_math_ceil", args, nargs, kwnames, ceil, out);
}

NATIVE(math_trunc)
{
    jg_status st = margs(vm, "trunc", nargs, kwnames, 1, 1);
    if (st != JG_OK) return st;
    jg_value x = args[0];
    if (jg_is_float(x)) return jg_int_from_double(vm, trunc(jg_as_float(x)), out);
    if (jg_is_anyint(vm, x)) return jg_num_pos(vm, x, out);
    if (is_user_object(vm, x)) return jg_tailcall_prelude(vm, "_math_trunc", &x, 1, NULL);
    return jg_raise(vm, vm->t.TypeError, "type %s doesn't define __trunc__ method",
                    jg_type_name(vm, x));
}

static jg_status float_pair(jg_vm *vm, jg_value a, jg_value b, jg_value *out)
{
    jg_tuple *t = jg_tuple_from(vm, (jg_value[]){a, b}, 2);
    if (!t) return jg_raise_nomem(vm);
    *out = jg_obj_value(t);
    return JG_OK;
}

NATIVE(math_modf)
{
    double x, y;
    jg_status st = margs(vm, "modf", nargs, kwnames, 1, 1);
    if (st == JG_OK && retry_in_python(vm, "modf", args, nargs, &st)) return st;
    if (st != JG_OK || (st = jg_float_arg(vm, args[0], &x)) != JG_OK) return st;
    if (isinf(x)) return float_pair(vm, jg_float(copysign(0., x)), jg_float(x), out);
    if (isnan(x)) return float_pair(vm, jg_float(x), jg_float(x), out);
    x = modf(x, &y);
    return float_pair(vm, jg_float(x), jg_float(y), out);
}

NATIVE(math_frexp)
{
    double x;
    int i = 0;
    jg_status st = margs(vm, "frexp", nargs, kwnames, 1, 1);
    if (st == JG_OK && retry_in_python(vm, "frexp", args, nargs, &st)) return st;
    if (st != JG_OK || (st = jg_float_arg(vm, args[0], &x)) != JG_OK) return st;
    if (!(isnan(x) || isinf(x) || !x)) x = frexp(x, &i);
    return float_pair(vm, jg_float(x), jg_int(i), out);
}

NATIVE(math_ldexp)
{
    double x, r;
    jg_status st = margs(vm, "ldexp", nargs, kwnames, 2, 2);
    if (st == JG_OK && retry_in_python(vm, "ldexp", args, nargs, &st)) return st;
    if (st != JG_OK || (st = jg_float_arg(vm, args[0], &x)) != JG_OK) return st;
    if (!jg_is_anyint(vm, args[1]))
        return jg_raise(vm, vm->t.TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (jg_int_bit_length(vm, args[1]) > 62)
        e = jg_int_sign(vm, args[1]) < 0 ? INT64_MIN : INT64_MAX;
    else if ((st = jg_int_to_i64(vm, args[1], &e)) != JG_OK)
        return st;
    if (x == 0. || !isfinite(x))
        r = x;
    else if (e > INT32_MAX)
        return range_error(vm);
    else if (e < INT32_MIN)
        r = copysign(0., x);
    else {
        r = ldexp(x, (int)e);
        if (isinf(r)) return range_error(vm);
    }
    return float_result(r, out);
}

NATIVE(math_ulp)
{
    double x;
    jg_status st = margs(vm, "ulp", nargs, kwnames, 1, 1);
    if (st == JG_OK && retry_in_python(vm, "ulp", args, nargs, &st)) return st;
    if (st != JG_OK || (st = jg_float_arg(vm, args[0], &x)) != JG_OK) return st;
    if (isnan(x)) return float_result(x, out);
    x = fabs(x);
    if (isinf(x)) return float_result(x, out);
    double x2 = nextafter(x, HUGE_VAL);
    if (isinf(x2)) return float_result(x - nextafter(x, -HUGE_VAL), out);
    return float_result(x2 - x, out);
}

NATIVE(math_degrees)
{
    double x;
    jg_status st = margs(vm, "degrees", nargs, kwnames, 1, 1);
    if (st == JG_OK && retry_in_python(vm, "degrees", args, nargs, &st)) return st;
    if (st != JG_OK || (st = jg_float_arg(vm, args[0], &x)) != JG_OK) return st;
    return float_result(x * (180.0 / PI), out);
}

NATIVE(math_radians)
{
    double x;
    jg_status st = margs(vm, "radians", nargs, kwnames, 1, 1);
    if (st == JG_OK && retry_in_python(vm, "radians", args, nargs, &st)) return st;
    if (st != JG_OK || (st = jg_float_arg(vm, args[0], &x)) != JG_OK) return st;
    return float_result(x * (PI / 180.0), out);
}

#define PREDICATE(pyname, expr)                                                                    \
    NATIVE(math_##pyname)                                                                          \
    {                                                                                              \
        double x;                                                                                  \
        jg_status st = margs(vm, #pyname, nargs, kwnames, 1, 1);                                   \
        if (st == JG_OK && retry_in_python(vm, #pyname, args, nargs, &st)) return st;              \
        if (st != JG_OK || (st = jg_float_arg(vm, args[0], &x)) != JG_OK) return st;               \
        *out = jg_bool(expr);                                                                      \
        return JG_OK;                                                                              \
    }
PREDICATE(isfinite, isfinite(x))
PREDICATE(isinf, isinf(x))
PREDICATE(isnan, isnan(x))

NATIVE(math_isclose)
{
    static const char *const kwlist[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    jg_value a[4];
    int npos = nargs - (kwnames ? (int)kwnames->len : 0);
    if (nargs <= 4 && npos > 2) /* _PyArg_UnpackKeywords' order of checks */
        return jg_raise(vm, vm->t.TypeError,
                        "isclose() takes exactly 2 positional arguments (%d given)", npos);
    for (int i = npos; i < 2 && nargs <= 4; i++) { /* a missing a or b comes before a bad name */
        bool named = false;
        for (int k = 0; kwnames && k < (int)kwnames->len; k++)
            named |= strcmp(JG_AS(jg_str, kwnames->items[k])->data, kwlist[i]) == 0;
        if (!named)
            return jg_raise(vm, vm->t.TypeError,
                            "isclose() missing required argument '%s' (pos %d)", kwlist[i], i + 1);
    }
    jg_status st = jg_args_parse(vm, "isclose", args, nargs, kwnames, kwlist, 2, 2, a);
    if (st != JG_OK) return st;
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if ((st = jg_float_arg(vm, a[0], &x)) != JG_OK || (st = jg_float_arg(vm, a[1], &y)) != JG_OK)
        return st;
    if (a[2] != JG_UNDEF && (st = jg_float_arg(vm, a[2], &rel_tol)) != JG_OK) return st;
    if (a[3] != JG_UNDEF && (st = jg_float_arg(vm, a[3], &abs_tol)) != JG_OK) return st;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return jg_raise(vm, vm->t.ValueError, "tolerances must be non-negative");
    if (x == y) {
        *out = JG_TRUE;
        return JG_OK;
    }
    if (isinf(x) || isinf(y)) {
        *out = JG_FALSE;
        return JG_OK;
    }
    double diff = fabs(y - x);
    *out = jg_bool((diff <= fabs(rel_tol * y)) || (diff <= fabs(rel_tol * x)) || (diff <= abs_tol));
    return JG_OK;
}

/* ---------------------------------------------------------------- hypot, dist, fsum */

typedef struct {
    double hi, lo;
} dl;

static dl dl_fast_sum(double a, double b)
{
    double x = a + b;
    double y = (a - x) + b;
    return (dl){x, y};
}

static dl dl_mul(double x, double y)
{
    double z = x * y;
    double zz = fma(x, y, -z);
    return (dl){z, zz};
}

/* CPython's vector_norm: the Euclidean norm of 'n' non-negative values whose
 * largest is 'max', accurate to within one rounding. */
static double vector_norm(size_t n, double *vec, double max, bool found_nan)
{
    double x, h, scale, csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    dl pr, sm;
    int max_e;
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* ldexp(1.0, -max_e) would overflow: make subnormals normal first. */
        for (size_t i = 0; i < n; i++)
            vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    scale = ldexp(1.0, -max_e);
    for (size_t i = 0; i < n; i++) {
        x = vec[i] * scale; /* lossless scaling */
        pr = dl_mul(x, x);  /* lossless squaring */
        sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2));
    pr = dl_mul(-h, h);
    sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h); /* differential correction */
    return h / scale;
}

NATIVE(math_hypot)
{
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "math.hypot() takes no keyword arguments");
    jg_status rst;
    if (retry_in_python(vm, "hypot", args, nargs, &rst)) return rst;
    double stack[16];
    double *vec = nargs <= 16 ? stack : malloc((size_t)nargs * sizeof *vec);
    if (!vec) return jg_raise_nomem(vm);
    double max = 0.0;
    bool found_nan = false;
    jg_status st = JG_OK;
    for (int i = 0; i < nargs; i++) {
        double x;
        if ((st = jg_float_arg(vm, args[i], &x)) != JG_OK) break;
        x = fabs(x);
        vec[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    if (st == JG_OK) *out = jg_float(vector_norm((size_t)nargs, vec, max, found_nan));
    if (vec != stack) free(vec);
    return st;
}

/* The items of a list or tuple, or false for anything else. */
static bool seq_items(jg_value v, const jg_value **items, size_t *n)
{
    if (jg_is_kind(v, JG_K_LIST)) {
        *items = JG_AS(jg_list, v)->items;
        *n = JG_AS(jg_list, v)->len;
        return true;
    }
    if (jg_is_kind(v, JG_K_TUPLE)) {
        *items = JG_AS(jg_tuple, v)->items;
        *n = JG_AS(jg_tuple, v)->len;
        return true;
    }
    return false;
}

NATIVE(math_dist)
{
    jg_status st = margs(vm, "dist", nargs, kwnames, 2, 2);
    if (st != JG_OK) return st;
    const jg_value *p, *q;
    size_t n, m;
    if (!seq_items(args[0], &p, &n) || !seq_items(args[1], &q, &m))
        return jg_tailcall_prelude(vm, "_math_dist", args, 2, NULL);
    if (n != m)
        return jg_raise(vm, vm->t.ValueError,
                        "both points must have the same number of dimensions");
    double stack[16];
    double *diffs = n <= 16 ? stack : malloc(n * sizeof *diffs);
    if (!diffs) return jg_raise_nomem(vm);
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if ((st = jg_float_arg(vm, p[i], &px)) != JG_OK ||
            (st = jg_float_arg(vm, q[i], &qx)) != JG_OK)
            break;
        double x = fabs(px - qx);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    if (st == JG_OK) *out = jg_float(vector_norm(n, diffs, max, found_nan));
    if (diffs != stack) free(diffs);
    return st;
}

NATIVE(math_fsum)
{
    jg_status st = margs(vm, "fsum", nargs, kwnames, 1, 1);
    if (st != JG_OK) return st;
    const jg_value *items;
    size_t n_items;
    if (!seq_items(args[0], &items, &n_items))
        return jg_tailcall_prelude(vm, "_math_fsum", args, 1, NULL);
    /* Shewchuk's partials, exactly as CPython's math_fsum. */
    double stack[32];
    double *p = stack;
    size_t m = 32, n = 0;
    double special_sum = 0.0, inf_sum = 0.0, hi, yr, lo = 0.0;
    for (size_t k = 0; k < n_items; k++) {
        double x, y, t, xsave;
        size_t i, j;
        if ((st = jg_float_arg(vm, items[k], &x)) != JG_OK) goto out;
        xsave = x;
        for (i = j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* From an inf or nan among the items, or an overflow. */
                if (isfinite(xsave)) {
                    st = jg_raise(vm, vm->t.OverflowError, "intermediate overflow in fsum");
                    goto out;
                }
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= m) {
                    double *np = malloc(2 * m * sizeof *np);
                    if (!np) {
                        st = jg_raise_nomem(vm);
                        goto out;
                    }
                    memcpy(np, p, n * sizeof *np);
                    if (p != stack) free(p);
                    p = np;
                    m *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            st = jg_raise(vm, vm->t.ValueError, "-inf + inf in fsum");
        else
            *out = jg_float(special_sum);
        goto out;
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        /* Sum from the top until the sum becomes inexact. */
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up. */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    *out = jg_float(hi);
out:
    if (p != stack) free(p);
    return st;
}

NATIVE(math_prod)
{
    static const char *const kwlist[] = {"", "start", NULL};
    jg_value a[2];
    int npos = nargs - (kwnames ? (int)kwnames->len : 0);
    if (nargs > 2) /* _PyArg_UnpackKeywords' order of checks */
        return jg_raise(vm, vm->t.TypeError, "prod() takes at most 2 arguments (%d given)", nargs);
    if (npos != 1)
        return jg_raise(vm, vm->t.TypeError,
                        "prod() takes exactly 1 positional argument (%d given)", npos);
    jg_status st = jg_args_parse(vm, "prod", args, nargs, kwnames, kwlist, 1, 1, a);
    if (st != JG_OK) return st;
    jg_value start = a[1] == JG_UNDEF ? jg_int(1) : a[1];
    const jg_value *items;
    size_t n;
    jg_value pargs[2] = {a[0], start};
    if (!seq_items(a[0], &items, &n)) return jg_tailcall_prelude(vm, "_math_prod", pargs, 2, NULL);
    jg_value r = start;
    for (size_t i = 0; i < n; i++) {
        st = jg_binop(vm, JG_OP_MULT, false, r, items[i], &r);
        if (st == JG_NEEDS_PY) /* nothing was changed: redo it all in Python */
            return jg_tailcall_prelude(vm, "_math_prod", pargs, 2, NULL);
        if (st != JG_OK) return st;
    }
    *out = r;
    return JG_OK;
}

/* ---------------------------------------------------------------- integer functions */

static jg_status int_arg(jg_vm *vm, jg_value v)
{
    if (jg_is_anyint(vm, v)) return JG_OK;
    return jg_raise(vm, vm->t.TypeError, "'%s' object cannot be interpreted as an integer",
                    jg_type_name(vm, v));
}

NATIVE(math_factorial)
{
    jg_status st = margs(vm, "factorial", nargs, kwnames, 1, 1);
    if (st != JG_OK || (st = int_arg(vm, args[0])) != JG_OK) return st;
    if (jg_int_sign(vm, args[0]) < 0)
        return jg_raise(vm, vm->t.ValueError, "factorial() not defined for negative values");
    if (jg_int_bit_length(vm, args[0]) > 63)
        return jg_raise(vm, vm->t.OverflowError,
                        "factorial() argument should not exceed 9223372036854775807");
    int64_t n;
    if ((st = jg_int_to_i64(vm, args[0], &n)) != JG_OK) return st;
    /* n! has about n*log2(n) bits. */
    if (n > 1 && (double)n * log2((double)n) > (double)JG_INT_MAX_BITS) return jg_raise_nomem(vm);
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)n);
    return jg_int_from_mpz_move(vm, z, out);
}

NATIVE(math_isqrt)
{
    jg_status st = margs(vm, "isqrt", nargs, kwnames, 1, 1);
    if (st != JG_OK || (st = int_arg(vm, args[0])) != JG_OK) return st;
    if (jg_int_sign(vm, args[0]) < 0)
        return jg_raise(vm, vm->t.ValueError, "isqrt() argument must be nonnegative");
    mpz_t z;
    mpz_init(z);
    jg_int_to_mpz(vm, args[0], z);
    mpz_sqrt(z, z);
    return jg_int_from_mpz_move(vm, z, out);
}

NATIVE(math_gcd)
{
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "math.gcd() takes no keyword arguments");
    jg_value r = jg_int(0);
    jg_status st;
    for (int i = 0; i < nargs; i++) {
        if ((st = int_arg(vm, args[i])) != JG_OK) return st;
        if ((st = jg_int_gcd(vm, r, args[i], &r)) != JG_OK) return st;
    }
    *out = r;
    return JG_OK;
}

NATIVE(math_lcm)
{
    if (kwnames && kwnames->len)
        return jg_raise(vm, vm->t.TypeError, "math.lcm() takes no keyword arguments");
    jg_status st;
    for (int i = 0; i < nargs; i++)
        if ((st = int_arg(vm, args[i])) != JG_OK) return st;
    mpz_t r, t;
    mpz_init_set_ui(r, 1);
    mpz_init(t);
    for (int i = 0; i < nargs; i++) {
        jg_int_to_mpz(vm, args[i], t);
        if (mpz_sizeinbase(r, 2) + mpz_sizeinbase(t, 2) > JG_INT_MAX_BITS) {
            mpz_clears(r, t, NULL);
            return jg_raise_nomem(vm);
        }
        mpz_lcm(r, r, t);
    }
    mpz_clear(t);
    return jg_int_from_mpz_move(vm, r, out);
}

/* The n and k of comb() and perm(), checked as CPython checks them. */
static jg_status comb_args(jg_vm *vm, jg_value n, jg_value k)
{
    jg_status st;
    if ((st = int_arg(vm, n)) != JG_OK || (st = int_arg(vm, k)) != JG_OK) return st;
    if (jg_int_sign(vm, n) < 0)
        return jg_raise(vm, vm->t.ValueError, "n must be a non-negative integer");
    if (jg_int_sign(vm, k) < 0)
        return jg_raise(vm, vm->t.ValueError, "k must be a non-negative integer");
    return JG_OK;
}

/* n! / (n-k)! into 'r' for k <= n, k fitting an unsigned long. */
static void falling_factorial(mpz_t r, const mpz_t n, unsigned long k)
{
    mpz_t f;
    mpz_init(f);
    mpz_bin_ui(r, n, k);
    mpz_fac_ui(f, k);
    mpz_mul(r, r, f);
    mpz_clear(f);
}

static jg_status comb_perm(jg_vm *vm, jg_value nv, jg_value kv, bool is_perm, jg_value *out)
{
    mpz_t n, k, r;
    mpz_inits(n, k, r, NULL);
    jg_int_to_mpz(vm, nv, n);
    jg_int_to_mpz(vm, kv, k);
    jg_status st = JG_OK;
    if (mpz_cmp(k, n) > 0) {
        mpz_clears(n, k, r, NULL);
        *out = jg_int(0);
        return JG_OK;
    }
    /* comb(n, k) == comb(n, n - k): use the smaller one. */
    if (!is_perm) {
        mpz_sub(r, n, k);
        if (mpz_cmp(r, k) < 0) mpz_set(k, r);
    }
    if (!mpz_fits_ulong_p(k)) {
        st = jg_raise(vm, vm->t.OverflowError, "%s must not exceed %lld",
                      is_perm ? "k" : "min(n - k, k)", (long long)INT64_MAX);
        mpz_clears(n, k, r, NULL);
        return st;
    }
    unsigned long kk = mpz_get_ui(k);
    if ((double)kk * (double)mpz_sizeinbase(n, 2) > (double)JG_INT_MAX_BITS) {
        mpz_clears(n, k, r, NULL);
        return jg_raise_nomem(vm);
    }
    if (is_perm)
        falling_factorial(r, n, kk);
    else
        mpz_bin_ui(r, n, kk);
    mpz_clears(n, k, NULL);
    return jg_int_from_mpz_move(vm, r, out);
}

NATIVE(math_comb)
{
    jg_status st = margs(vm, "comb", nargs, kwnames, 2, 2);
    if (st != JG_OK || (st = comb_args(vm, args[0], args[1])) != JG_OK) return st;
    return comb_perm(vm, args[0], args[1], false, out);
}

NATIVE(math_perm)
{
    jg_status st = margs(vm, "perm", nargs, kwnames, 1, 2);
    if (st != JG_OK) return st;
    if (nargs == 1 || args[1] == JG_NONE) /* CPython: perm(n) is factorial(n) */
        return math_factorial(vm, args, 1, NULL, out);
    if ((st = comb_args(vm, args[0], args[1])) != JG_OK) return st;
    return comb_perm(vm, args[0], args[1], true, out);
}

/* ---------------------------------------------------------------- module */

jg_status jg_mod_math_init(jg_vm *vm, jg_module *m)
{
    static const struct {
        const char *name;
        jg_native_fn fn;
    } fns[] = {
        {"acos", math_acos},
        {"acosh", math_acosh},
        {"asin", math_asin},
        {"asinh", math_asinh},
        {"atan", math_atan},
        {"atan2", math_atan2},
        {"atanh", math_atanh},
        {"cbrt", math_cbrt},
        {"ceil", math_ceil},
        {"comb", math_comb},
        {"copysign", math_copysign},
        {"cos", math_cos},
        {"cosh", math_cosh},
        {"degrees", math_degrees},
        {"dist", math_dist},
        {"erf", math_erf},
        {"erfc", math_erfc},
        {"exp", math_exp},
        {"exp2", math_exp2},
        {"expm1", math_expm1},
        {"fabs", math_fabs},
        {"factorial", math_factorial},
        {"floor", math_floor},
        {"fmod", math_fmod},
        {"frexp", math_frexp},
        {"fsum", math_fsum},
        {"gamma", math_gamma},
        {"gcd", math_gcd},
        {"hypot", math_hypot},
        {"isclose", math_isclose},
        {"isfinite", math_isfinite},
        {"isinf", math_isinf},
        {"isnan", math_isnan},
        {"isqrt", math_isqrt},
        {"lcm", math_lcm},
        {"lgamma", math_lgamma},
        {"ldexp", math_ldexp},
        {"log", math_log},
        {"log10", math_log10},
        {"log1p", math_log1p},
        {"log2", math_log2},
        {"modf", math_modf},
        {"nextafter", math_nextafter},
        {"perm", math_perm},
        {"pow", math_pow},
        {"prod", math_prod},
        {"radians", math_radians},
        {"remainder", math_remainder},
        {"sin", math_sin},
        {"sinh", math_sinh},
        {"sqrt", math_sqrt},
        {"tan", math_tan},
        {"tanh", math_tanh},
        {"trunc", math_trunc},
        {"ulp", math_ulp},
    };
    jg_status st;
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
        if ((st = jg_module_add_fn(vm, m, fns[i].name, fns[i].fn)) != JG_OK) return st;
    if ((st = jg_module_set(vm, m, "pi", jg_float(PI))) != JG_OK ||
        (st = jg_module_set(vm, m, "e", jg_float(2.718281828459045235360287471352662498))) !=
            JG_OK ||
        (st = jg_module_set(vm, m, "tau", jg_float(6.283185307179586476925286766559005768))) !=
            JG_OK ||
        (st = jg_module_set(vm, m, "inf", jg_float(INFINITY))) != JG_OK ||
        (st = jg_module_set(vm, m, "nan", jg_float(NAN))) != JG_OK)
        return st;
    return JG_OK;
}
