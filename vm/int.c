/*
 * vm/int.c - the int type: arbitrary precision integers with CPython 3.11's
 * semantics, small ones inline and big ones on GMP.
 *
 * The interpreter adds, subtracts and compares small ints inline; it comes
 * here when a result overflows the 48-bit small range, an operand is big or a
 * bool, or the operator needs more care (/, //, %, **, shifts).  Division and
 * modulo round toward negative infinity, int / int is the correctly rounded
 * quotient (CPython's long_true_divide), bitwise operators act on infinite
 * two's complement (GMP's mpz_and/ior/xor do), hashes are CPython's (the
 * value modulo 2**61 - 1, with -1 mapped to -2).
 *
 * GMP aborts the process when it cannot allocate, so every operation that
 * can grow a number checks the size of its result against JG_INT_MAX_BITS
 * first and raises MemoryError instead.
 *
 * Invariant: an int value is small exactly when it fits in 48 bits: every
 * result goes through jg_int_from_i64 or jg_int_from_mpz_move, which
 * normalise.
 */
#include "int.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "float.h"
#include "numfmt.h"
#include "object_impl.h"
#include "str.h"

/* The type named in an "argument ... must be X, not Y" message: CPython's
 * _PyArg_BadArgument says "None" for None, not "NoneType". */
static inline const char *arg_type_name(jg_vm *vm, jg_value v)
{
    return v == JG_NONE ? "None" : jg_type_name(vm, v);
}

/* Modulus of CPython's numeric hash (sys.hash_info.modulus) and its bit count. */
#define HASH_BITS    61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

/* ---------------------------------------------------------------- big int objects */

static inline bool is_big(jg_value v)
{
    return jg_is_obj(v) && jg_obj_of(v)->type->kind == JG_K_INT;
}

static inline mpz_srcptr big_z(jg_value v)
{
    return JG_AS(jg_bigint, v)->z;
}

/* Bytes of limbs 'z' holds, what a bigint accounts to the collector. */
static size_t limb_bytes(mpz_srcptr z)
{
    return (size_t)z->_mp_alloc * sizeof(mp_limb_t);
}

/*
 * A big int below 2**128 in magnitude (an LCG step, a 64-bit hash, a product
 * of two small ints) keeps its limbs in the object itself, right after the
 * mpz, so making one costs a heap cell and no GMP allocation.  GMP only reads
 * such an mpz (ints are immutable: nothing ever writes to or reallocates a
 * bigint's z), and finalizing it frees nothing.
 */
#define INLINE_LIMBS 2
#define HAVE_INLINE_LIMBS (GMP_NUMB_BITS == 64 && GMP_NAIL_BITS == 0)

static inline mp_limb_t *inline_limbs(jg_bigint *b)
{
    return (mp_limb_t *)(void *)(b + 1);
}

static void bigint_finalize(jg_vm *vm, jg_obj *o)
{
    jg_bigint *b = (jg_bigint *)o;
    if (b->z->_mp_d == inline_limbs(b))
        return;
    jg_gc_account(vm, -(ptrdiff_t)limb_bytes(b->z));
    mpz_clear(b->z);
}

#if HAVE_INLINE_LIMBS
/* The big int -m or m (m >= 2**47, so not small) with inline limbs. */
static jg_status big_from_u128(jg_vm *vm, bool negative, unsigned __int128 m, jg_value *out)
{
    jg_bigint *b = jg_gc_alloc(vm, vm->t.int_, sizeof *b + INLINE_LIMBS * sizeof(mp_limb_t));
    if (!b)
        return jg_raise_nomem(vm);
    mp_limb_t *d = inline_limbs(b);
    d[0] = (mp_limb_t)m;
    d[1] = (mp_limb_t)(m >> 64);
    int n = d[1] ? 2 : 1;
    b->z->_mp_alloc = INLINE_LIMBS;
    b->z->_mp_size = negative ? -n : n;
    b->z->_mp_d = d;
    *out = jg_obj_value(b);
    return JG_OK;
}
#endif

/* A small int's (or bool's) value, when 'v' is one. */
static inline bool small_of(jg_value v, int64_t *x)
{
    if (jg_is_int(v)) {
        *x = jg_as_int(v);
        return true;
    }
    if (v == JG_TRUE || v == JG_FALSE) {
        *x = v == JG_TRUE;
        return true;
    }
    return false;
}

jg_status jg_int_from_mpz_move(jg_vm *vm, mpz_t z, jg_value *out)
{
    if (mpz_fits_slong_p(z)) {
        long x = mpz_get_si(z);
        if (jg_int_fits(x)) {
            mpz_clear(z);
            *out = jg_int(x);
            return JG_OK;
        }
    }
    jg_bigint *b = jg_gc_alloc(vm, vm->t.int_, sizeof *b);
    if (!b) {
        mpz_clear(z);
        return jg_raise_nomem(vm);
    }
    /* mpz_init does not allocate (GMP >= 6.2), so this moves the limbs. */
    mpz_init(b->z);
    mpz_swap(b->z, z);
    mpz_clear(z);
    jg_gc_account(vm, (ptrdiff_t)limb_bytes(b->z));
    *out = jg_obj_value(b);
    return JG_OK;
}

jg_status jg_int_from_mpz(jg_vm *vm, const mpz_t z, jg_value *out)
{
    mpz_t c;
    mpz_init_set(c, z);
    return jg_int_from_mpz_move(vm, c, out);
}

static jg_status from_i64(jg_vm *vm, int64_t i, jg_value *out);

jg_value jg_int_from_i64(jg_vm *vm, int64_t i)
{
    if (jg_int_fits(i)) return jg_int(i);
    jg_value v;
#if HAVE_INLINE_LIMBS
    return from_i64(vm, i, &v) == JG_OK ? v : JG_NONE;
#else
    mpz_t z;
    mpz_init_set_si(z, (long)i);
    /* On MemoryError the caller sees None; callers that can meet numbers this
     * large in a low-memory VM use jg_int_from_mpz_move for the status. */
    if (jg_int_from_mpz_move(vm, z, &v) != JG_OK) return JG_NONE;
    return v;
#endif
}

jg_status jg_int_from_u64(jg_vm *vm, uint64_t u, jg_value *out)
{
    if (u <= (uint64_t)JG_SMALL_MAX) {
        *out = jg_int((int64_t)u);
        return JG_OK;
    }
#if HAVE_INLINE_LIMBS
    return big_from_u128(vm, false, u, out);
#else
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)u);
    return jg_int_from_mpz_move(vm, z, out);
#endif
}

static jg_status from_i64(jg_vm *vm, int64_t i, jg_value *out)
{
    if (jg_int_fits(i)) {
        *out = jg_int(i);
        return JG_OK;
    }
#if HAVE_INLINE_LIMBS
    return big_from_u128(vm, i < 0, i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i, out);
#else
    mpz_t z;
    mpz_init_set_si(z, (long)i);
    return jg_int_from_mpz_move(vm, z, out);
#endif
}

/* A 128-bit result (of int64 operands) as an int value: small, or a big int
 * built straight from its two 64-bit halves. */
static jg_status from_i128(jg_vm *vm, __int128 r, jg_value *out)
{
    if (r >= INT64_MIN && r <= INT64_MAX) return from_i64(vm, (int64_t)r, out);
    unsigned __int128 m = r < 0 ? -(unsigned __int128)r : (unsigned __int128)r;
#if HAVE_INLINE_LIMBS
    return big_from_u128(vm, r < 0, m, out);
#else
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)(uint64_t)(m >> 64));
    mpz_mul_2exp(z, z, 64);
    mpz_add_ui(z, z, (unsigned long)(uint64_t)m);
    if (r < 0) mpz_neg(z, z);
    return jg_int_from_mpz_move(vm, z, out);
#endif
}

void jg_int_to_mpz(jg_vm *vm, jg_value v, mpz_t z)
{
    (void)vm;
    int64_t x;
    if (small_of(v, &x))
        mpz_set_si(z, (long)x);
    else if (is_big(v))
        mpz_set(z, big_z(v));
    else
        mpz_set_ui(z, 0);
}

/* An operand as a GMP number without copying big ones: 'p' points at the
 * bigint's own mpz or at 'tmp'.  Release with zarg_done. */
typedef struct {
    mpz_t tmp;
    mpz_srcptr p;
} zarg;

static void zarg_load(zarg *a, jg_value v)
{
    int64_t x;
    if (small_of(v, &x)) {
        mpz_init_set_si(a->tmp, (long)x);
        a->p = a->tmp;
    } else {
        mpz_init(a->tmp);
        a->p = is_big(v) ? big_z(v) : a->tmp;
    }
}

static void zarg_done(zarg *a)
{
    mpz_clear(a->tmp);
}

/* An int operand's value as a C int64 when it has one (small, bool, or a big
 * int of at most 64 bits): the operands of the 128-bit fast path. */
static inline bool i64_of(jg_value v, int64_t *x)
{
    if (small_of(v, x)) return true;
    if (!is_big(v)) return false;
    mpz_srcptr z = big_z(v);
#if HAVE_INLINE_LIMBS
    /* One 64-bit limb: read it here rather than through two GMP calls. */
    if (z->_mp_size == 1 && z->_mp_d[0] <= (mp_limb_t)INT64_MAX) {
        *x = (int64_t)z->_mp_d[0];
        return true;
    }
    if (z->_mp_size == -1 && z->_mp_d[0] <= (mp_limb_t)INT64_MAX + 1) {
        *x = (int64_t)(0 - (uint64_t)z->_mp_d[0]);
        return true;
    }
    return false;
#else
    if (!mpz_fits_slong_p(z)) return false;
    *x = mpz_get_si(z);
    return true;
#endif
}

jg_status jg_int_to_i64(jg_vm *vm, jg_value v, int64_t *out)
{
    if (small_of(v, out)) return JG_OK;
    if (is_big(v)) {
        if (mpz_fits_slong_p(big_z(v))) {
            *out = mpz_get_si(big_z(v));
            return JG_OK;
        }
        return jg_raise(vm, vm->t.OverflowError, "Python int too large to convert to C long");
    }
    return jg_raise(vm, vm->t.TypeError, "'%s' object cannot be interpreted as an integer",
                    jg_type_name(vm, v));
}

int jg_int_sign(jg_vm *vm, jg_value v)
{
    (void)vm;
    int64_t x;
    if (small_of(v, &x)) return (x > 0) - (x < 0);
    return is_big(v) ? mpz_sgn(big_z(v)) : 0;
}

uint64_t jg_int_bit_length(jg_vm *vm, jg_value v)
{
    (void)vm;
    int64_t x;
    if (small_of(v, &x)) {
        uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        return u ? 64 - (uint64_t)__builtin_clzll(u) : 0;
    }
    return is_big(v) ? mpz_sizeinbase(big_z(v), 2) : 0;
}

static uint64_t mpz_bits(mpz_srcptr z)
{
    return mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
}

/* ---------------------------------------------------------------- int -> double */

/*
 * Rounds 'q' (an integer of at most 64 bits whose lowest 'extra' >= 2 bits are
 * to be dropped) half to even, 'sticky' telling whether anything nonzero was
 * already dropped below it.  CPython's rounding step of _PyLong_Frexp and
 * long_true_divide.
 */
static uint64_t round_half_even(uint64_t q, int extra, bool sticky)
{
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = q | (uint64_t)sticky;
    if ((low & mask) && (low & (3 * mask - 1))) q += mask;
    return q & ~(2 * mask - 1);
}

/* |z| correctly rounded (half to even) to a double, with z's sign; false when
 * the result overflows. */
static bool mpz_to_double(mpz_srcptr z, double *out)
{
    size_t n = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
    if (n <= DBL_MANT_DIG) {
        *out = mpz_get_d(z); /* exact */
        return true;
    }
    if (n > DBL_MAX_EXP) return false;
    /* The top DBL_MANT_DIG + 2 bits, and whether any bit below them is set
     * (the lowest set bit of z and of -z is at the same place). */
    int shift = (int)n - (DBL_MANT_DIG + 2);
    bool sticky = shift > 0 && mpz_scan1(z, 0) < (mp_bitcnt_t)shift;
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    if (shift > 0) mpz_tdiv_q_2exp(t, t, (mp_bitcnt_t)shift);
    uint64_t q = mpz_get_ui(t) << (shift < 0 ? -shift : 0);
    mpz_clear(t);
    q = round_half_even(q, 2, sticky);
    double d = ldexp((double)q, shift);
    if (isinf(d)) return false;
    *out = mpz_sgn(z) < 0 ? -d : d;
    return true;
}

jg_status jg_int_to_double(jg_vm *vm, jg_value v, double *out)
{
    int64_t x;
    if (small_of(v, &x)) {
        *out = (double)x; /* exact: 48 bits */
        return JG_OK;
    }
    if (!is_big(v))
        return jg_raise(vm, vm->t.TypeError, "must be real number, not %s", jg_type_name(vm, v));
    if (!mpz_to_double(big_z(v), out))
        return jg_raise(vm, vm->t.OverflowError, "int too large to convert to float");
    return JG_OK;
}

jg_status jg_int_from_double(jg_vm *vm, double d, jg_value *out)
{
    if (isnan(d)) return jg_raise(vm, vm->t.ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        return jg_raise(vm, vm->t.OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    if (fabs(d) < 0x1p47) {
        *out = jg_int((int64_t)d);
        return JG_OK;
    }
    mpz_t z;
    mpz_init_set_d(z, d); /* exact for an integral double */
    return jg_int_from_mpz_move(vm, z, out);
}

/* ---------------------------------------------------------------- true division */

/* a / b for ints, correctly rounded: CPython's long_true_divide. */
static jg_status int_truediv(jg_vm *vm, jg_value a, jg_value b, jg_value *out)
{
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) {
        if (y == 0) return jg_raise(vm, vm->t.ZeroDivisionError, "division by zero");
        /* Both fit in 53 bits, so one IEEE division rounds correctly. */
        *out = jg_float((double)x / (double)y);
        return JG_OK;
    }
    zarg za, zb;
    zarg_load(&za, a);
    zarg_load(&zb, b);
    mpz_srcptr pa = za.p, pb = zb.p;
    jg_status st = JG_OK;
    if (mpz_sgn(pb) == 0) {
        st = jg_raise(vm, vm->t.ZeroDivisionError, "division by zero");
        goto done;
    }
    bool negate = (mpz_sgn(pa) < 0) != (mpz_sgn(pb) < 0);
    if (mpz_sgn(pa) == 0) {
        *out = jg_float(negate ? -0.0 : 0.0);
        goto done;
    }
    mpz_t na, nb, q, r;
    mpz_inits(na, nb, q, r, NULL);
    mpz_abs(na, pa);
    mpz_abs(nb, pb);
    size_t a_bits = mpz_sizeinbase(na, 2), b_bits = mpz_sizeinbase(nb, 2);
    if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) {
        double d = mpz_get_d(na) / mpz_get_d(nb);
        *out = jg_float(negate ? -d : d);
        goto done2;
    }
    /* 2**diff <= |a/b| < 2**(diff+1) exactly. */
    int64_t diff = (int64_t)a_bits - (int64_t)b_bits;
    if (diff >= 0) {
        mpz_mul_2exp(q, nb, (mp_bitcnt_t)diff);
        diff -= mpz_cmp(na, q) < 0;
    } else {
        mpz_mul_2exp(q, na, (mp_bitcnt_t)-diff);
        diff -= mpz_cmp(q, nb) < 0;
    }
    if (diff > DBL_MAX_EXP) {
        st = jg_raise(vm, vm->t.OverflowError, "integer division result too large for a float");
        goto done2;
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
        *out = jg_float(negate ? -0.0 : 0.0);
        goto done2;
    }
    /* Scale so the quotient has DBL_MANT_DIG + 2 or more bits (fewer for a
     * subnormal result), keeping track of inexactness for the rounding. */
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    bool inexact = false;
    if (shift <= 0) {
        mpz_mul_2exp(na, na, (mp_bitcnt_t)-shift);
    } else {
        if (mpz_scan1(na, 0) < (mp_bitcnt_t)shift) inexact = true;
        mpz_tdiv_q_2exp(na, na, (mp_bitcnt_t)shift);
    }
    mpz_tdiv_qr(q, r, na, nb);
    if (mpz_sgn(r) != 0) inexact = true;
    size_t x_bits = mpz_sizeinbase(q, 2);
    int64_t extra = (int64_t)x_bits > DBL_MIN_EXP - shift ? (int64_t)x_bits : DBL_MIN_EXP - shift;
    extra -= DBL_MANT_DIG;
    uint64_t qv = mpz_get_ui(q);
    qv = round_half_even(qv, (int)extra, inexact);
    double dx = (double)qv;
    if (shift + (int64_t)x_bits >= DBL_MAX_EXP &&
        (shift + (int64_t)x_bits > DBL_MAX_EXP || dx == ldexp(1.0, (int)x_bits))) {
        st = jg_raise(vm, vm->t.OverflowError, "integer division result too large for a float");
        goto done2;
    }
    dx = ldexp(dx, (int)shift);
    *out = jg_float(negate ? -dx : dx);
done2:
    mpz_clears(na, nb, q, r, NULL);
done:
    zarg_done(&za);
    zarg_done(&zb);
    return st;
}

/* ---------------------------------------------------------------- binary operators */

static jg_status raise_too_big(jg_vm *vm)
{
    return jg_raise_nomem(vm);
}

/* a ** b for b < 0: CPython hands it to float's pow. */
static jg_status int_pow_negative(jg_vm *vm, jg_value a, jg_value b, jg_value *out)
{
    double x, y;
    jg_status st;
    if ((st = jg_int_to_double(vm, a, &x)) != JG_OK || (st = jg_int_to_double(vm, b, &y)) != JG_OK)
        return st;
    return jg_float_pow(vm, x, y, out);
}

/* a ** b for ints, b >= 0. */
static jg_status int_pow(jg_vm *vm, jg_value a, jg_value b, jg_value *out)
{
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) {
        /* Square-and-multiply in 64 bits while it does not overflow. */
        int64_t r = 1, base = x, e = y;
        bool overflow = false;
        while (e > 0 && !overflow) {
            if ((e & 1) && __builtin_mul_overflow(r, base, &r)) overflow = true;
            e >>= 1;
            if (e > 0 && __builtin_mul_overflow(base, base, &base)) overflow = true;
        }
        if (!overflow) return from_i64(vm, r, out);
    }
    zarg za, zb;
    zarg_load(&za, a);
    zarg_load(&zb, b);
    jg_status st = JG_OK;
    mpz_srcptr pa = za.p, pb = zb.p;
    /* Bases whose powers never grow. */
    if (mpz_cmpabs_ui(pa, 1) <= 0) {
        if (mpz_sgn(pa) == 0)
            *out = jg_int(mpz_sgn(pb) == 0 ? 1 : 0);
        else if (mpz_sgn(pa) > 0 || mpz_even_p(pb))
            *out = jg_int(1);
        else
            *out = jg_int(-1);
        goto done;
    }
    uint64_t bits = mpz_sizeinbase(pa, 2);
    if (!mpz_fits_ulong_p(pb) || (bits - 1) * (uint64_t)mpz_get_ui(pb) > JG_INT_MAX_BITS) {
        st = raise_too_big(vm);
        goto done;
    }
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, pa, mpz_get_ui(pb));
    st = jg_int_from_mpz_move(vm, r, out);
done:
    zarg_done(&za);
    zarg_done(&zb);
    return st;
}

/* a << b and a >> b. */
static jg_status int_shift(jg_vm *vm, int op, jg_value a, jg_value b, jg_value *out)
{
    if (jg_int_sign(vm, b) < 0) return jg_raise(vm, vm->t.ValueError, "negative shift count");
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) {
        if (op == JG_OP_RSHIFT) {
            *out = jg_int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
            return JG_OK;
        }
        if (x == 0) {
            *out = jg_int(0);
            return JG_OK;
        }
        if (y < 16) /* |x| < 2**47, so the result fits in 63 bits */
            return from_i64(vm, x * ((int64_t)1 << y), out);
    }
    zarg za, zb;
    zarg_load(&za, a);
    zarg_load(&zb, b);
    mpz_srcptr pa = za.p, pb = zb.p;
    jg_status st = JG_OK;
    mpz_t r;
    mpz_init(r);
    if (op == JG_OP_RSHIFT) {
        if (!mpz_fits_ulong_p(pb) || mpz_get_ui(pb) >= mpz_bits(pa)) {
            *out = jg_int(mpz_sgn(pa) < 0 ? -1 : 0);
            goto done;
        }
        mpz_fdiv_q_2exp(r, pa, mpz_get_ui(pb));
        st = jg_int_from_mpz_move(vm, r, out);
        goto done_moved;
    }
    if (mpz_sgn(pa) == 0) {
        *out = jg_int(0);
        goto done;
    }
    if (!mpz_fits_ulong_p(pb) || mpz_get_ui(pb) > JG_INT_MAX_BITS) {
        /* CPython converts the shift to a count of 30-bit digits first and
         * says so when even that count does not fit a C ssize_t. */
        mpz_tdiv_q_ui(r, pb, 30);
        if (!mpz_fits_slong_p(r))
            st = jg_raise(vm, vm->t.OverflowError, "too many digits in integer");
        else
            st = raise_too_big(vm);
        goto done;
    }
    if (mpz_bits(pa) + mpz_get_ui(pb) > JG_INT_MAX_BITS) {
        st = raise_too_big(vm);
        goto done;
    }
    mpz_mul_2exp(r, pa, mpz_get_ui(pb));
    st = jg_int_from_mpz_move(vm, r, out);
    goto done_moved;
done:
    mpz_clear(r);
done_moved:
    zarg_done(&za);
    zarg_done(&zb);
    return st;
}

static bool is_bitwise(int op)
{
    return op == JG_OP_BITAND || op == JG_OP_BITOR || op == JG_OP_BITXOR;
}

jg_status jg_int_binop(jg_vm *vm, int op, jg_value a, jg_value b, jg_value *out)
{
    if (!jg_is_anyint(vm, a) || !jg_is_anyint(vm, b)) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    /* bool & | ^ bool stays a bool, as bool's own operators define. */
    if (jg_is_bool(a) && jg_is_bool(b) && is_bitwise(op)) {
        bool p = a == JG_TRUE, q = b == JG_TRUE;
        *out = jg_bool(op == JG_OP_BITAND ? (p && q) : op == JG_OP_BITOR ? (p || q) : (p != q));
        return JG_OK;
    }
    switch (op) {
        case JG_OP_DIV:
            return int_truediv(vm, a, b, out);
        case JG_OP_POW:
            if (jg_int_sign(vm, b) < 0) return int_pow_negative(vm, a, b, out);
            return int_pow(vm, a, b, out);
        case JG_OP_LSHIFT:
        case JG_OP_RSHIFT:
            return int_shift(vm, op, a, b, out);
        case JG_OP_MATMULT:
            *out = JG_NOTIMPLEMENTED;
            return JG_OK;
        default:
            break;
    }
    int64_t x, y, r;
    if (small_of(a, &x) && small_of(b, &y)) {
        switch (op) {
            case JG_OP_ADD:
                return from_i64(vm, x + y, out);
            case JG_OP_SUB:
                return from_i64(vm, x - y, out);
            case JG_OP_MULT:
                if (!__builtin_mul_overflow(x, y, &r)) return from_i64(vm, r, out);
                break;
            case JG_OP_FLOORDIV:
                if (y == 0)
                    return jg_raise(vm, vm->t.ZeroDivisionError,
                                    "integer division or modulo by zero");
                r = x / y;
                if (x % y != 0 && ((x < 0) != (y < 0))) r--;
                return from_i64(vm, r, out);
            case JG_OP_MOD:
                if (y == 0) return jg_raise(vm, vm->t.ZeroDivisionError, "integer modulo by zero");
                r = x % y;
                if (r != 0 && ((r < 0) != (y < 0))) r += y;
                *out = jg_int(r);
                return JG_OK;
            case JG_OP_BITAND:
                *out = jg_int(x & y);
                return JG_OK;
            case JG_OP_BITOR:
                *out = jg_int(x | y);
                return JG_OK;
            case JG_OP_BITXOR:
                *out = jg_int(x ^ y);
                return JG_OK;
            default:
                break;
        }
    }
    /* Operands that fit 64 bits (a small int times a small int, an LCG step
     * past 2**47): exact in 128-bit arithmetic, without GMP temporaries. */
    if (i64_of(a, &x) && i64_of(b, &y)) {
        __int128 p = x, q = y;
        switch (op) {
            case JG_OP_ADD:
                return from_i128(vm, p + q, out);
            case JG_OP_SUB:
                return from_i128(vm, p - q, out);
            case JG_OP_MULT:
                return from_i128(vm, p * q, out);
            case JG_OP_FLOORDIV:
            case JG_OP_MOD: {
                if (y == 0)
                    return jg_raise(vm, vm->t.ZeroDivisionError,
                                    op == JG_OP_MOD ? "integer modulo by zero"
                                                    : "integer division or modulo by zero");
                /* 64-bit division unless INT64_MIN // -1 would overflow it. */
                __int128 d, m;
                if (y != -1) {
                    d = x / y;
                    m = x % y;
                } else {
                    d = -p;
                    m = 0;
                }
                if (m != 0 && ((m < 0) != (q < 0))) {
                    d--;
                    m += q;
                }
                return from_i128(vm, op == JG_OP_MOD ? m : d, out);
            }
            case JG_OP_BITAND:
                return from_i64(vm, x & y, out);
            case JG_OP_BITOR:
                return from_i64(vm, x | y, out);
            case JG_OP_BITXOR:
                return from_i64(vm, x ^ y, out);
            default:
                break;
        }
    }
    zarg za, zb;
    zarg_load(&za, a);
    zarg_load(&zb, b);
    mpz_srcptr pa = za.p, pb = zb.p;
    jg_status st = JG_OK;
    mpz_t res;
    mpz_init(res);
    switch (op) {
        case JG_OP_ADD:
            mpz_add(res, pa, pb);
            break;
        case JG_OP_SUB:
            mpz_sub(res, pa, pb);
            break;
        case JG_OP_MULT:
            if (mpz_bits(pa) + mpz_bits(pb) > JG_INT_MAX_BITS) {
                st = raise_too_big(vm);
                goto fail;
            }
            mpz_mul(res, pa, pb);
            break;
        case JG_OP_FLOORDIV:
            if (mpz_sgn(pb) == 0) {
                st = jg_raise(vm, vm->t.ZeroDivisionError, "integer division or modulo by zero");
                goto fail;
            }
            mpz_fdiv_q(res, pa, pb);
            break;
        case JG_OP_MOD:
            if (mpz_sgn(pb) == 0) {
                st = jg_raise(vm, vm->t.ZeroDivisionError, "integer modulo by zero");
                goto fail;
            }
            mpz_fdiv_r(res, pa, pb);
            break;
        case JG_OP_BITAND:
            mpz_and(res, pa, pb);
            break;
        case JG_OP_BITOR:
            mpz_ior(res, pa, pb);
            break;
        case JG_OP_BITXOR:
            mpz_xor(res, pa, pb);
            break;
        default:
            *out = JG_NOTIMPLEMENTED;
            goto fail;
    }
    st = jg_int_from_mpz_move(vm, res, out);
    zarg_done(&za);
    zarg_done(&zb);
    return st;
fail:
    mpz_clear(res);
    zarg_done(&za);
    zarg_done(&zb);
    return st;
}

/* ---------------------------------------------------------------- comparison and hash */

int jg_int_compare(jg_vm *vm, jg_value a, jg_value b)
{
    (void)vm;
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) return (x > y) - (x < y);
    zarg za, zb;
    zarg_load(&za, a);
    zarg_load(&zb, b);
    int c = mpz_cmp(za.p, zb.p);
    zarg_done(&za);
    zarg_done(&zb);
    return (c > 0) - (c < 0);
}

/* Int 'a' against double 'd', exactly: -1, 0, 1, or 2 for a NaN. */
static int compare_int_double(jg_value a, double d)
{
    if (isnan(d)) return 2;
    int64_t x;
    if (small_of(a, &x)) {
        double dx = (double)x; /* exact: 48 bits */
        return (dx > d) - (dx < d);
    }
    if (isinf(d)) return d > 0 ? -1 : 1;
    mpz_srcptr z = big_z(a);
    double fl = floor(d);
    mpz_t t;
    mpz_init_set_d(t, fl);
    int c = mpz_cmp(z, t);
    mpz_clear(t);
    if (c != 0) return (c > 0) - (c < 0);
    /* a == floor(d): a is below d exactly when d has a fraction. */
    return d > fl ? -1 : 0;
}

int jg_num_compare(jg_vm *vm, jg_value a, jg_value b)
{
    bool fa = jg_is_float(a), fb = jg_is_float(b);
    if (fa && fb) {
        double x = jg_as_float(a), y = jg_as_float(b);
        if (isnan(x) || isnan(y)) return 2;
        return (x > y) - (x < y);
    }
    if (!fa && !fb) return jg_int_compare(vm, a, b);
    if (fb) return compare_int_double(a, jg_as_float(b));
    int c = compare_int_double(b, jg_as_float(a));
    return c == 2 ? 2 : -c;
}

int64_t jg_int_hash(jg_vm *vm, jg_value v)
{
    (void)vm;
    int64_t x;
    if (small_of(v, &x)) return x == -1 ? -2 : x; /* |x| < 2**47 < modulus */
    if (!is_big(v)) return 0;
    mpz_srcptr z = big_z(v);
    int64_t h = (int64_t)mpz_tdiv_ui(z, HASH_MODULUS); /* of |z| */
    if (mpz_sgn(z) < 0) h = -h;
    return h == -1 ? -2 : h;
}

/* ---------------------------------------------------------------- text */

static jg_status raise_str_digits(jg_vm *vm)
{
    return jg_raise(vm, vm->t.ValueError,
                    "Exceeds the limit (%d digits) for integer string conversion; use "
                    "sys.set_int_max_str_digits() to increase the limit",
                    JG_INT_MAX_STR_DIGITS);
}

/* Writes the digits of |z| in 'base' into 'b'. */
static jg_status put_mpz_digits(jg_vm *vm, jg_buf *b, mpz_srcptr z, int base)
{
    if (base == 10 && mpz_sizeinbase(z, 2) > (size_t)(JG_INT_MAX_STR_DIGITS * 3.33) + 64)
        return raise_str_digits(vm); /* surely more digits than allowed */
    size_t n = mpz_sizeinbase(z, base) + 2;
    size_t old = b->len;
    if (jg_buf_reserve(b, n) != JG_OK) return jg_raise_nomem(vm);
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    mpz_get_str(b->data + old, base, t);
    mpz_clear(t);
    size_t len = strlen(b->data + old);
    if (base == 10 && len > JG_INT_MAX_STR_DIGITS) {
        b->data[old] = '\0';
        return raise_str_digits(vm);
    }
    b->len = old + len;
    return JG_OK;
}

jg_status jg_int_magnitude_digits(jg_vm *vm, jg_value v, int base, jg_buf *b)
{
    int64_t x;
    if (small_of(v, &x)) {
        char tmp[64];
        size_t n = jg_u64_to_digits(x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x, base, tmp);
        return jg_buf_put(b, tmp, n) == JG_OK ? JG_OK : jg_raise_nomem(vm);
    }
    if (!is_big(v))
        return jg_raise(vm, vm->t.TypeError, "'%s' object cannot be interpreted as an integer",
                        jg_type_name(vm, v));
    return put_mpz_digits(vm, b, big_z(v), base);
}

jg_status jg_int_str(jg_vm *vm, jg_value v, jg_str **out)
{
    if (v == JG_TRUE || v == JG_FALSE) {
        *out = jg_str_from_cstr(vm, v == JG_TRUE ? "True" : "False");
        return *out ? JG_OK : jg_raise_nomem(vm);
    }
    if (jg_is_int(v)) {
        /* Digits written backwards straight into the str: str(i) is hot
         * enough (str_build, dict keys) that snprintf's parsing shows. */
        int64_t x = jg_as_int(v);
        uint64_t m = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
        char tmp[24];
        char *p = tmp + sizeof tmp;
        do {
            *--p = (char)('0' + m % 10);
            m /= 10;
        } while (m);
        if (x < 0) *--p = '-';
        size_t n = (size_t)(tmp + sizeof tmp - p);
        *out = jg_str_new_n(vm, p, n, n);
        return *out ? JG_OK : jg_raise_nomem(vm);
    }
    jg_buf b;
    jg_buf_init(&b);
    jg_status st = JG_OK;
    if (mpz_sgn(big_z(v)) < 0 && jg_buf_putc(&b, '-') != JG_OK) st = jg_raise_nomem(vm);
    if (st == JG_OK) st = put_mpz_digits(vm, &b, big_z(v), 10);
    if (st == JG_OK) {
        *out = jg_str_new(vm, b.data, b.len);
        if (!*out) st = jg_raise_nomem(vm);
    }
    jg_buf_free(&b);
    return st;
}

/* repr(int) for callers without a status: NULL means an exception is set
 * (MemoryError, or ValueError past JG_INT_MAX_STR_DIGITS digits). */
jg_str *jg_int_repr(jg_vm *vm, jg_value v)
{
    jg_str *s;
    return jg_int_str(vm, v, &s) == JG_OK ? s : NULL;
}

jg_status jg_int_to_base_str(jg_vm *vm, jg_value v, int base, jg_str **out)
{
    jg_buf b;
    jg_buf_init(&b);
    jg_status st = JG_OK;
    const char *prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    if (jg_int_sign(vm, v) < 0 && jg_buf_putc(&b, '-') != JG_OK) st = jg_raise_nomem(vm);
    if (st == JG_OK && jg_buf_puts(&b, prefix) != JG_OK) st = jg_raise_nomem(vm);
    if (st == JG_OK) st = jg_int_magnitude_digits(vm, v, base, &b);
    if (st == JG_OK) {
        *out = jg_str_new(vm, b.data ? b.data : "", b.len);
        if (!*out) st = jg_raise_nomem(vm);
    }
    jg_buf_free(&b);
    return st;
}

jg_status jg_int_format(jg_vm *vm, jg_value v, const char *spec, size_t len, jg_buf *b)
{
    const char *type_name = jg_type_name(vm, v);
    if (len == 0) {
        /* An empty spec formats as str(v): "True" for a bool. */
        jg_str *s;
        jg_status st = jg_int_str(vm, v, &s);
        if (st != JG_OK) return st;
        return jg_buf_put(b, s->data, s->len) == JG_OK ? JG_OK : jg_raise_nomem(vm);
    }
    jg_fmtspec fs;
    jg_numfmt_err err;
    int base;
    jg_status st = jg_fmtspec_parse(spec, len, JG_FMT_INT, type_name, &fs, &err);
    if (st == JG_OK) st = jg_format_int_base(&fs, type_name, &base, &err);
    if (st != JG_OK) return jg_float_raise_numfmt(vm, st, &err);
    if (base == 0) {
        double d;
        if ((st = jg_int_to_double(vm, v, &d)) != JG_OK) return st;
        return jg_float_raise_numfmt(vm, jg_format_float(b, d, &fs, type_name, &err), &err);
    }
    jg_buf mag;
    jg_buf_init(&mag);
    st = jg_int_magnitude_digits(vm, v, base, &mag);
    if (st == JG_OK) {
        st = jg_format_int(b, jg_int_sign(vm, v) < 0, mag.data, mag.len, &fs, &err);
        st = jg_float_raise_numfmt(vm, st, &err);
    }
    jg_buf_free(&mag);
    return st;
}

/* ---------------------------------------------------------------- parsing */

static bool is_ascii_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Decodes one UTF-8 code point at s[*i] (input already valid UTF-8 for str). */
static uint32_t next_cp(const char *s, size_t len, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c = u[*i];
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (*i + n > len) n = len - *i;
    if (n > 1) {
        c &= n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07;
        for (size_t k = 1; k < n; k++)
            c = (c << 6) | (u[*i + k] & 0x3F);
    }
    *i += n;
    return c;
}

static jg_status raise_invalid_literal(jg_vm *vm, const char *s, size_t len, int base,
                                       jg_value orig)
{
    jg_value shown = orig;
    jg_str *r = NULL;
    jg_status st;
    if (shown == JG_NULL || jg_is_kind(shown, JG_K_STR)) {
        /* repr of the first 200 characters */
        size_t i = 0, n = 0;
        while (i < len && n < 200) {
            next_cp(s, len, &i);
            n++;
        }
        jg_str *cut = jg_str_new(vm, s, i);
        if (!cut) return jg_raise_nomem(vm);
        r = jg_str_repr(vm, cut);
    } else {
        jg_bytes *cut = jg_bytes_new(vm, s, len < 200 ? len : 200);
        if (!cut) return jg_raise_nomem(vm);
        st = jg_repr(vm, jg_obj_value(cut), &r);
        if (st != JG_OK) return st;
    }
    if (!r) return jg_raise_nomem(vm);
    return jg_raise(vm, vm->t.ValueError, "invalid literal for int() with base %d: %s", base,
                    r->data);
}

jg_status jg_int_parse(jg_vm *vm, const char *s, size_t len, int base, jg_value orig, jg_value *out)
{
    bool is_bytes = orig != JG_NULL && !jg_is_kind(orig, JG_K_STR);
    /* Normalise to ASCII digits in 'd': whitespace stripped, Unicode decimal
     * digits mapped to '0'..'9', anything else non-ASCII is invalid. */
    jg_buf d;
    jg_buf_init(&d);
    jg_status st = JG_OK;
    size_t i = 0, end = len;
    bool bad = false;
    if (is_bytes) {
        while (i < end && is_ascii_space((unsigned char)s[i]))
            i++;
        while (end > i && is_ascii_space((unsigned char)s[end - 1]))
            end--;
        if (jg_buf_put(&d, s + i, end - i) != JG_OK) st = jg_raise_nomem(vm);
    } else {
        size_t last_nonspace = 0;
        bool seen = false;
        while (i < len && st == JG_OK) {
            uint32_t c = next_cp(s, len, &i);
            if (!seen && (c < 0x80 ? is_ascii_space((unsigned char)c) : jg_uc_isspace(c))) continue;
            seen = true;
            bool space = c < 0x80 ? is_ascii_space((unsigned char)c) : jg_uc_isspace(c);
            char ch;
            if (c < 0x80) {
                ch = (char)c;
            } else if (space) {
                ch = ' ';
            } else {
                int dv = jg_uc_decimal(c);
                if (dv < 0) {
                    bad = true;
                    ch = '?';
                } else {
                    ch = (char)('0' + dv);
                }
            }
            if (jg_buf_putc(&d, ch) != JG_OK) st = jg_raise_nomem(vm);
            if (!space) last_nonspace = d.len;
        }
        jg_buf_truncate(&d, last_nonspace);
    }
    if (st != JG_OK) {
        jg_buf_free(&d);
        return st;
    }
    const char *p = d.data ? d.data : "";
    const char *e = p + d.len;
    bool negative = false;
    int b = base;
    if (p < e && (*p == '+' || *p == '-')) {
        negative = *p == '-';
        p++;
    }
    /* Prefix. */
    if (p + 1 < e && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (b == 0 || b == pb)) {
            b = pb;
            p += 2;
            if (p < e && *p == '_') /* "0x_1f": one '_' may follow the prefix */
                p++;
            if (p == e) bad = true;
        }
    }
    bool leading_zero_rule = false;
    if (b == 0) {
        b = 10;
        /* In base 0 a decimal number may not start with 0 unless it is 0. */
        leading_zero_rule = p < e && *p == '0';
    }
    /* Digits with single underscores between them. */
    jg_buf digits;
    jg_buf_init(&digits);
    size_t n_digits = 0;
    bool prev_digit = false;
    if (p == e || *p == '_') bad = true;
    for (const char *q = p; q < e && !bad; q++) {
        if (*q == '_') {
            if (!prev_digit || q + 1 == e) bad = true;
            prev_digit = false;
            continue;
        }
        int v = digit_value((unsigned char)*q);
        if (v >= b) {
            bad = true;
            break;
        }
        if (leading_zero_rule && v != 0) bad = true;
        prev_digit = true;
        n_digits++;
        if (jg_buf_putc(&digits, *q) != JG_OK) {
            jg_buf_free(&digits);
            jg_buf_free(&d);
            return jg_raise_nomem(vm);
        }
    }
    jg_buf_free(&d);
    if (bad) {
        jg_buf_free(&digits);
        return raise_invalid_literal(vm, s, len, base, orig);
    }
    if ((b & (b - 1)) != 0 && n_digits > JG_INT_MAX_STR_DIGITS) {
        jg_buf_free(&digits);
        return jg_raise(vm, vm->t.ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion: value has "
                        "%zu digits; use sys.set_int_max_str_digits() to increase the limit",
                        JG_INT_MAX_STR_DIGITS, n_digits);
    }
    if (n_digits <= 12 && b <= 36) {
        /* 36**12 < 2**63: no overflow. */
        int64_t v = 0;
        for (size_t k = 0; k < n_digits; k++)
            v = v * b + digit_value((unsigned char)digits.data[k]);
        jg_buf_free(&digits);
        return from_i64(vm, negative ? -v : v, out);
    }
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, digits.data, b);
    jg_buf_free(&digits);
    if (negative) mpz_neg(z, z);
    return jg_int_from_mpz_move(vm, z, out);
}

jg_status jg_int_from_decimal(jg_vm *vm, const char *digits, jg_value *out)
{
    return jg_int_parse(vm, digits, strlen(digits), 10, JG_NULL, out);
}

/* ---------------------------------------------------------------- number helpers */

static jg_status not_implemented(jg_value *out)
{
    *out = JG_NOTIMPLEMENTED;
    return JG_OK;
}

/* int(v) for an int or bool: bools become 0 or 1. */
static jg_value as_plain_int(jg_value v)
{
    if (v == JG_TRUE) return jg_int(1);
    if (v == JG_FALSE) return jg_int(0);
    return v;
}

/* The exact int equal to int (or bool, or int subclass instance) 'v': an
 * instance of a subclass of int is boxed even when small (int_new), and
 * int(x), +x, x.real ... give a plain, normalised int. */
static jg_status plain_int(jg_vm *vm, jg_value v, jg_value *out)
{
    if (is_big(v) && jg_obj_of(v)->type != vm->t.int_) {
        mpz_t z;
        mpz_init_set(z, big_z(v));
        return jg_int_from_mpz_move(vm, z, out);
    }
    *out = as_plain_int(v);
    return JG_OK;
}

jg_status jg_num_neg(jg_vm *vm, jg_value v, jg_value *out)
{
    int64_t x;
    if (jg_is_float(v)) {
        *out = jg_float(-jg_as_float(v));
        return JG_OK;
    }
    if (small_of(v, &x)) return from_i64(vm, -x, out);
    if (!is_big(v)) return not_implemented(out);
    mpz_t z;
    mpz_init(z);
    mpz_neg(z, big_z(v));
    return jg_int_from_mpz_move(vm, z, out);
}

jg_status jg_num_pos(jg_vm *vm, jg_value v, jg_value *out)
{
    if (!jg_is_number(vm, v)) return not_implemented(out);
    return plain_int(vm, v, out);
}

jg_status jg_num_abs(jg_vm *vm, jg_value v, jg_value *out)
{
    int64_t x;
    if (jg_is_float(v)) {
        *out = jg_float(fabs(jg_as_float(v)));
        return JG_OK;
    }
    if (small_of(v, &x)) return from_i64(vm, x < 0 ? -x : x, out);
    if (!is_big(v)) return not_implemented(out);
    if (mpz_sgn(big_z(v)) > 0) return plain_int(vm, v, out);
    mpz_t z;
    mpz_init(z);
    mpz_abs(z, big_z(v));
    return jg_int_from_mpz_move(vm, z, out);
}

jg_status jg_num_invert(jg_vm *vm, jg_value v, jg_value *out)
{
    int64_t x;
    if (small_of(v, &x)) return from_i64(vm, -x - 1, out);
    if (!is_big(v)) return not_implemented(out);
    mpz_t z;
    mpz_init(z);
    mpz_com(z, big_z(v));
    return jg_int_from_mpz_move(vm, z, out);
}

static jg_status make_pair(jg_vm *vm, jg_value a, jg_value b, jg_value *out)
{
    jg_value items[2] = {a, b};
    jg_tuple *t = jg_tuple_from(vm, items, 2);
    if (!t) return jg_raise_nomem(vm);
    *out = jg_obj_value(t);
    return JG_OK;
}

jg_status jg_num_divmod(jg_vm *vm, jg_value a, jg_value b, jg_value *out)
{
    if (!jg_is_number(vm, a) || !jg_is_number(vm, b)) return not_implemented(out);
    jg_status st;
    if (jg_is_float(a) || jg_is_float(b)) {
        double x, y, q, r;
        if ((st = jg_float_arg(vm, a, &x)) != JG_OK || (st = jg_float_arg(vm, b, &y)) != JG_OK)
            return st;
        if (y == 0.0) return jg_raise(vm, vm->t.ZeroDivisionError, JG_FLOAT_DIVMOD_ZERO_MSG);
        jg_float_divmod(x, y, &q, &r);
        return make_pair(vm, jg_float(q), jg_float(r), out);
    }
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) {
        if (y == 0)
            return jg_raise(vm, vm->t.ZeroDivisionError, "integer division or modulo by zero");
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            q--;
            r += y;
        }
        jg_value qv;
        if ((st = from_i64(vm, q, &qv)) != JG_OK) return st;
        return make_pair(vm, qv, jg_int(r), out);
    }
    zarg za, zb;
    zarg_load(&za, a);
    zarg_load(&zb, b);
    if (mpz_sgn(zb.p) == 0) {
        zarg_done(&za);
        zarg_done(&zb);
        return jg_raise(vm, vm->t.ZeroDivisionError, "integer division or modulo by zero");
    }
    mpz_t q, r;
    mpz_inits(q, r, NULL);
    mpz_fdiv_qr(q, r, za.p, zb.p);
    zarg_done(&za);
    zarg_done(&zb);
    jg_value qv, rv;
    st = jg_int_from_mpz_move(vm, q, &qv);
    if (st != JG_OK) {
        mpz_clear(r);
        return st;
    }
    if ((st = jg_int_from_mpz_move(vm, r, &rv)) != JG_OK) return st;
    return make_pair(vm, qv, rv, out);
}

/* An ndigits argument as int64, clipped as CPython's PyNumber_AsSsize_t(o, NULL). */
static jg_status ndigits_arg(jg_vm *vm, jg_value v, int64_t *out)
{
    if (!jg_is_anyint(vm, v))
        return jg_raise(vm, vm->t.TypeError, "'%s' object cannot be interpreted as an integer",
                        jg_type_name(vm, v));
    if (small_of(v, out)) return JG_OK;
    mpz_srcptr z = big_z(v);
    *out = mpz_fits_slong_p(z) ? mpz_get_si(z) : mpz_sgn(z) < 0 ? INT64_MIN : INT64_MAX;
    return JG_OK;
}

/* round(x, n) for an int x and n < 0: to a multiple of 10**-n, ties to even. */
static jg_status int_round(jg_vm *vm, jg_value x, jg_value nd, jg_value *out)
{
    zarg zx, zn;
    zarg_load(&zx, x);
    zarg_load(&zn, nd);
    jg_status st;
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    size_t digits = mpz_sizeinbase(zx.p, 10); /* |x| < 10**digits */
    if (mpz_cmp_si(zn.p, -(long)digits) < 0) {
        /* 10**-n > 2*|x|: rounds to zero. */
        *out = jg_int(0);
        st = JG_OK;
        mpz_clears(p, q, r, NULL);
        goto done;
    }
    mpz_ui_pow_ui(p, 10, (unsigned long)-mpz_get_si(zn.p));
    mpz_fdiv_qr(q, r, zx.p, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(p, r, NULL);
    st = jg_int_from_mpz_move(vm, q, out);
done:
    zarg_done(&zx);
    zarg_done(&zn);
    return st;
}

jg_status jg_num_round(jg_vm *vm, jg_value x, jg_value ndigits, jg_value *out)
{
    bool has_nd = ndigits != JG_UNDEF && ndigits != JG_NONE;
    jg_status st;
    int64_t n = 0;
    if (jg_is_anyint(vm, x)) {
        if (!has_nd) return plain_int(vm, x, out);
        if (!jg_is_anyint(vm, ndigits)) return ndigits_arg(vm, ndigits, &n);
        if (jg_int_sign(vm, ndigits) >= 0) return plain_int(vm, x, out);
        return int_round(vm, x, ndigits, out);
    }
    if (!jg_is_float(x)) return not_implemented(out);
    double d = jg_as_float(x);
    if (!has_nd) return jg_int_from_double(vm, jg_float_round_half_even(d), out);
    if ((st = ndigits_arg(vm, ndigits, &n)) != JG_OK) return st;
    double r;
    jg_numfmt_err err;
    st = jg_float_round(d, n, &r, &err);
    if (st != JG_OK) return jg_float_raise_numfmt(vm, st, &err);
    *out = jg_float(r);
    return JG_OK;
}

jg_status jg_int_pow3(jg_vm *vm, jg_value base, jg_value exp, jg_value mod, jg_value *out)
{
    if (!jg_is_anyint(vm, base) || !jg_is_anyint(vm, exp) || !jg_is_anyint(vm, mod))
        return jg_raise(vm, vm->t.TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    if (jg_int_sign(vm, mod) == 0)
        return jg_raise(vm, vm->t.ValueError, "pow() 3rd argument cannot be 0");
    zarg zb, ze, zm;
    zarg_load(&zb, base);
    zarg_load(&ze, exp);
    zarg_load(&zm, mod);
    jg_status st = JG_OK;
    mpz_t m, b, e, r;
    mpz_inits(m, b, e, r, NULL);
    mpz_abs(m, zm.p);
    mpz_fdiv_r(b, zb.p, m);
    mpz_set(e, ze.p);
    if (mpz_sgn(e) < 0) {
        mpz_neg(e, e);
        if (mpz_cmp_ui(m, 1) == 0) {
            mpz_set_ui(b, 0);
        } else if (!mpz_invert(b, b, m)) {
            st = jg_raise(vm, vm->t.ValueError, "base is not invertible for the given modulus");
            mpz_clear(r);
            goto done;
        }
    }
    if (mpz_cmp_ui(m, 1) == 0)
        mpz_set_ui(r, 0);
    else
        mpz_powm(r, b, e, m);
    if (mpz_sgn(zm.p) < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, m);
    st = jg_int_from_mpz_move(vm, r, out);
done:
    mpz_clears(m, b, e, NULL);
    zarg_done(&zb);
    zarg_done(&ze);
    zarg_done(&zm);
    return st;
}

jg_status jg_int_gcd(jg_vm *vm, jg_value a, jg_value b, jg_value *out)
{
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) {
        uint64_t u = x < 0 ? (uint64_t)-x : (uint64_t)x, v = y < 0 ? (uint64_t)-y : (uint64_t)y;
        while (v) {
            uint64_t t = u % v;
            u = v;
            v = t;
        }
        return from_i64(vm, (int64_t)u, out);
    }
    zarg za, zb;
    zarg_load(&za, a);
    zarg_load(&zb, b);
    mpz_t r;
    mpz_init(r);
    mpz_gcd(r, za.p, zb.p);
    zarg_done(&za);
    zarg_done(&zb);
    return jg_int_from_mpz_move(vm, r, out);
}

/* ---------------------------------------------------------------- hooks */

static jg_status int_repr_hook(jg_vm *vm, jg_value self, jg_str **out)
{
    return jg_int_str(vm, self, out);
}

static jg_status int_hash_hook(jg_vm *vm, jg_value self, int64_t *out)
{
    *out = jg_int_hash(vm, self);
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

static jg_status int_richcompare_hook(jg_vm *vm, jg_value self, jg_value other, int op,
                                      jg_value *out)
{
    if (!jg_is_number(vm, other)) return not_implemented(out);
    *out = cmp_result(jg_num_compare(vm, self, other), op);
    return JG_OK;
}

static jg_status int_binop_hook(jg_vm *vm, int op, jg_value self, jg_value other, bool reflected,
                                bool inplace, jg_value *out)
{
    (void)inplace;
    if (!jg_is_anyint(vm, other)) return not_implemented(out);
    return reflected ? jg_int_binop(vm, op, other, self, out)
                     : jg_int_binop(vm, op, self, other, out);
}

/* Shared with bool (bool.c): repr gives True/False for bools. */
const jg_type_hooks jg_int_hooks = {
    .finalize = bigint_finalize,
    .repr = int_repr_hook,
    .hash = int_hash_hook,
    .richcompare = int_richcompare_hook,
    .binop = int_binop_hook,
};

/* ---------------------------------------------------------------- methods */

#define NATIVE(name)                                                                               \
    static jg_status name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, jg_value *out)

/* Checks that a method of int got an int (or bool) as self. */
static jg_status check_self(jg_vm *vm, const char *name, jg_value self)
{
    if (jg_is_anyint(vm, self)) return JG_OK;
    return jg_raise(vm, vm->t.TypeError,
                    "descriptor '%s' for 'int' objects doesn't apply to a '%s' object", name,
                    jg_type_name(vm, self));
}

/* The common start of a method taking only self. */
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

/* True when 'v' is an object whose type (a user class) may convert it to a
 * number in Python: int(v) and float(v) then finish in the prelude. */
static bool is_user_object(jg_vm *vm, jg_value v)
{
    return jg_is_obj(v) && (jg_typeof(vm, v)->flags & JG_TF_USER);
}

static jg_status int_new_value(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                               jg_value *out);

/* int.__new__(cls, ...): for a subclass of int, the value boxed in an
 * instance of 'cls' (a jg_bigint even when small), so that the class's
 * methods apply; arithmetic on it gives plain ints, as in CPython. */
NATIVE(int_new)
{
    jg_status st = int_new_value(vm, args, nargs, kwnames, out);
    jg_type *cls = (jg_type *)jg_as_obj(args[0]);
    if (st != JG_OK || cls == vm->t.int_ || cls->kind != JG_K_INT) return st;
    jg_bigint *b = jg_gc_alloc(vm, cls, sizeof *b);
    if (!b) return jg_raise_nomem(vm);
    int64_t x;
    if (small_of(*out, &x))
        mpz_init_set_si(b->z, (long)x);
    else
        mpz_init_set(b->z, big_z(*out));
    /* bigint_finalize gives these back. */
    jg_gc_account(vm, (ptrdiff_t)limb_bytes(b->z));
    *out = jg_obj_value(b);
    return JG_OK;
}

static jg_status int_new_value(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                               jg_value *out)
{
    static const char *const kwlist[] = {"", "base", NULL};
    jg_value a[2];
    jg_status st = jg_args_parse(vm, "int", args + 1, nargs - 1, kwnames, kwlist, 0, 2, a);
    if (st != JG_OK) return st;
    jg_value x = a[0], base = a[1];
    if (x == JG_UNDEF) {
        if (base != JG_UNDEF) return jg_raise(vm, vm->t.TypeError, "int() missing string argument");
        *out = jg_int(0);
        return JG_OK;
    }
    if (base == JG_UNDEF) {
        if (jg_is_anyint(vm, x)) return plain_int(vm, x, out);
        if (jg_is_float(x)) return jg_int_from_double(vm, jg_as_float(x), out);
        if (jg_is_kind(x, JG_K_STR))
            return jg_int_parse(vm, JG_AS(jg_str, x)->data, JG_AS(jg_str, x)->len, 10, x, out);
        if (jg_is_kind(x, JG_K_BYTES))
            return jg_int_parse(vm, (const char *)JG_AS(jg_bytes, x)->data, JG_AS(jg_bytes, x)->len,
                                10, x, out);
        if (is_user_object(vm, x)) return jg_tailcall_prelude(vm, "_int_new", &x, 1, NULL);
        return jg_raise(vm, vm->t.TypeError,
                        "int() argument must be a string, a bytes-like object or a real number, "
                        "not '%s'",
                        jg_type_name(vm, x));
    }
    int64_t b;
    if (!jg_is_anyint(vm, base))
        return jg_raise(vm, vm->t.TypeError, "'%s' object cannot be interpreted as an integer",
                        jg_type_name(vm, base));
    ndigits_arg(vm, base, &b);
    if ((b != 0 && b < 2) || b > 36)
        return jg_raise(vm, vm->t.ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (jg_is_kind(x, JG_K_STR))
        return jg_int_parse(vm, JG_AS(jg_str, x)->data, JG_AS(jg_str, x)->len, (int)b, x, out);
    if (jg_is_kind(x, JG_K_BYTES))
        return jg_int_parse(vm, (const char *)JG_AS(jg_bytes, x)->data, JG_AS(jg_bytes, x)->len,
                            (int)b, x, out);
    return jg_raise(vm, vm->t.TypeError, "int() can't convert non-string with explicit base");
}

NATIVE(int_bit_length)
{
    jg_status st = self_only(vm, "bit_length", args, nargs, kwnames);
    if (st != JG_OK) return st;
    return jg_int_from_u64(vm, jg_int_bit_length(vm, args[0]), out);
}

NATIVE(int_bit_count)
{
    jg_status st = self_only(vm, "bit_count", args, nargs, kwnames);
    if (st != JG_OK) return st;
    int64_t x;
    if (small_of(args[0], &x))
        return from_i64(vm, __builtin_popcountll(x < 0 ? (uint64_t)-x : (uint64_t)x), out);
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, big_z(args[0]));
    uint64_t n = mpz_popcount(t);
    mpz_clear(t);
    return jg_int_from_u64(vm, n, out);
}

/* The byteorder argument: true for "little". */
static jg_status byteorder_arg(jg_vm *vm, jg_value v, bool *little)
{
    if (v == JG_UNDEF) {
        *little = false;
        return JG_OK;
    }
    if (!jg_is_kind(v, JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "to_bytes() argument 'byteorder' must be str, not %s",
                        arg_type_name(vm, v));
    const char *s = JG_AS(jg_str, v)->data;
    if (strcmp(s, "little") == 0)
        *little = true;
    else if (strcmp(s, "big") == 0)
        *little = false;
    else
        return jg_raise(vm, vm->t.ValueError, "byteorder must be either 'little' or 'big'");
    return JG_OK;
}

static jg_status signed_arg(jg_vm *vm, jg_value v, bool *out)
{
    if (v == JG_UNDEF) {
        *out = false;
        return JG_OK;
    }
    return jg_truth(vm, v, out);
}

NATIVE(int_to_bytes)
{
    static const char *const kwlist[] = {"length", "byteorder", "signed", NULL};
    jg_value a[3];
    jg_status st = jg_args_parse(vm, "to_bytes", args + 1, nargs - 1, kwnames, kwlist, 0, 2, a);
    if (st != JG_OK || (st = check_self(vm, "to_bytes", args[0])) != JG_OK) return st;
    int64_t length = 1;
    bool little, is_signed;
    if (a[0] != JG_UNDEF) {
        if (!jg_is_anyint(vm, a[0]))
            return jg_raise(vm, vm->t.TypeError, "'%s' object cannot be interpreted as an integer",
                            jg_type_name(vm, a[0]));
        if ((st = jg_int_to_i64(vm, a[0], &length)) != JG_OK) return st;
        if (length < 0)
            return jg_raise(vm, vm->t.ValueError, "length argument must be non-negative");
    }
    if ((st = byteorder_arg(vm, a[1], &little)) != JG_OK ||
        (st = signed_arg(vm, a[2], &is_signed)) != JG_OK)
        return st;
    if ((uint64_t)length > JG_MAX_STR_LEN) return jg_raise_nomem(vm);
    mpz_t z, lim;
    mpz_inits(z, lim, NULL);
    jg_int_to_mpz(vm, args[0], z);
    if (mpz_sgn(z) < 0 && !is_signed) {
        mpz_clears(z, lim, NULL);
        return jg_raise(vm, vm->t.OverflowError, "can't convert negative int to unsigned");
    }
    /* In range: unsigned 0 <= z < 2**(8n); signed -2**(8n-1) <= z < 2**(8n-1). */
    bool fits;
    if (!is_signed) {
        fits = mpz_bits(z) <= (uint64_t)length * 8;
    } else if (length == 0) {
        fits = mpz_sgn(z) == 0;
    } else {
        mpz_set_ui(lim, 1);
        mpz_mul_2exp(lim, lim, (mp_bitcnt_t)(length * 8 - 1));
        fits = mpz_cmp(z, lim) < 0;
        mpz_neg(lim, lim);
        fits = fits && mpz_cmp(z, lim) >= 0;
        if (fits && mpz_sgn(z) < 0) {
            /* two's complement: z + 2**(8n) */
            mpz_set_ui(lim, 1);
            mpz_mul_2exp(lim, lim, (mp_bitcnt_t)(length * 8));
            mpz_add(z, z, lim);
        }
    }
    if (!fits) {
        mpz_clears(z, lim, NULL);
        return jg_raise(vm, vm->t.OverflowError, "int too big to convert");
    }
    jg_bytes *b = jg_bytes_alloc(vm, (size_t)length);
    if (!b) {
        mpz_clears(z, lim, NULL);
        return jg_raise_nomem(vm);
    }
    size_t count = 0;
    size_t need = (mpz_bits(z) + 7) / 8;
    memset(b->data, 0, (size_t)length);
    if (need > 0) mpz_export(b->data + (size_t)length - need, &count, 1, 1, 1, 0, z);
    if (little) {
        for (size_t i = 0, j = (size_t)length; i + 1 < j; i++, j--) {
            uint8_t t = b->data[i];
            b->data[i] = b->data[j - 1];
            b->data[j - 1] = t;
        }
    }
    mpz_clears(z, lim, NULL);
    *out = jg_obj_value(b);
    return JG_OK;
}

NATIVE(int_from_bytes)
{
    static const char *const kwlist[] = {"bytes", "byteorder", "signed", NULL};
    jg_value a[3];
    jg_status st = jg_args_parse(vm, "from_bytes", args + 1, nargs - 1, kwnames, kwlist, 1, 2, a);
    if (st != JG_OK) return st;
    bool little, is_signed;
    if ((st = byteorder_arg(vm, a[1], &little)) != JG_OK ||
        (st = signed_arg(vm, a[2], &is_signed)) != JG_OK)
        return st;
    const uint8_t *data;
    size_t len;
    uint8_t *tmp = NULL;
    if (jg_is_kind(a[0], JG_K_BYTES)) {
        data = JG_AS(jg_bytes, a[0])->data;
        len = JG_AS(jg_bytes, a[0])->len;
    } else if (jg_is_kind(a[0], JG_K_LIST) || jg_is_kind(a[0], JG_K_TUPLE)) {
        const jg_value *items;
        if (jg_is_kind(a[0], JG_K_LIST)) {
            items = JG_AS(jg_list, a[0])->items;
            len = JG_AS(jg_list, a[0])->len;
        } else {
            items = JG_AS(jg_tuple, a[0])->items;
            len = JG_AS(jg_tuple, a[0])->len;
        }
        tmp = malloc(len ? len : 1);
        if (!tmp) return jg_raise_nomem(vm);
        for (size_t i = 0; i < len; i++) {
            int64_t x;
            if (!jg_is_anyint(vm, items[i])) {
                free(tmp);
                return jg_raise(vm, vm->t.TypeError,
                                "'%s' object cannot be interpreted as an integer",
                                jg_type_name(vm, items[i]));
            }
            if (!small_of(items[i], &x) || x < 0 || x > 255) {
                free(tmp);
                return jg_raise(vm, vm->t.ValueError, "bytes must be in range(0, 256)");
            }
            tmp[i] = (uint8_t)x;
        }
        data = tmp;
    } else {
        return jg_raise(vm, vm->t.TypeError, "cannot convert '%s' object to bytes",
                        jg_type_name(vm, a[0]));
    }
    mpz_t z;
    mpz_init(z);
    if (len > 0) mpz_import(z, len, little ? -1 : 1, 1, 1, 0, data);
    if (is_signed && len > 0 && (data[little ? len - 1 : 0] & 0x80)) {
        mpz_t lim;
        mpz_init_set_ui(lim, 1);
        mpz_mul_2exp(lim, lim, (mp_bitcnt_t)(len * 8));
        mpz_sub(z, z, lim);
        mpz_clear(lim);
    }
    free(tmp);
    return jg_int_from_mpz_move(vm, z, out);
}

/* Methods that return int(self): conjugate, __int__, __index__, __trunc__, ... */
#define INT_SELF_METHOD(fname, pyname)                                                             \
    NATIVE(fname)                                                                                  \
    {                                                                                              \
        jg_status st = self_only(vm, pyname, args, nargs, kwnames);                                \
        if (st != JG_OK) return st;                                                                \
        return plain_int(vm, args[0], out);                                                        \
    }
INT_SELF_METHOD(int_conjugate, "conjugate")
INT_SELF_METHOD(int_int, "__int__")
INT_SELF_METHOD(int_index, "__index__")
INT_SELF_METHOD(int_trunc, "__trunc__")
INT_SELF_METHOD(int_floor, "__floor__")
INT_SELF_METHOD(int_ceil, "__ceil__")
INT_SELF_METHOD(int_pos, "__pos__")

NATIVE(int_get_self)
{
    return plain_int(vm, args[0], out);
}

NATIVE(int_get_zero)
{
    *out = jg_int(0);
    return JG_OK;
}

NATIVE(int_get_one)
{
    *out = jg_int(1);
    return JG_OK;
}

NATIVE(int_as_integer_ratio)
{
    jg_status st = self_only(vm, "as_integer_ratio", args, nargs, kwnames);
    if (st != JG_OK) return st;
    jg_value n;
    if ((st = plain_int(vm, args[0], &n)) != JG_OK) return st;
    return make_pair(vm, n, jg_int(1), out);
}

NATIVE(int_float)
{
    jg_status st = self_only(vm, "__float__", args, nargs, kwnames);
    double d;
    if (st != JG_OK || (st = jg_int_to_double(vm, args[0], &d)) != JG_OK) return st;
    *out = jg_float(d);
    return JG_OK;
}

NATIVE(int_bool)
{
    jg_status st = self_only(vm, "__bool__", args, nargs, kwnames);
    if (st != JG_OK) return st;
    *out = jg_bool(jg_int_sign(vm, args[0]) != 0);
    return JG_OK;
}

NATIVE(int_neg)
{
    jg_status st = self_only(vm, "__neg__", args, nargs, kwnames);
    return st != JG_OK ? st : jg_num_neg(vm, args[0], out);
}

NATIVE(int_abs)
{
    jg_status st = self_only(vm, "__abs__", args, nargs, kwnames);
    return st != JG_OK ? st : jg_num_abs(vm, args[0], out);
}

NATIVE(int_invert)
{
    jg_status st = self_only(vm, "__invert__", args, nargs, kwnames);
    return st != JG_OK ? st : jg_num_invert(vm, args[0], out);
}

NATIVE(int_repr)
{
    jg_status st = self_only(vm, "__repr__", args, nargs, kwnames);
    jg_str *s;
    if (st != JG_OK || (st = jg_int_str(vm, args[0], &s)) != JG_OK) return st;
    *out = jg_str_value(s);
    return JG_OK;
}

NATIVE(int_hash)
{
    jg_status st = self_only(vm, "__hash__", args, nargs, kwnames);
    return st != JG_OK ? st : from_i64(vm, jg_int_hash(vm, args[0]), out);
}

NATIVE(int_round_m)
{
    jg_status st = jg_args_count(vm, "__round__", nargs - 1, kwnames, 0, 1);
    if (st != JG_OK || (st = check_self(vm, "__round__", args[0])) != JG_OK) return st;
    return jg_num_round(vm, args[0], nargs > 1 ? args[1] : JG_UNDEF, out);
}

NATIVE(int_format)
{
    jg_status st = jg_args_count(vm, "__format__", nargs - 1, kwnames, 1, 1);
    if (st != JG_OK || (st = check_self(vm, "__format__", args[0])) != JG_OK) return st;
    if (!jg_is_kind(args[1], JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "__format__() argument must be str, not %s",
                        arg_type_name(vm, args[1]));
    jg_str *spec = JG_AS(jg_str, args[1]);
    if (spec->len == 0 && is_big(args[0]) && jg_obj_of(args[0])->type != vm->t.int_) {
        /* A subclass formats as its str(), which may be its own __repr__. */
        jg_str *s;
        st = jg_str_of(vm, args[0], &s);
        if (st == JG_NEEDS_PY) return jg_tailcall_prelude(vm, "_str", args, 1, NULL);
        if (st == JG_OK) *out = jg_str_value(s);
        return st;
    }
    jg_buf b;
    jg_buf_init(&b);
    st = jg_int_format(vm, args[0], spec->data, spec->len, &b);
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

/* int.__add__ and friends: NotImplemented unless the other operand is an int. */
static jg_status int_dunder(jg_vm *vm, const char *name, int op, bool reflected, jg_value *args,
                            int nargs, jg_tuple *kwnames, jg_value *out)
{
    jg_status st = jg_args_count(vm, name, nargs - 1, kwnames, 1, 1);
    if (st != JG_OK || (st = check_self(vm, name, args[0])) != JG_OK) return st;
    jg_value self = args[0], other = args[1];
    if (!jg_is_anyint(vm, other)) return not_implemented(out);
    /* int's own operators give ints even for two bools (bool overrides & | ^). */
    if (jg_is_bool(self) && jg_is_bool(other)) {
        self = as_plain_int(self);
        other = as_plain_int(other);
    }
    return reflected ? jg_int_binop(vm, op, other, self, out)
                     : jg_int_binop(vm, op, self, other, out);
}

#define INT_DUNDER(fname, pyname, op, refl)                                                        \
    NATIVE(fname)                                                                                  \
    {                                                                                              \
        return int_dunder(vm, pyname, op, refl, args, nargs, kwnames, out);                        \
    }
INT_DUNDER(int_add, "__add__", JG_OP_ADD, false)
INT_DUNDER(int_radd, "__radd__", JG_OP_ADD, true)
INT_DUNDER(int_sub, "__sub__", JG_OP_SUB, false)
INT_DUNDER(int_rsub, "__rsub__", JG_OP_SUB, true)
INT_DUNDER(int_mul, "__mul__", JG_OP_MULT, false)
INT_DUNDER(int_rmul, "__rmul__", JG_OP_MULT, true)
INT_DUNDER(int_truediv_m, "__truediv__", JG_OP_DIV, false)
INT_DUNDER(int_rtruediv, "__rtruediv__", JG_OP_DIV, true)
INT_DUNDER(int_floordiv, "__floordiv__", JG_OP_FLOORDIV, false)
INT_DUNDER(int_rfloordiv, "__rfloordiv__", JG_OP_FLOORDIV, true)
INT_DUNDER(int_mod, "__mod__", JG_OP_MOD, false)
INT_DUNDER(int_rmod, "__rmod__", JG_OP_MOD, true)
INT_DUNDER(int_rpow, "__rpow__", JG_OP_POW, true)
INT_DUNDER(int_lshift, "__lshift__", JG_OP_LSHIFT, false)
INT_DUNDER(int_rlshift, "__rlshift__", JG_OP_LSHIFT, true)
INT_DUNDER(int_rshift, "__rshift__", JG_OP_RSHIFT, false)
INT_DUNDER(int_rrshift, "__rrshift__", JG_OP_RSHIFT, true)
INT_DUNDER(int_and, "__and__", JG_OP_BITAND, false)
INT_DUNDER(int_rand, "__rand__", JG_OP_BITAND, true)
INT_DUNDER(int_or, "__or__", JG_OP_BITOR, false)
INT_DUNDER(int_ror, "__ror__", JG_OP_BITOR, true)
INT_DUNDER(int_xor, "__xor__", JG_OP_BITXOR, false)
INT_DUNDER(int_rxor, "__rxor__", JG_OP_BITXOR, true)

NATIVE(int_pow_m)
{
    jg_status st = jg_args_count(vm, "__pow__", nargs - 1, kwnames, 1, 2);
    if (st != JG_OK || (st = check_self(vm, "__pow__", args[0])) != JG_OK) return st;
    if (nargs > 2 && args[2] != JG_NONE) {
        if (!jg_is_anyint(vm, args[1]) || !jg_is_anyint(vm, args[2])) return not_implemented(out);
        return jg_int_pow3(vm, args[0], args[1], args[2], out);
    }
    return int_dunder(vm, "__pow__", JG_OP_POW, false, args, 2, NULL, out);
}

NATIVE(int_divmod)
{
    jg_status st = jg_args_count(vm, "__divmod__", nargs - 1, kwnames, 1, 1);
    if (st != JG_OK || (st = check_self(vm, "__divmod__", args[0])) != JG_OK) return st;
    if (!jg_is_anyint(vm, args[1])) return not_implemented(out);
    return jg_num_divmod(vm, args[0], args[1], out);
}

NATIVE(int_rdivmod)
{
    jg_status st = jg_args_count(vm, "__rdivmod__", nargs - 1, kwnames, 1, 1);
    if (st != JG_OK || (st = check_self(vm, "__rdivmod__", args[0])) != JG_OK) return st;
    if (!jg_is_anyint(vm, args[1])) return not_implemented(out);
    return jg_num_divmod(vm, args[1], args[0], out);
}

/* int.__eq__ and friends: NotImplemented unless the other operand is an int
 * (float's methods handle int operands, as in CPython). */
static jg_status int_cmp_dunder(jg_vm *vm, const char *name, int op, jg_value *args, int nargs,
                                jg_tuple *kwnames, jg_value *out)
{
    jg_status st = jg_args_count(vm, name, nargs - 1, kwnames, 1, 1);
    if (st != JG_OK || (st = check_self(vm, name, args[0])) != JG_OK) return st;
    if (!jg_is_anyint(vm, args[1])) return not_implemented(out);
    *out = cmp_result(jg_int_compare(vm, args[0], args[1]), op);
    return JG_OK;
}

#define INT_CMP(fname, pyname, op)                                                                 \
    NATIVE(fname)                                                                                  \
    {                                                                                              \
        return int_cmp_dunder(vm, pyname, op, args, nargs, kwnames, out);                          \
    }
INT_CMP(int_eq, "__eq__", JG_CMP_EQ)
INT_CMP(int_ne, "__ne__", JG_CMP_NOTEQ)
INT_CMP(int_lt, "__lt__", JG_CMP_LT)
INT_CMP(int_le, "__le__", JG_CMP_LTE)
INT_CMP(int_gt, "__gt__", JG_CMP_GT)
INT_CMP(int_ge, "__ge__", JG_CMP_GTE)

/* ---------------------------------------------------------------- init */

jg_status jg_int_init(jg_vm *vm)
{
    static const struct {
        const char *name;
        jg_native_fn fn;
        uint32_t flags;
    } methods[] = {
        {"__new__", int_new, JG_NF_STATIC},
        {"bit_length", int_bit_length, 0},
        {"bit_count", int_bit_count, 0},
        {"to_bytes", int_to_bytes, 0},
        {"from_bytes", int_from_bytes, JG_NF_CLASSMETHOD},
        {"conjugate", int_conjugate, 0},
        {"as_integer_ratio", int_as_integer_ratio, 0},
        {"__int__", int_int, 0},
        {"__index__", int_index, 0},
        {"__trunc__", int_trunc, 0},
        {"__floor__", int_floor, 0},
        {"__ceil__", int_ceil, 0},
        {"__float__", int_float, 0},
        {"__bool__", int_bool, 0},
        {"__pos__", int_pos, 0},
        {"__neg__", int_neg, 0},
        {"__abs__", int_abs, 0},
        {"__invert__", int_invert, 0},
        {"__repr__", int_repr, 0},
        {"__hash__", int_hash, 0},
        {"__round__", int_round_m, 0},
        {"__format__", int_format, 0},
        {"__add__", int_add, 0},
        {"__radd__", int_radd, 0},
        {"__sub__", int_sub, 0},
        {"__rsub__", int_rsub, 0},
        {"__mul__", int_mul, 0},
        {"__rmul__", int_rmul, 0},
        {"__truediv__", int_truediv_m, 0},
        {"__rtruediv__", int_rtruediv, 0},
        {"__floordiv__", int_floordiv, 0},
        {"__rfloordiv__", int_rfloordiv, 0},
        {"__mod__", int_mod, 0},
        {"__rmod__", int_rmod, 0},
        {"__divmod__", int_divmod, 0},
        {"__rdivmod__", int_rdivmod, 0},
        {"__pow__", int_pow_m, 0},
        {"__rpow__", int_rpow, 0},
        {"__lshift__", int_lshift, 0},
        {"__rlshift__", int_rlshift, 0},
        {"__rshift__", int_rshift, 0},
        {"__rrshift__", int_rrshift, 0},
        {"__and__", int_and, 0},
        {"__rand__", int_rand, 0},
        {"__or__", int_or, 0},
        {"__ror__", int_ror, 0},
        {"__xor__", int_xor, 0},
        {"__rxor__", int_rxor, 0},
        {"__eq__", int_eq, 0},
        {"__ne__", int_ne, 0},
        {"__lt__", int_lt, 0},
        {"__le__", int_le, 0},
        {"__gt__", int_gt, 0},
        {"__ge__", int_ge, 0},
    };
    static const struct {
        const char *name;
        jg_native_fn fn;
    } getters[] = {
        {"real", int_get_self},
        {"imag", int_get_zero},
        {"numerator", int_get_self},
        {"denominator", int_get_one},
    };
    jg_status st;
    vm->t.int_->hooks = &jg_int_hooks;
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if ((st = jg_type_add_method(vm, vm->t.int_, methods[i].name, methods[i].fn,
                                     methods[i].flags)) != JG_OK)
            return st;
    for (size_t i = 0; i < sizeof getters / sizeof getters[0]; i++)
        if ((st = jg_type_add_getter(vm, vm->t.int_, getters[i].name, getters[i].fn)) != JG_OK)
            return st;
    return JG_OK;
}
