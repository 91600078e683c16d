/*
 * vm/bool.c - the bool type: True and False, a subclass of int.
 *
 * Bools are inline specials (JG_TRUE, JG_FALSE) that every int operation
 * accepts as 1 and 0, so bool shares int's hooks (vm/int.c prints them as
 * True and False).  What bool adds is its constructor and its own & | ^,
 * which give a bool when both operands are bools (True & False is False)
 * and fall back to int's operators otherwise.
 *
 * Invariant: there are exactly two bool values and no bool objects.
 */
#include "int.h"

#include "ast.h"

#define NATIVE(name)                                                                               \
    static jg_status name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames, jg_value *out)

NATIVE(bool_new)
{
    jg_status st = jg_args_count(vm, "bool", nargs - 1, kwnames, 0, 1);
    if (st != JG_OK) return st;
    if (nargs < 2) {
        *out = JG_FALSE;
        return JG_OK;
    }
    bool b;
    st = jg_truth(vm, args[1], &b);
    if (st == JG_NEEDS_PY) return jg_tailcall_prelude(vm, "_bool_new", &args[1], 1, NULL);
    if (st != JG_OK) return st;
    *out = jg_bool(b);
    return JG_OK;
}

NATIVE(bool_repr)
{
    jg_status st = jg_args_count(vm, "__repr__", nargs - 1, kwnames, 0, 0);
    if (st != JG_OK) return st;
    if (!jg_is_bool(args[0]))
        return jg_raise(vm, vm->t.TypeError,
                        "descriptor '__repr__' for 'bool' objects doesn't apply to a '%s' object",
                        jg_type_name(vm, args[0]));
    jg_str *s;
    if ((st = jg_int_str(vm, args[0], &s)) != JG_OK) return st;
    *out = jg_str_value(s);
    return JG_OK;
}

/* bool.__and__ and friends: a bool for two bools, else int's result. */
static jg_status bool_bitop(jg_vm *vm, const char *name, int op, bool reflected, jg_value *args,
                            int nargs, jg_tuple *kwnames, jg_value *out)
{
    jg_status st = jg_args_count(vm, name, nargs - 1, kwnames, 1, 1);
    if (st != JG_OK) return st;
    if (!jg_is_anyint(vm, args[0]))
        return jg_raise(vm, vm->t.TypeError,
                        "descriptor '%s' for 'int' objects doesn't apply to a '%s' object", name,
                        jg_type_name(vm, args[0]));
    if (!jg_is_anyint(vm, args[1])) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    return reflected ? jg_int_binop(vm, op, args[1], args[0], out)
                     : jg_int_binop(vm, op, args[0], args[1], out);
}

#define BOOL_BITOP(fname, pyname, op, refl)                                                        \
    NATIVE(fname)                                                                                  \
    {                                                                                              \
        return bool_bitop(vm, pyname, op, refl, args, nargs, kwnames, out);                        \
    }
BOOL_BITOP(bool_and, "__and__", JG_OP_BITAND, false)
BOOL_BITOP(bool_rand, "__rand__", JG_OP_BITAND, true)
BOOL_BITOP(bool_or, "__or__", JG_OP_BITOR, false)
BOOL_BITOP(bool_ror, "__ror__", JG_OP_BITOR, true)
BOOL_BITOP(bool_xor, "__xor__", JG_OP_BITXOR, false)
BOOL_BITOP(bool_rxor, "__rxor__", JG_OP_BITXOR, true)

jg_status jg_bool_init(jg_vm *vm)
{
    static const struct {
        const char *name;
        jg_native_fn fn;
        uint32_t flags;
    } methods[] = {
        {"__new__", bool_new, JG_NF_STATIC},
        {"__repr__", bool_repr, 0},
        {"__and__", bool_and, 0},
        {"__rand__", bool_rand, 0},
        {"__or__", bool_or, 0},
        {"__ror__", bool_ror, 0},
        {"__xor__", bool_xor, 0},
        {"__rxor__", bool_rxor, 0},
    };
    vm->t.bool_->hooks = &jg_int_hooks;
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        jg_status st =
            jg_type_add_method(vm, vm->t.bool_, methods[i].name, methods[i].fn, methods[i].flags);
        if (st != JG_OK) return st;
    }
    return JG_OK;
}
