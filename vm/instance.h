/*
 * vm/instance.h - instances of user classes: attributes in slots described by
 * a shared shape (hidden class), so inline caches find them by (shape id, index).
 */
#ifndef JG_INSTANCE_H
#define JG_INSTANCE_H

#include "vm.h"

/* A new instance of user class 't' with no attributes. */
JG_INTERNAL jg_instance *jg_instance_new(jg_vm *vm, jg_type *t);
/* The attribute or JG_UNDEF. */
JG_INTERNAL jg_value jg_instance_get(jg_instance *inst, jg_str *name);
JG_INTERNAL jg_status jg_instance_set(jg_vm *vm, jg_instance *inst, jg_str *name, jg_value v);
/* false when there was no such attribute */
JG_INTERNAL bool jg_instance_del(jg_vm *vm, jg_instance *inst, jg_str *name);
/* Slot index of 'name' in 'shape', or -1. */
JG_INTERNAL int jg_shape_find(const jg_shape *shape, const jg_str *name);
/* The instance's attributes as a new dict (vars(), __dict__). */
JG_INTERNAL jg_status jg_instance_dict(jg_vm *vm, jg_instance *inst, jg_dict **out);
JG_INTERNAL jg_status jg_instance_init_types(jg_vm *vm);
/* Hooks (trace, finalize) of user-class instances. */
JG_INTERNAL const jg_type_hooks *jg_instance_hooks(void);

#endif
