/*
 * vm/strformat.h - the three ways Python turns values into text by a
 * template: `fmt % args` (str and bytes), str.format / str.format_map, and
 * format(value, spec) (the builtin, f-strings' FORMAT_VALUE and str.format's
 * fields).
 *
 * Every function here runs no Python code.  When a value's behaviour is
 * Python code (a user __format__, __str__, __repr__, __getitem__, __index__,
 * a property in "{0.attr}"), it returns JG_NEEDS_PY having changed nothing;
 * the natives below then tail-call their Python versions in
 * vm/lib/_builtins_str.py (_str_mod, _str_vformat), which do the same
 * formatting with those calls made at Python level.
 */
#ifndef JG_STRFORMAT_H
#define JG_STRFORMAT_H

#include "vm.h"
#include "buf.h"

/*
 * format(v, spec): the text of 'v' formatted by the format mini-language
 * 'spec' (NULL means "").  Handles str, int (small and big), bool, float and
 * their subclasses without a Python __format__, and object.__format__ for the
 * rest (empty spec: str(v); otherwise TypeError "unsupported format string
 * passed to T.__format__").  JG_NEEDS_PY when v's __format__ (or, for an empty
 * spec, __str__) is Python code.
 */
JG_INTERNAL jg_status jg_format_value(jg_vm *vm, jg_value v, jg_str *spec, jg_str **out);

/* As jg_format_value with 'spec' as 'len' bytes of UTF-8, appending to 'b'. */
JG_INTERNAL jg_status jg_format_value_buf(jg_vm *vm, jg_buf *b, jg_value v, const char *spec,
                                          size_t len);

/* fmt % args for a str 'fmt': CPython's PyUnicode_Format. */
JG_INTERNAL jg_status jg_str_percent(jg_vm *vm, jg_value fmt, jg_value args, jg_value *out);
/* fmt % args for a bytes 'fmt' (%s %b %r %a %c %d %i %u %o %x %X %e %f %g %%). */
JG_INTERNAL jg_status jg_bytes_percent(jg_vm *vm, jg_value fmt, jg_value args, jg_value *out);

/* str methods that live here (str.c registers them):
 * format(*args, **kwargs), format_map(mapping), __format__(spec), __mod__(args). */
JG_INTERNAL jg_status jg_str_format_native(jg_vm *vm, jg_value *args, int nargs,
                                           jg_tuple *kwnames, jg_value *out);
JG_INTERNAL jg_status jg_str_format_map_native(jg_vm *vm, jg_value *args, int nargs,
                                               jg_tuple *kwnames, jg_value *out);
JG_INTERNAL jg_status jg_str_dunder_format_native(jg_vm *vm, jg_value *args, int nargs,
                                                  jg_tuple *kwnames, jg_value *out);
JG_INTERNAL jg_status jg_str_mod_native(jg_vm *vm, jg_value *args, int nargs,
                                        jg_tuple *kwnames, jg_value *out);

#endif
