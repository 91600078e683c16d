/*
 * vm/vm_init.c - gives every built-in type its behaviour at VM start, in
 * dependency order: the object model first (types, functions, classes), then
 * the value types, then the rest.
 */
#include "vm_init.h"

#include "class.h"
#include "compile.h"
#include "dict.h"
#include "exc.h"
#include "float.h"
#include "func.h"
#include "instance.h"
#include "int.h"
#include "interp.h"
#include "iter.h"
#include "list.h"
#include "module.h"
#include "range.h"
#include "set.h"
#include "str.h"
#include "tuple.h"

typedef jg_status (*init_fn)(jg_vm *vm);

static jg_status code_init(jg_vm *vm)
{
    vm->t.code->hooks = &jg_code_hooks;
    return JG_OK;
}

static const init_fn inits[] = {
    jg_class_init_types, jg_func_init_types, jg_instance_init_types, jg_exc_init_types,
    jg_gen_init_types,   jg_module_init_types, code_init,           jg_str_init,
    jg_bytes_init,       jg_int_init,          jg_float_init,       jg_bool_init,
    jg_tuple_init,       jg_list_init,         jg_dict_init,        jg_set_init,
    jg_range_init,       jg_iter_init,
};

jg_status jg_vm_init_types(jg_vm *vm)
{
    for (size_t i = 0; i < sizeof inits / sizeof inits[0]; i++) {
        jg_status st = inits[i](vm);
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}
