/*
 * vm/numfmt.h - number formatting and parsing, byte for byte as CPython 3.11.
 *
 * Pure C over doubles, C strings and digit strings: no VM objects.  The object
 * layer (float, int and str methods, format(), f-strings, str.format and the
 * str % operator) calls these and turns a failure into a Python exception.
 *
 * Conventions shared by every function here:
 * - Text is UTF-8.  Widths and precisions count code points, as CPython counts
 *   characters.
 * - Functions that produce text append to a jg_buf.  On any failure the buffer
 *   is left exactly as it was (its len is restored).
 * - A failure that Python code must see returns JG_NUMFMT_RAISE and fills the
 *   jg_numfmt_err: err->exc names the exception class, err->msg is CPython's
 *   message.  JG_ERR_NOMEM means an allocation failed (MemoryError).
 * - Nothing depends on the C library's locale.  The 'n' presentation type
 *   formats as CPython does under the "C" locale, which is what CPython runs
 *   with unless a program calls locale.setlocale: no grouping, '.' as the
 *   decimal point.
 * - Allocation: none for the common cases (short numbers format through stack
 *   scratch space); only jg_buf growth and very long outputs allocate.
 */
#ifndef JG_NUMFMT_H
#define JG_NUMFMT_H

#include "jumpgate.h"
#include "buf.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------------ errors */

typedef enum {
    JG_NUMFMT_VALUE_ERROR = 1,
    JG_NUMFMT_OVERFLOW_ERROR,
    JG_NUMFMT_TYPE_ERROR,
} jg_numfmt_exc;

typedef struct {
    jg_numfmt_exc exc;
    /* CPython's message, NUL-terminated.  Messages that quote a caller's
     * text (an invalid format spec) are cut at a code point boundary to fit,
     * and may hold NUL bytes from that text: use 'len'. */
    char msg[320];
    size_t len;
} jg_numfmt_err;

/* The status that means "raise err->exc with err->msg". */
#define JG_NUMFMT_RAISE JG_ERR_RUNTIME

/* ZeroDivisionError messages of the float operators (the caller checks b == 0). */
#define JG_FLOAT_DIV_ZERO_MSG      "float division by zero"
#define JG_FLOAT_FLOORDIV_ZERO_MSG "float floor division by zero"
#define JG_FLOAT_MOD_ZERO_MSG      "float modulo"
#define JG_FLOAT_DIVMOD_ZERO_MSG   "float divmod()"

/* ----------------------------------------------------- float <-> text */

/* Longest repr(float): "-2.2250738585072014e-308" and the NUL fit easily. */
#define JG_FLOAT_REPR_MAX 32

/*
 * Writes repr(d) (which is also str(d)) into 'out' and returns its length:
 * the shortest digits that read back as 'd', "1.0", "1e+16", "1e-05", "-0.0",
 * "inf", "-inf", "nan".  Exponent form when the decimal exponent is < -4 or
 * >= 16.  Never fails, never allocates.
 */
size_t jg_float_repr(double d, char out[JG_FLOAT_REPR_MAX]);

/*
 * The shortest round-trip digits of |d| for finite 'd': writes up to 17 digits
 * (no NUL) to 'digits', sets *decpt so that 0.DIGITS * 10**decpt reads back
 * as |d|, and returns the digit count.  0.0 gives "0" with *decpt 1.
 */
int jg_float_shortest(double d, char digits[17], int *decpt);

/*
 * float(s): parses 'len' bytes at 's' as CPython's float() parses a str:
 * surrounding whitespace (Unicode whitespace too), a sign, decimal digits
 * (Unicode decimal digits too) with '_' between digits (PEP 515), '.', an
 * exponent, or inf / infinity / nan in any case.  The result is correctly
 * rounded; overflow gives +-inf.
 * JG_NUMFMT_RAISE for invalid text: the caller raises
 *     ValueError(JG_FLOAT_PARSE_ERR_PREFIX + repr(s))
 * (repr of the original str, which the str module knows how to produce).
 * JG_ERR_NOMEM if a scratch copy of a long input cannot be allocated.
 */
jg_status jg_float_parse(const char *s, size_t len, double *out);
#define JG_FLOAT_PARSE_ERR_PREFIX "could not convert string to float: "

/* -------------------------------------------------- the format mini-language */

/* Which built-in type a spec is parsed for: it decides the defaults. */
typedef enum {
    JG_FMT_INT,   /* default type 'd', default align '>' (bool too) */
    JG_FMT_FLOAT, /* no default type (repr-like), default align '>' */
    JG_FMT_STR,   /* default type 's', default align '<' */
} jg_fmtkind;

/* A parsed [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type].
 * Made by jg_fmtspec_parse; a hand-built one must keep fill and fill_utf8 in
 * step. */
typedef struct {
    uint32_t fill;     /* fill code point, ' ' unless given */
    char fill_utf8[4]; /* 'fill' encoded */
    uint8_t fill_len;  /* bytes used in fill_utf8 */
    char align;        /* '<' '>' '^' '=' (the kind's default when not given) */
    char sign;         /* '\0' when not given, else '+' '-' ' ' */
    bool no_neg_0;     /* 'z' */
    bool alternate;    /* '#' */
    char thousands;    /* '\0', ',' or '_' */
    int64_t width;     /* -1 when not given */
    int64_t precision; /* -1 when not given */
    uint32_t type;     /* presentation type code point; the kind's default, or 0 for float */
} jg_fmtspec;

/*
 * Parses format spec 'spec' ('len' bytes) for an object of kind 'kind' whose
 * type is called 'type_name' (used in the "Invalid format specifier '...' for
 * object of type '...'" message).  An empty spec gives the kind's defaults;
 * note CPython formats an object with an empty spec as str(obj), which is
 * what these defaults produce for exact int, float and str.
 * JG_NUMFMT_RAISE (ValueError) for the errors CPython finds while parsing:
 * "Format specifier missing precision", "Cannot specify ',' with 's'.",
 * "Cannot specify both ',' and '_'.", "Too many decimal digits in format
 * string", "Invalid format specifier ...".
 */
jg_status jg_fmtspec_parse(const char *spec, size_t len, jg_fmtkind kind, const char *type_name,
                           jg_fmtspec *out, jg_numfmt_err *err);

/*
 * format(d, spec) for a float: types e E f F g G n % and none.  'type_name'
 * names the object's type for "Unknown format code 'd' for object of type
 * 'float'".  Appends to 'b'.  Errors: unknown type, "precision too big".
 */
jg_status jg_format_float(jg_buf *b, double d, const jg_fmtspec *spec, const char *type_name,
                          jg_numfmt_err *err);

/*
 * First step of format(i, spec) for an int: checks the type and says which
 * digits the caller must produce.  *base becomes
 *   2, 8, 10 or 16: call jg_format_int with |i| written in that base
 *                   (lowercase letters; 'c' wants base 10);
 *   0:              a float type (e E f F g G %): convert i to a double as
 *                   float(i) does (OverflowError "int too large to convert to
 *                   float" when it does not fit) and call jg_format_float with
 *                   the same spec.
 * JG_NUMFMT_RAISE for an unknown type ("Unknown format code 's' for object of
 * type 'int'", using 'type_name').
 */
jg_status jg_format_int_base(const jg_fmtspec *spec, const char *type_name, int *base,
                             jg_numfmt_err *err);

/*
 * format(i, spec) for an int whose magnitude |i| is the 'maglen' digits at
 * 'mag', in the base jg_format_int_base chose (no sign, no prefix, no leading
 * zeros except for 0 itself), and whose sign is 'negative'.  Handles b c d o
 * x X n, '#' prefixes, grouping, sign, fill, alignment and zero padding.
 * Errors as CPython: precision or 'z' given, sign or '#' with 'c',
 * OverflowError for 'c' out of range.
 */
jg_status jg_format_int(jg_buf *b, bool negative, const char *mag, size_t maglen,
                        const jg_fmtspec *spec, jg_numfmt_err *err);

/* format(v, spec) for an int that fits int64_t: both steps above, including
 * the conversion to float for float types. */
jg_status jg_format_i64(jg_buf *b, int64_t v, const jg_fmtspec *spec, const char *type_name,
                        jg_numfmt_err *err);

/* Writes the digits of 'v' in 'base' (2..36, lowercase) to 'out' (no NUL) and
 * returns how many: the magnitude string jg_format_int wants. */
size_t jg_u64_to_digits(uint64_t v, int base, char out[64]);

/*
 * format(s, spec) for a str: 's' holds 'len' bytes of UTF-8 and
 * 'n_codepoints' code points.  Type 's' only; the precision truncates to that
 * many code points; width and alignment count code points.  Errors as
 * CPython: sign, 'z', '#', '=' alignment, unknown type (uses 'type_name').
 */
jg_status jg_format_str(jg_buf *b, const char *s, size_t len, size_t n_codepoints,
                        const jg_fmtspec *spec, const char *type_name, jg_numfmt_err *err);

/* ------------------------------------------------------- printf-style % */

enum {
    JG_PCT_LJUST = 1, /* '-' */
    JG_PCT_SIGN = 2,  /* '+' */
    JG_PCT_BLANK = 4, /* ' ' */
    JG_PCT_ALT = 8,   /* '#' */
    JG_PCT_ZERO = 16, /* '0' */
};

/* One parsed %[(key)][flags][width|*][.prec|*][hlL]type conversion. */
typedef struct {
    unsigned flags;  /* JG_PCT_* */
    int64_t width;   /* -1 when not given; never negative otherwise */
    int prec;        /* -1 when not given; never negative otherwise */
    uint32_t type;   /* the conversion character (code point) */
    size_t type_off; /* byte offset of 'type' in the format string */
} jg_pctspec;

/*
 * Fetches the next argument for a '*' width or precision.  Mirrors CPython:
 * no argument left -> TypeError "not enough arguments for format string";
 * not an int -> TypeError "* wants int"; too big -> OverflowError "Python int
 * too large to convert to C ssize_t" (width) or "... C int" ('is_precision').
 * The callback raises those itself and returns its non-JG_OK status, which
 * the parser passes back unchanged.
 */
typedef jg_status (*jg_pct_star_fn)(void *ctx, bool is_precision, int64_t *value);

/*
 * How the str % operator drives these (CPython's order of checks and errors):
 *
 *   copy text up to each '%'; pos = index after it;
 *   if pos < len and fmt[pos] == '%': emit '%', pos++, continue;
 *   jg_pct_parse_key(fmt, len, &pos, have_mapping, &key, &keylen, err);
 *   if key: args = mapping[key] (KeyError etc. are the caller's);
 *   jg_pct_parse_spec(fmt, len, &pos, fetch_star, ctx, &spec, err);
 *   v = next argument ("not enough arguments for format string");
 *   switch spec.type: 's' 'r' 'a' 'c' -> make the text, jg_pct_format_str;
 *     'd' 'i' 'u' 'o' 'x' 'X' -> int(v) (or index(v) for o x X), then
 *                               jg_pct_format_int;
 *     'e' 'E' 'f' 'F' 'g' 'G' -> float(v), jg_pct_format_float;
 *     otherwise -> jg_pct_unsupported.
 */

/*
 * Parses an optional "(key)" at fmt[*pos] (just after the '%').  With no key,
 * sets *key to NULL and leaves *pos.  With one, sets *key and *keylen to the text
 * between the balanced parentheses (borrowed from 'fmt') and moves *pos past
 * ')'.  Errors: TypeError "format requires a mapping" when '(' appears and
 * not 'have_mapping'; ValueError "incomplete format key".
 */
jg_status jg_pct_parse_key(const char *fmt, size_t len, size_t *pos, bool have_mapping,
                           const char **key, size_t *keylen, jg_numfmt_err *err);

/*
 * Parses flags, width, precision, an ignored h/l/L and the conversion
 * character starting at fmt[*pos]; moves *pos past the conversion.  Calls
 * 'star' (with 'ctx') for each '*', in order.  Errors: ValueError
 * "incomplete format", "width too big", "precision too big"; whatever 'star'
 * returns.
 */
jg_status jg_pct_parse_spec(const char *fmt, size_t len, size_t *pos, jg_pct_star_fn star,
                            void *ctx, jg_pctspec *out, jg_numfmt_err *err);

/* ValueError "unsupported format character 'y' (0x79) at index 1" for 'spec'
 * parsed from 'fmt' (the index counts code points).  Always JG_NUMFMT_RAISE. */
jg_status jg_pct_unsupported(const char *fmt, size_t len, const jg_pctspec *spec,
                             jg_numfmt_err *err);

/* The base the magnitude must be written in for int conversion 'type'
 * (d i u: 10, o: 8, x X: 16), or 0 if 'type' is not an int conversion. */
int jg_pct_int_base(uint32_t type);

/*
 * %d %i %u %o %x %X of an int: 'mag'/'maglen' is |i| in jg_pct_int_base
 * (lowercase), 'negative' its sign.  Applies precision (minimum digits), '#'
 * ("0o", "0x", "0X"), sign flags, width, '-' and '0'.  OverflowError
 * "precision too large" as CPython for a precision near INT_MAX.
 */
jg_status jg_pct_format_int(jg_buf *b, bool negative, const char *mag, size_t maglen,
                            const jg_pctspec *spec, jg_numfmt_err *err);

/* jg_pct_format_int for a value that fits int64_t. */
jg_status jg_pct_format_i64(jg_buf *b, int64_t v, const jg_pctspec *spec, jg_numfmt_err *err);

/* %e %E %f %F %g %G of a double ('spec->type' must be one of those): default
 * precision 6, '#' keeps the point (and for g, trailing zeros). */
jg_status jg_pct_format_float(jg_buf *b, double d, const jg_pctspec *spec);

/*
 * Pads (and for s/r/a truncates to the precision) the already converted
 * text of %s %r %a %c: 'len' bytes of UTF-8 holding 'n_codepoints' code
 * points.
 */
jg_status jg_pct_format_str(jg_buf *b, const char *s, size_t len, size_t n_codepoints,
                            const jg_pctspec *spec);

/* -------------------------------------------------------- float arithmetic */

/*
 * round(x, ndigits): correctly rounded through the decimal string, half to
 * even on exact ties (round(2.675, 2) == 2.67, round(0.5, 0) == 0.0).
 * 'ndigits' may be negative; huge values clip as CPython clips them.
 * JG_NUMFMT_RAISE: OverflowError "rounded value too large to represent".
 */
jg_status jg_float_round(double x, int64_t ndigits, double *out, jg_numfmt_err *err);

/* round(x) before the int conversion: nearest integer, ties to even.  The
 * caller turns the result into an int (inf and nan raise there). */
double jg_float_round_half_even(double x);

/* divmod(a, b), a // b and a % b for floats, with Python's signs (CPython's
 * algorithm, -0.0 included).  'b' must not be 0: the caller raises
 * ZeroDivisionError with the JG_FLOAT_*_ZERO_MSG message. */
void jg_float_divmod(double a, double b, double *floordiv, double *mod);
double jg_float_floordiv(double a, double b);
double jg_float_mod(double a, double b);

#endif
