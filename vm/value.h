/*
 * vm/value.h - jg_value: every Python value in 64 bits (NaN boxing).
 *
 * A double is stored as itself.  Everything else lives in the quiet-NaN space
 * above 0xFFF9 << 48, which no arithmetic produces (all NaNs the VM creates are
 * canonicalised to JG_NAN_BITS below that range):
 *
 *   0xFFF9 | 48-bit signed integer     small int, -2^47 .. 2^47-1
 *   0xFFFA | 48-bit code               None, False, True, NotImplemented, Ellipsis,
 *                                      and the VM-internal markers (JG_UNDEF, ...)
 *   0xFFFC | 48-bit pointer            a heap object (jg_obj *)
 *
 * So small-int and float arithmetic never allocates, and a value is one
 * register.  Ints outside the small range are jg_bigint objects (vm/int.c);
 * an int value is ALWAYS small when it fits, so equal ints have equal bits
 * exactly when both are small.
 *
 * Invariant: a jg_value with the pointer tag points at a live jg_obj of the
 * same VM.
 */
#ifndef JG_VALUE_H
#define JG_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t jg_value;

#define JG_TAG_INT     0xFFF9ull
#define JG_TAG_SPECIAL 0xFFFAull
#define JG_TAG_OBJ     0xFFFCull
#define JG_BOXED_MIN   (0xFFF9ull << 48)
#define JG_PAYLOAD     0x0000FFFFFFFFFFFFull
#define JG_NAN_BITS    0x7FF8000000000000ull

#define JG_SMALL_MAX ((int64_t)0x00007FFFFFFFFFFF)
#define JG_SMALL_MIN (-JG_SMALL_MAX - 1)

#define JG_MKSPECIAL(n) ((JG_TAG_SPECIAL << 48) | (uint64_t)(n))
#define JG_NONE           JG_MKSPECIAL(0)
#define JG_FALSE          JG_MKSPECIAL(1)
#define JG_TRUE           JG_MKSPECIAL(2)
#define JG_NOTIMPLEMENTED JG_MKSPECIAL(3)
#define JG_ELLIPSIS       JG_MKSPECIAL(4)
/* Internal markers, never visible to Python code. */
#define JG_UNDEF JG_MKSPECIAL(8) /* unbound local, missing argument, empty slot */
#define JG_NULL  JG_MKSPECIAL(9) /* "no value" in C interfaces (e.g. no self) */

static inline bool jg_is_float(jg_value v)
{
    return v < JG_BOXED_MIN;
}
static inline double jg_as_float(jg_value v)
{
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}
static inline jg_value jg_float(double d)
{
    jg_value v;
    if (d != d)
        return JG_NAN_BITS;
    memcpy(&v, &d, sizeof v);
    return v;
}

/* A double computed by arithmetic on non-boxed doubles: any NaN it can be is
 * the processor's default NaN or one propagated from an operand, both below
 * the boxed range, so no canonicalisation is needed. */
static inline jg_value jg_float_arith(double d)
{
    jg_value v;
    memcpy(&v, &d, sizeof v);
    return v;
}

static inline bool jg_is_int(jg_value v) /* small int only; see jg_is_anyint */
{
    return (v >> 48) == JG_TAG_INT;
}
static inline int64_t jg_as_int(jg_value v)
{
    return (int64_t)(v << 16) >> 16;
}
/* 'i' must be within JG_SMALL_MIN..JG_SMALL_MAX. */
static inline jg_value jg_int(int64_t i)
{
    return (JG_TAG_INT << 48) | ((uint64_t)i & JG_PAYLOAD);
}
static inline bool jg_int_fits(int64_t i)
{
    return i >= JG_SMALL_MIN && i <= JG_SMALL_MAX;
}

static inline bool jg_is_obj(jg_value v)
{
    return (v >> 48) == JG_TAG_OBJ;
}
static inline void *jg_as_obj(jg_value v)
{
    return (void *)(uintptr_t)(v & JG_PAYLOAD);
}
static inline jg_value jg_obj_value(const void *o)
{
    return (JG_TAG_OBJ << 48) | (uint64_t)(uintptr_t)o;
}

static inline bool jg_is_special(jg_value v)
{
    return (v >> 48) == JG_TAG_SPECIAL;
}
static inline bool jg_is_bool(jg_value v)
{
    return v == JG_TRUE || v == JG_FALSE;
}
static inline jg_value jg_bool(bool b)
{
    return b ? JG_TRUE : JG_FALSE;
}

#endif
