/*
 * vm/compile.h - what the rest of vm/ needs from the compiler (compile.c,
 * symtable.c) and from the code object type (code.c).
 *
 * jg_compile_module and jg_code_disassemble are declared in code.h, next to
 * the jg_code layout they produce and read.  The bytecode contract the
 * compiler keeps, beyond opcodes.h and code.h:
 *
 *  - A module compiles to a tree of code objects: nested code objects are
 *    constants of their parent.  'index' numbers them in post-order (children
 *    in constant order, then the parent), so the module code has the highest
 *    index and jg_code_by_index() finds any of them again from the module.
 *  - consts[0] of a def or lambda code is its docstring (a str) or None, so
 *    function.__doc__ = consts[0] when that is a str.
 *  - The exception table's entries never overlap and are sorted by start: an
 *    instruction is covered by at most one entry, the innermost handler.  The
 *    handler code of an entry is itself covered by the entry of the enclosing
 *    handler, if any.
 *  - RERAISE n (n > 0) finds the saved lasti n + 1 entries from the top
 *    (CPython 3.11): `RERAISE 1` in except-cleanup code (lasti exc), `RERAISE
 *    2` at the end of a with's exceptional exit (lasti prev exc).
 *  - CALL_EX's argument tuple may be any iterable when the call site is
 *    `f(*x)` or `f(*x, **k)` with a single starred argument (CPython 3.11
 *    passes it unchanged): the interpreter converts it with tuple(), raising
 *    "f() argument after * must be an iterable, not T".
 *  - CALL, CALL_METHOD and CALL_KW count every argument, keyword values
 *    included; `obj.m(...)` uses LOAD_METHOD/CALL_METHOD only with positional
 *    arguments and when obj is not a module the module imports (CPython's
 *    is_import_originated), else LOAD_ATTR and CALL/CALL_KW.
 *  - IMPORT_NAME always names a top-level module: dotted module names are
 *    refused at compile time.  `from m import a` is IMPORT_NAME m, then
 *    IMPORT_FROM a / store for each name, then POP_TOP.
 *  - A generator's code has JG_CO_GENERATOR and starts with the stack empty.
 *  - Zero-argument super() finds its class in the free variable named
 *    `__class__` (slot_names) and its object in slot 0 (or, when a nested
 *    function captures the first parameter, in the cell cell_from_arg makes).
 */
#ifndef JG_COMPILE_H
#define JG_COMPILE_H

#include "code.h"
#include "opcodes.h"

/* The hooks of the `code` type: trace marks consts, names, slot names, name,
 * qualname, filename and source; finalize frees the malloc'd arrays. */
JG_INTERNAL extern const jg_type_hooks jg_code_hooks;

/* The code object numbered 'index' in the tree under 'module' (its own index
 * or a nested one), or NULL when there is none. */
JG_INTERNAL const jg_code *jg_code_by_index(const jg_code *module, uint32_t index);

/* Stack effect of 'op' with argument 'arg'; 'jump' selects the effect when the
 * instruction jumps (or, for SEND/FOR_ITER, takes its exit branch). */
JG_INTERNAL int jg_opcode_stack_effect(int op, uint32_t arg, bool jump);

/* Whether 'op' uses its argument (the disassembler prints it). */
JG_INTERNAL bool jg_opcode_has_arg(int op);

/* Whether 'op' is a jump: its argument is an instruction index. */
JG_INTERNAL bool jg_opcode_is_jump(int op);
/* Whether 'op' never runs Python code nor switches tasklets (code.c). */
JG_INTERNAL bool jg_opcode_never_suspends(int op);

#endif
