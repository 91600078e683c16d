/*
 * vm/int.h - the int and bool types beyond what vm.h declares: parsing,
 * conversions, the number helpers the builtins and the interpreter share
 * (abs, -x, ~x, divmod, round, 3-argument pow) and exact comparison of any mix
 * of int, bool and float.
 *
 * An int value is a small int (inline, 48 bits) whenever it fits and a
 * jg_bigint (GMP) otherwise; every function here returns normalised values.
 * True and False take part in arithmetic as 1 and 0.
 */
#ifndef JG_INT_H
#define JG_INT_H

#include "vm.h"
#include "buf.h"

/* int <-> decimal text refuses more digits than this, as CPython 3.11's
 * default sys.get_int_max_str_digits() (the sign does not count). */
#define JG_INT_MAX_STR_DIGITS 4300
/* Largest int result, in bits, before an operation raises MemoryError
 * instead of asking GMP (which aborts the process when it cannot allocate).
 * 2**32 bits is 512 MiB for one number. */
#define JG_INT_MAX_BITS ((uint64_t)1 << 32)

/* Sets the int type's hooks and methods (int.__new__, bit_length, ...). */
JG_INTERNAL jg_status jg_int_init(jg_vm *vm);
/* bool.c: the bool type's hooks and methods. */
JG_INTERNAL jg_status jg_bool_init(jg_vm *vm);

/* The hooks of int, which bool shares (repr gives True/False for bools). */
JG_INTERNAL extern const jg_type_hooks jg_int_hooks;

/* True for int, bool, big int and float values. */
static inline bool jg_is_number(jg_vm *vm, jg_value v)
{
    return jg_is_float(v) || jg_is_anyint(vm, v);
}

/* ---------------------------------------------------------------- making ints */

/* Makes an int from 'z' and takes it over: 'z' is cleared or moved into a new
 * jg_bigint, so the caller must not use or clear it afterwards, even on
 * failure (MemoryError). */
JG_INTERNAL jg_status jg_int_from_mpz_move(jg_vm *vm, mpz_t z, jg_value *out);
JG_INTERNAL jg_status jg_int_from_u64(jg_vm *vm, uint64_t u, jg_value *out);
/* int(d): truncates toward zero.  ValueError "cannot convert float NaN to
 * integer", OverflowError "cannot convert float infinity to integer". */
JG_INTERNAL jg_status jg_int_from_double(jg_vm *vm, double d, jg_value *out);

/*
 * int(text, base) for 's' ('len' bytes of UTF-8, or of bytes): whitespace
 * (Unicode whitespace for str), a sign, an optional 0x/0o/0b prefix matching
 * 'base' (required for non-decimal in base 0), digits with single '_' between
 * them, Unicode decimal digits for str.  'base' is 0 or 2..36 (checked by the
 * caller).  On bad text raises ValueError "invalid literal for int() with base
 * 10: 'abc'", quoting repr('orig') (the str or bytes the text came from) cut
 * to 200 characters, or a str made from 's' when 'orig' is JG_NULL.
 * ValueError for more than JG_INT_MAX_STR_DIGITS digits in a base that is not
 * a power of two.
 */
JG_INTERNAL jg_status jg_int_parse(jg_vm *vm, const char *s, size_t len, int base, jg_value orig,
                                   jg_value *out);

/* ---------------------------------------------------------------- reading ints */

/* -1, 0 or 1: the sign of int 'v' (small, big or bool). */
JG_INTERNAL int jg_int_sign(jg_vm *vm, jg_value v);
/* Number of bits of |v| (int.bit_length). */
JG_INTERNAL uint64_t jg_int_bit_length(jg_vm *vm, jg_value v);
/*
 * Exact three-way comparison of two numbers (int, bool, big int, float in any
 * mix): -1, 0, 1, or 2 when unordered (a NaN is involved).  Ints and floats
 * compare by value, without rounding the int (2**53 + 1 > 2.0**53).
 */
JG_INTERNAL int jg_num_compare(jg_vm *vm, jg_value a, jg_value b);

/* ---------------------------------------------------------------- text */

/* str(v) / repr(v) of an int: decimal (True/False for bools).  ValueError when
 * it has more than JG_INT_MAX_STR_DIGITS digits. */
JG_INTERNAL jg_status jg_int_str(jg_vm *vm, jg_value v, jg_str **out);
/* The digits of |v| in 'base' (2..36, lowercase) into 'b', no sign or prefix:
 * what numfmt's jg_format_int wants.  Decimal obeys the digit limit. */
JG_INTERNAL jg_status jg_int_magnitude_digits(jg_vm *vm, jg_value v, int base, jg_buf *b);
/* bin(v), oct(v), hex(v): base 2, 8 or 16 with "0b"/"0o"/"0x" after the sign. */
JG_INTERNAL jg_status jg_int_to_base_str(jg_vm *vm, jg_value v, int base, jg_str **out);
/* format(v, spec) for an int or bool (int.__format__): appends to 'b'. */
JG_INTERNAL jg_status jg_int_format(jg_vm *vm, jg_value v, const char *spec, size_t len, jg_buf *b);

/* ---------------------------------------------------------------- number helpers
 * For int, bool, big int and float operands.  Each answers *out =
 * JG_NOTIMPLEMENTED (and JG_OK) when an operand is not one of those, so the
 * caller can try Python-level methods or raise its TypeError. */

JG_INTERNAL jg_status jg_num_neg(jg_vm *vm, jg_value v, jg_value *out);    /* -v */
JG_INTERNAL jg_status jg_num_pos(jg_vm *vm, jg_value v, jg_value *out);    /* +v (bool -> int) */
JG_INTERNAL jg_status jg_num_abs(jg_vm *vm, jg_value v, jg_value *out);    /* abs(v) */
JG_INTERNAL jg_status jg_num_invert(jg_vm *vm, jg_value v, jg_value *out); /* ~v, ints only */
/* divmod(a, b) as a 2-tuple; ZeroDivisionError "integer division or modulo by
 * zero" / "float divmod()". */
JG_INTERNAL jg_status jg_num_divmod(jg_vm *vm, jg_value a, jg_value b, jg_value *out);
/*
 * round(x) (ndigits JG_UNDEF or JG_NONE) and round(x, ndigits).  Ints: the
 * int itself for ndigits >= 0, else rounded to a multiple of 10**-ndigits,
 * ties to even.  Floats: round(x) is an int (ties to even; inf/nan raise),
 * round(x, n) a float rounded through the decimal string (numfmt).
 * TypeError "'float' object cannot be interpreted as an integer" for a
 * non-int ndigits.
 */
JG_INTERNAL jg_status jg_num_round(jg_vm *vm, jg_value x, jg_value ndigits, jg_value *out);
/*
 * pow(base, exp, mod) for ints: ValueError "pow() 3rd argument cannot be 0",
 * a negative 'exp' uses the modular inverse (ValueError "base is not
 * invertible for the given modulus"); the result has the sign of 'mod'.
 * TypeError "pow() 3rd argument not allowed unless all arguments are
 * integers" when one is not an int.
 */
JG_INTERNAL jg_status jg_int_pow3(jg_vm *vm, jg_value base, jg_value exp, jg_value mod,
                                  jg_value *out);
/* math.gcd of two ints (non-negative result). */
JG_INTERNAL jg_status jg_int_gcd(jg_vm *vm, jg_value a, jg_value b, jg_value *out);

#endif
