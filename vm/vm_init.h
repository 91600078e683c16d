/*
 * vm/vm_init.h - the start-up steps vm.c runs, gathered in vm_init.c: every
 * type file's init function, called once per VM in dependency order.
 */
#ifndef JG_VM_INIT_H
#define JG_VM_INIT_H

#include "vm.h"

JG_INTERNAL jg_status jg_vm_init_types(jg_vm *vm);
/* str(exc) for printing a traceback outside the loop. */
JG_INTERNAL jg_str *jg_exc_str_simple(jg_vm *vm, jg_value exc);

#endif
