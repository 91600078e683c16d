/*
 * vm/exc.h - exception objects and tracebacks (the raise API is in vm.h).
 */
#ifndef JG_EXC_H
#define JG_EXC_H

#include "vm.h"

/* A new exception of 'type' with empty args, or NULL when out of memory. */
JG_INTERNAL jg_exc *jg_exc_alloc(jg_vm *vm, jg_type *type);
/* Recomputes StopIteration.value / SystemExit.code from args. */
JG_INTERNAL void jg_exc_set_derived(jg_vm *vm, jg_exc *e);
/* Appends a traceback entry for the frame the exception is passing through,
 * which is running 'code' at instruction 'instr' (the one that raised, or the
 * call the exception came out of): its line and the columns of its caret line
 * come from the code's position table.  JG_ERR_NOMEM loses the entry only. */
JG_INTERNAL jg_status jg_exc_add_tb_at(jg_vm *vm, jg_exc *e, jg_code *code, uint32_t instr);
/* The instruction traceback entry 'i' (< e->n_tb) was added at, UINT32_MAX
 * when not known: with its code, what jg_exc_add_tb_at needs to rebuild the
 * entry exactly (pickles). */
JG_INTERNAL uint32_t jg_exc_tb_instr(const jg_exc *e, uint32_t i);
/* Sets ImportError.name and .path of the exception being raised (the module
 * that was wanted, the file it came from or None). */
JG_INTERNAL void jg_exc_set_import_info(jg_vm *vm, jg_str *name, jg_value path);
/* Makes instance 'exc' the propagating exception, chaining __context__. */
JG_INTERNAL jg_status jg_raise_set(jg_vm *vm, jg_value exc);
/* NameError for 'name', remembering where it was looked up (for "Did you mean"). */
JG_INTERNAL jg_status jg_raise_name_error(jg_vm *vm, jg_str *name, jg_code *code,
                                          jg_dict *globals);
/* AttributeError with a printf message, remembering 'obj' and 'name'. */
JG_INTERNAL jg_status jg_raise_attr_error(jg_vm *vm, jg_value obj, jg_str *name,
                                          const char *fmt, ...) JG_PRINTF(4, 5);
/* str(e) for exceptions whose __str__ is not Python code. */
JG_INTERNAL jg_status jg_exc_str(jg_vm *vm, jg_value self, jg_str **out);
JG_INTERNAL const jg_type_hooks *jg_exc_hooks(void);
JG_INTERNAL jg_status jg_exc_init_types(jg_vm *vm);
/* exc.__traceback__: a traceback object, or None. */
JG_INTERNAL jg_value jg_exc_traceback(jg_vm *vm, jg_value exc);
/* Writes "Type: msg" (CPython's qualified name rules) into 'out'. */
JG_INTERNAL jg_status jg_exc_format_last_line(jg_vm *vm, jg_value exc, jg_str *msg, char *out,
                                              size_t cap);
/* Writes the traceback of 'exc' and its chain to the error stream; 'str_of'
 * gives str(exception) (it may run Python code: called outside the loop).
 * The last line printed is left in 'last'. */
JG_INTERNAL void jg_exc_print(jg_vm *vm, jg_value exc, jg_str *(*str_of)(jg_vm *, jg_value),
                              char *last, size_t lastcap);

#endif
