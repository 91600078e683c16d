/*
 * vm/class.h - user classes and the attributes of type objects.
 */
#ifndef JG_CLASS_H
#define JG_CLASS_H

#include "vm.h"

/* Creates a class from a class body's namespace 'ns' (copied). */
JG_INTERNAL jg_status jg_class_new(jg_vm *vm, jg_str *name, jg_tuple *bases, jg_dict *ns,
                                   jg_value *out);
/* A new, empty instance of class 't' (object.__new__'s work). */
JG_INTERNAL jg_status jg_class_alloc(jg_vm *vm, jg_type *t, jg_value *out);
/* Exposes t's hooks as __repr__, __getitem__, __eq__, ... natives. */
JG_INTERNAL jg_status jg_class_add_slot_wrappers(jg_vm *vm, jg_type *t);
JG_INTERNAL jg_status jg_class_init_types(jg_vm *vm);

#endif
