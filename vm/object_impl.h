/*
 * vm/object_impl.h - what object.c shares with the other files of the object
 * layer (class.c, func.c, instance.c, interp.c, builtins.c): interned dunder
 * names, type versioning and attribute binding.
 */
#ifndef JG_OBJECT_IMPL_H
#define JG_OBJECT_IMPL_H

#include "vm.h"

/* Names the VM looks up often, interned once at start-up: jg_sym(vm, JG_SYM___init__). */
#define JG_SYMS(X)                                                                          \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__) X(__lt__) \
    X(__le__) X(__gt__) X(__ge__) X(__bool__) X(__len__) X(__getitem__) X(__setitem__)      \
    X(__delitem__) X(__contains__) X(__iter__) X(__next__) X(__call__) X(__enter__)         \
    X(__exit__) X(__getattr__) X(__getattribute__) X(__setattr__) X(__delattr__)            \
    X(__add__) X(__radd__) X(__iadd__) X(__sub__) X(__rsub__) X(__isub__) X(__mul__)        \
    X(__rmul__) X(__imul__) X(__truediv__) X(__rtruediv__) X(__itruediv__)                  \
    X(__floordiv__) X(__rfloordiv__) X(__ifloordiv__) X(__mod__) X(__rmod__) X(__imod__)    \
    X(__pow__) X(__rpow__) X(__ipow__) X(__lshift__) X(__rlshift__) X(__ilshift__)          \
    X(__rshift__) X(__rrshift__) X(__irshift__) X(__and__) X(__rand__) X(__iand__)          \
    X(__or__) X(__ror__) X(__ior__) X(__xor__) X(__rxor__) X(__ixor__) X(__neg__)           \
    X(__pos__) X(__invert__) X(__abs__) X(__index__) X(__int__) X(__float__) X(__format__)  \
    X(__missing__) X(__reversed__) X(__name__) X(__qualname__) X(__module__) X(__doc__)     \
    X(__classcell__) X(__class__) X(__dict__) X(__main__) X(__builtins__) X(__file__)       \
    X(__round__) X(__matmul__) X(__slots__)

enum {
#define JG_SYM_ENUM(n) JG_SYM_##n,
    JG_SYMS(JG_SYM_ENUM)
#undef JG_SYM_ENUM
    JG_N_SYMS
};

static inline jg_str *jg_sym(jg_vm *vm, int sym)
{
    return (jg_str *)jg_as_obj(vm->s_cache[sym]);
}

JG_INTERNAL jg_status jg_syms_init(jg_vm *vm);
/* Gives 't' and every subclass a new version (their attributes changed). */
JG_INTERNAL void jg_type_modified(jg_vm *vm, jg_type *t);
JG_INTERNAL jg_status jg_type_add_subclass(jg_vm *vm, jg_type *base, jg_type *sub);
/* Binds class attribute 'd' of type 't' for access through 'obj' (methods
 * become bound methods, staticmethod unwraps, classmethod binds the class). */
JG_INTERNAL jg_status jg_bind_attr(jg_vm *vm, jg_value d, jg_value obj, jg_type *t,
                                   jg_value *out);
/* The attribute dict slot of an object that has one (not instances: shapes). */
JG_INTERNAL jg_dict **jg_attrs_slot(jg_vm *vm, jg_value obj);
/* <X object at 0x...>, <class 'X'>, None, ... */
JG_INTERNAL jg_status jg_default_repr(jg_vm *vm, jg_value v, jg_str **out);
/* A prelude function by name, or JG_UNDEF. */
JG_INTERNAL jg_value jg_prelude_get(jg_vm *vm, const char *name);
JG_INTERNAL const char *jg_binop_symbol(int op);
/* How CPython names a callable in call errors: "mod.qualname()" for functions;
 * writes into 'buf' and returns it. */
JG_INTERNAL const char *jg_func_str(jg_vm *vm, jg_value f, char *buf, size_t cap);
/* +a (which 0), -a (1), ~a (2); JG_NEEDS_PY for Python-level __pos__/__neg__/__invert__. */
JG_INTERNAL jg_status jg_unary(jg_vm *vm, int which, jg_value a, jg_value *out);
/* The prelude's private markers: 0 is _NULL ("no argument"), 1 is _STOP. */
static inline jg_value jg_prelude_marker(jg_vm *vm, int which)
{
    return vm->markers[which];
}
/* Recomputes the JG_PS_* bits of user class 'c' and its subclasses. */
JG_INTERNAL void jg_class_update_slots(jg_vm *vm, jg_type *c);

/* int.c: compares two numbers (int, bool, big int, float in any mix) exactly:
 * -1, 0, 1, or 2 when unordered (a NaN). */
JG_INTERNAL int jg_num_compare(jg_vm *vm, jg_value a, jg_value b);

#endif
