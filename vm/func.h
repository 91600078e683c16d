/*
 * vm/func.h - functions, cells, bound methods, descriptors and super.
 */
#ifndef JG_FUNC_H
#define JG_FUNC_H

#include "vm.h"

JG_INTERNAL jg_cell *jg_cell_new(jg_vm *vm, jg_value v);
/* A bound method of 'func' (any callable) on 'self'. */
JG_INTERNAL jg_status jg_method_new(jg_vm *vm, jg_value func, jg_value self, jg_value *out);
/* __name__/__qualname__/__doc__/__module__/__dict__ of functions and methods;
 * JG_NEEDS_PY when 'name' is none of them. */
JG_INTERNAL jg_status jg_func_special_attr(jg_vm *vm, jg_value obj, jg_str *name, jg_value *out);
JG_INTERNAL jg_status jg_super_new(jg_vm *vm, jg_type *type, jg_value obj, jg_value *out);
JG_INTERNAL jg_status jg_super_getattr(jg_vm *vm, jg_super *s, jg_str *name, jg_value *out);
JG_INTERNAL jg_status jg_func_init_types(jg_vm *vm);

#endif
