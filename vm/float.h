/*
 * vm/float.h - the float type beyond what vm.h declares: conversions from
 * other values, and the pieces the math module and the builtins share.
 *
 * Floats are always inline jg_values (NaN-boxed doubles); every NaN the VM
 * makes is the canonical JG_NAN_BITS (jg_float() does that).
 */
#ifndef JG_FLOAT_H
#define JG_FLOAT_H

#include "vm.h"
#include "buf.h"
#include "numfmt.h"

/* Sets the float type's hooks and methods (float.__new__, is_integer, hex, ...). */
JG_INTERNAL jg_status jg_float_init(jg_vm *vm);

/*
 * The double of a number, as a C function taking a Python float argument
 * sees it (math.sqrt(x), float arithmetic): floats as they are, ints and
 * bools converted (OverflowError "int too large to convert to float").
 * Anything else: TypeError "must be real number, not str".
 */
JG_INTERNAL jg_status jg_float_arg(jg_vm *vm, jg_value v, double *out);

/*
 * float(s) for the text of a str or bytes 's' ('len' bytes): numfmt's parser,
 * and ValueError "could not convert string to float: 'x'" quoting repr('orig')
 * (the str or bytes the text came from).
 */
JG_INTERNAL jg_status jg_float_parse_text(jg_vm *vm, const char *s, size_t len, jg_value orig,
                                          double *out);

/* x ** y for floats with CPython's special cases: ZeroDivisionError "0.0
 * cannot be raised to a negative power", OverflowError "(34, 'Numerical
 * result out of range')".  A negative base with a non-integral exponent
 * (a complex result in CPython, outside the subset) raises ValueError
 * "negative number cannot be raised to a fractional power". */
JG_INTERNAL jg_status jg_float_pow(jg_vm *vm, double x, double y, jg_value *out);

/* format(d, spec) (float.__format__): appends to 'b'; 'type_name' for messages. */
JG_INTERNAL jg_status jg_float_format(jg_vm *vm, double d, const char *spec, size_t len,
                                      const char *type_name, jg_buf *b);

/* Raises the Python exception a numfmt call reported in 'err' (JG_NUMFMT_RAISE),
 * MemoryError for JG_ERR_NOMEM; returns JG_RAISED.  Any other status is
 * returned unchanged. */
JG_INTERNAL jg_status jg_float_raise_numfmt(jg_vm *vm, jg_status st, const jg_numfmt_err *err);

#endif
