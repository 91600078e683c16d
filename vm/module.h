/*
 * vm/module.h - modules, import, and compiling source into module code.
 */
#ifndef JG_MODULE_H
#define JG_MODULE_H

#include "vm.h"

JG_INTERNAL jg_module *jg_module_new(jg_vm *vm, jg_str *name, jg_str *path);
/* Parses and compiles 'src'; JG_ERR_SYNTAX with 'err' filled on refusal. */
JG_INTERNAL jg_status jg_compile_source(jg_vm *vm, const char *filename, const char *src,
                                        size_t len, jg_code **out, jg_err *err);
/* Raises the SyntaxError/IndentationError/TabError that 'err' describes. */
JG_INTERNAL jg_status jg_raise_syntax_error(jg_vm *vm, const jg_err *err);
/*
 * Starts `import name`.  *out is the module.  When *body is not NULL the
 * module is new and the caller must run *body with the module's dict as its
 * namespace (the interpreter pushes it as a frame).
 */
JG_INTERNAL jg_status jg_import_begin(jg_vm *vm, jg_str *name, jg_module **out, jg_code **body);
JG_INTERNAL void jg_import_done(jg_vm *vm, jg_module *m);
/* `import name` from C, running the module's body when it is new: only where
 * no Python code is running (start-up, a host's calls). */
JG_INTERNAL jg_status jg_import_from_c(jg_vm *vm, const char *name, jg_module **out);
/* True when `import name` makes the module from native code alone, with no
 * Python body to run (so C code, e.g. pickle.loads, may import it). */
JG_INTERNAL bool jg_module_is_native_only(const char *name);
JG_INTERNAL jg_status jg_import_star(jg_vm *vm, jg_value mod, jg_dict *into);
/* Keeps 'c' and its nested code out of tracebacks (prelude code). */
JG_INTERNAL void jg_code_mark_hidden(jg_code *c);
JG_INTERNAL jg_status jg_module_init_types(jg_vm *vm);
/* malloc'd contents of a file, or NULL (errno set). */
JG_INTERNAL char *jg_read_file(const char *path, size_t *len);

/* Native modules (mod_*.c). */
JG_INTERNAL jg_status jg_mod_sys_init(jg_vm *vm, jg_module *m);
JG_INTERNAL jg_status jg_mod_time_init(jg_vm *vm, jg_module *m);
JG_INTERNAL jg_status jg_mod_math_init(jg_vm *vm, jg_module *m);
JG_INTERNAL jg_status jg_mod_random_init(jg_vm *vm, jg_module *m);
JG_INTERNAL jg_status jg_mod_jg_init(jg_vm *vm, jg_module *m);

#endif
