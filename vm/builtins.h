/*
 * vm/builtins.h - the builtins module: the built-in functions and the names
 * of the built-in types, exceptions and constants.
 *
 * The natives here never run Python code.  When a built-in meets a value
 * whose behaviour is Python code it tail-calls its Python version in
 * vm/lib/_builtins_fns.py (`_sum`, `_max`, `_print`, ...), starting from its
 * original arguments, or - when it has already taken items from an iterator
 * the caller can see - from what that iterator has left, with the items it
 * took but had not finished with.
 */
#ifndef JG_BUILTINS_H
#define JG_BUILTINS_H

#include "vm.h"

/*
 * Fills 'builtins' (the builtins module's dict) with the built-in functions,
 * the built-in types and exception classes under their Python names, and the
 * constants NotImplemented, Ellipsis, __debug__ and __name__.  Runs before
 * the prelude, whose Python fallbacks call some of these natives.
 */
JG_INTERNAL jg_status jg_builtins_init(jg_vm *vm, jg_dict *builtins);
/* callable(v): a type, function, method, or an object whose type has __call__. */
JG_INTERNAL bool jg_is_callable(jg_vm *vm, jg_value v);

/*
 * ascii() of a text: 's' with every non-ASCII code point written as \xhh,
 * \uhhhh or \Uhhhhhhhh, as CPython's ascii() does to repr(x).  FORMAT_VALUE's
 * !a applies it to repr(x) the same way.  *out is 's' itself when 's' is all
 * ASCII; MemoryError is the only failure.
 */
JG_INTERNAL jg_status jg_ascii_of(jg_vm *vm, jg_str *s, jg_str **out);

#endif
