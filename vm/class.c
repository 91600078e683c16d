/*
 * vm/class.c - user classes: creating them from a class body's namespace,
 * the attributes of type objects, the JG_PS_* summary of which protocols a
 * class implements in Python, and the slot wrappers that expose built-in
 * behaviour as dunder methods (so `super().__setitem__(k, v)` and
 * `object.__repr__(self)` work).
 *
 * Invariant: a user class has exactly one base (LANGUAGE.md: single
 * inheritance), and its instances have the layout of its nearest built-in
 * ancestor (JG_K_INSTANCE for plain classes).
 */
#include "class.h"

#include <string.h>

#include "exc.h"
#include "func.h"
#include "instance.h"
#include "interp.h"
#include "object_impl.h"

/* The type named in an "argument ... must be X, not Y" message: CPython's
 * _PyArg_BadArgument says "None" for None, not "NoneType". */
static inline const char *arg_type_name(jg_vm *vm, jg_value v)
{
    return v == JG_NONE ? "None" : jg_type_name(vm, v);
}

/* ---------------------------------------------------------------- py_slots */

static const struct {
    int sym;
    uint32_t bit;
} slot_bits[] = {
    {JG_SYM___getattr__, JG_PS_GETATTR},   {JG_SYM___getattribute__, JG_PS_GETATTRIBUTE},
    {JG_SYM___setattr__, JG_PS_SETATTR},   {JG_SYM___delattr__, JG_PS_SETATTR},
    {JG_SYM___eq__, JG_PS_EQ},             {JG_SYM___ne__, JG_PS_EQ},
    {JG_SYM___hash__, JG_PS_HASH},         {JG_SYM___lt__, JG_PS_ORDER},
    {JG_SYM___le__, JG_PS_ORDER},          {JG_SYM___gt__, JG_PS_ORDER},
    {JG_SYM___ge__, JG_PS_ORDER},          {JG_SYM___bool__, JG_PS_BOOL},
    {JG_SYM___len__, JG_PS_BOOL},          {JG_SYM___repr__, JG_PS_REPR},
    {JG_SYM___str__, JG_PS_REPR},          {JG_SYM___format__, JG_PS_REPR},
    {JG_SYM___iter__, JG_PS_ITER},         {JG_SYM___next__, JG_PS_ITER},
    {JG_SYM___getitem__, JG_PS_ITEM},      {JG_SYM___setitem__, JG_PS_ITEM},
    {JG_SYM___delitem__, JG_PS_ITEM},      {JG_SYM___contains__, JG_PS_ITEM},
    {JG_SYM___len__, JG_PS_ITEM},          {JG_SYM___missing__, JG_PS_ITEM},
    {JG_SYM___reversed__, JG_PS_ITER},     {JG_SYM___call__, JG_PS_CALL},
    {JG_SYM___init__, JG_PS_INIT},         {JG_SYM___new__, JG_PS_INIT},
};

static bool is_number_dunder(const char *n)
{
    static const char *const names[] = {
        "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and",
        "or", "xor", "neg", "pos", "invert", "abs", "index", "int", "float", "round", "matmul",
        "divmod", "rdivmod"};
    size_t len = strlen(n);
    if (len < 5 || n[0] != '_' || n[1] != '_' || n[len - 1] != '_' || n[len - 2] != '_')
        return false;
    const char *core = n + 2;
    size_t clen = len - 4;
    if (clen > 1 && (core[0] == 'r' || core[0] == 'i')) {
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (strlen(names[i]) == clen - 1 && memcmp(core + 1, names[i], clen - 1) == 0)
                return true;
    }
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i]) == clen && memcmp(core, names[i], clen) == 0)
            return true;
    return false;
}

/* Python-level means anything but a built-in function or slot wrapper. */
static bool is_python_level(jg_vm *vm, jg_value v)
{
    return !(jg_is_obj(v) && jg_obj_of(v)->type == vm->t.builtin_function);
}

void jg_class_update_slots(jg_vm *vm, jg_type *c)
{
    if (!(c->flags & JG_TF_USER))
        return;
    uint32_t bits = 0;
    for (jg_type *t = c; t && (t->flags & JG_TF_USER); t = t->base) {
        for (size_t i = 0; i < sizeof slot_bits / sizeof slot_bits[0]; i++) {
            jg_value v = jg_dict_get_str(t->dict, jg_sym(vm, slot_bits[i].sym));
            if (v != JG_UNDEF && is_python_level(vm, v))
                bits |= slot_bits[i].bit;
        }
        jg_dict *d = t->dict;
        for (uint32_t i = 0; i < d->n_entries; i++) {
            jg_dict_entry *e = &d->entries[i];
            if (e->key == JG_UNDEF || !jg_is_kind(e->key, JG_K_STR))
                continue;
            const char *name = JG_AS(jg_str, e->key)->data;
            if (is_number_dunder(name) && is_python_level(vm, e->value))
                bits |= JG_PS_NUMBER;
            if (jg_is_obj(e->value) && jg_obj_of(e->value)->type == vm->t.property)
                bits |= JG_PS_DESCR;
        }
        /* __eq__ without __hash__ makes instances unhashable (CPython). */
    }
    c->py_slots = bits;
    for (uint32_t i = 0; i < c->n_subclasses; i++)
        jg_class_update_slots(vm, c->subclasses[i]);
}

/* ---------------------------------------------------------------- creation */

jg_status jg_class_new(jg_vm *vm, jg_str *name, jg_tuple *bases, jg_dict *ns, jg_value *out)
{
    jg_type *base = vm->t.object;
    if (bases && bases->len > 1)
        return jg_raise(vm, vm->t.TypeError, "multiple inheritance is not supported by jumpgate");
    if (bases && bases->len == 1) {
        jg_value b = bases->items[0];
        if (jg_typeof(vm, b) != vm->t.type)
            return jg_raise(vm, vm->t.TypeError,
                            "metaclasses are not supported by jumpgate (a base is not a class)");
        base = (jg_type *)jg_as_obj(b);
        if (!(base->flags & JG_TF_BASETYPE))
            return jg_raise(vm, vm->t.TypeError, "type '%s' is not an acceptable base type",
                            base->name->data);
        /* A float is always an inline value, with no room for a class: refused
         * rather than letting instances silently become plain floats. */
        if (base->kind == JG_K_FLOAT)
            return jg_raise(vm, vm->t.TypeError,
                            "subclassing '%s' is not supported by jumpgate", base->name->data);
    }
    jg_type *c = jg_gc_alloc(vm, vm->t.type, sizeof(jg_type));
    if (!c)
        return jg_raise_nomem(vm);
    c->name = name->is_interned ? name : jg_str_intern(vm, name->data, name->len);
    c->base = base;
    c->dict = jg_dict_new(vm);
    if (!c->dict)
        return jg_raise_nomem(vm);
    c->kind = base->kind == JG_K_OBJECT ? JG_K_INSTANCE : base->kind;
    c->hooks = c->kind == JG_K_INSTANCE && base->kind == JG_K_OBJECT ? jg_instance_hooks()
                                                                     : base->hooks;
    c->flags = JG_TF_USER | JG_TF_BASETYPE | JG_TF_HAS_ATTRS;
    c->version = ++vm->next_type_version;
    jg_value classcell = JG_UNDEF;
    for (uint32_t i = 0; i < ns->n_entries; i++) {
        jg_dict_entry *e = &ns->entries[i];
        if (e->key == JG_UNDEF)
            continue;
        jg_value v = e->value;
        if (jg_is_kind(e->key, JG_K_STR)) {
            jg_str *k = JG_AS(jg_str, e->key);
            if (k == jg_sym(vm, JG_SYM___classcell__)) {
                classcell = v;
                continue;
            }
            if (k == jg_sym(vm, JG_SYM___slots__))
                continue; /* LANGUAGE.md: __slots__ may be ignored */
            if (k == jg_sym(vm, JG_SYM___module__) && jg_is_kind(v, JG_K_STR))
                c->module = JG_AS(jg_str, v);
            /* __new__ is an implicit staticmethod. */
            if (k == jg_sym(vm, JG_SYM___new__) && jg_is_kind(v, JG_K_FUNC)) {
                jg_wrapper *w = jg_gc_alloc(vm, vm->t.staticmethod, sizeof(jg_wrapper));
                if (!w)
                    return jg_raise_nomem(vm);
                w->fget = v;
                w->fset = w->fdel = w->doc = JG_NONE;
                v = jg_obj_value(w);
            }
        }
        jg_status st = jg_dict_set(vm, c->dict, e->key, v);
        if (st != JG_OK)
            return st;
    }
    if (!c->module)
        c->module = jg_str_intern_cstr(vm, "__main__");
    if (classcell != JG_UNDEF && jg_is_kind(classcell, JG_K_CELL))
        JG_AS(jg_cell, classcell)->ref = jg_obj_value(c);
    jg_status st = jg_type_add_subclass(vm, base, c);
    if (st != JG_OK)
        return st;
    jg_class_update_slots(vm, c);
    /* A class that defines __eq__ but not __hash__ gets __hash__ = None. */
    if (jg_dict_get_str(c->dict, jg_sym(vm, JG_SYM___eq__)) != JG_UNDEF &&
        jg_dict_get_str(c->dict, jg_sym(vm, JG_SYM___hash__)) == JG_UNDEF) {
        st = jg_dict_set_str(vm, c->dict, jg_sym(vm, JG_SYM___hash__), JG_NONE);
        if (st != JG_OK)
            return st;
        c->py_slots |= JG_PS_HASH;
    }
    /* Lookups made while the class was filled in (jg_class_update_slots)
     * are cached under the version they saw: a new one retires them. */
    jg_type_modified(vm, c);
    *out = jg_obj_value(c);
    return JG_OK;
}

/* ---------------------------------------------------------------- instances */

jg_status jg_class_alloc(jg_vm *vm, jg_type *t, jg_value *out)
{
    if (t->kind == JG_K_INSTANCE) {
        jg_instance *inst = jg_instance_new(vm, t);
        if (!inst)
            return jg_raise_nomem(vm);
        *out = jg_obj_value(inst);
        return JG_OK;
    }
    if (t->kind == JG_K_OBJECT) {
        jg_obj *o = jg_gc_alloc(vm, t, sizeof(jg_obj));
        if (!o)
            return jg_raise_nomem(vm);
        *out = jg_obj_value(o);
        return JG_OK;
    }
    return jg_raise(vm, vm->t.TypeError, "cannot create '%s' instances", t->name->data);
}

/* NoneType() is None, as type(NotImplemented)() and type(...)() are their singletons. */
static jg_status singleton_new(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_type *t = (jg_type *)jg_as_obj(args[0]);
    if (nargs > 1)
        return jg_raise(vm, vm->t.TypeError, "%s takes no arguments", t->name->data);
    *out = t == vm->t.NoneType ? JG_NONE : t == vm->t.NotImplementedType ? JG_NOTIMPLEMENTED
                                                                          : JG_ELLIPSIS;
    return JG_OK;
}

/* object.__new__(cls, *args) */
static jg_status object_new(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    if (nargs < 1 || jg_typeof(vm, args[0]) != vm->t.type)
        return jg_raise(vm, vm->t.TypeError, "object.__new__(X): X is not a type object");
    jg_type *t = (jg_type *)jg_as_obj(args[0]);
    if ((nargs > 1 || (kw && kw->len)) &&
        jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___init__)) ==
            jg_dict_get_str(vm->t.object->dict, jg_sym(vm, JG_SYM___init__)))
        return jg_raise(vm, vm->t.TypeError, "%s() takes no arguments", t->name->data);
    return jg_class_alloc(vm, t, out);
}

static jg_status object_init(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_type *t = jg_typeof(vm, args[0]);
    if ((nargs > 1 || (kw && kw->len)) &&
        jg_type_lookup(vm, t, jg_sym(vm, JG_SYM___new__)) ==
            jg_dict_get_str(vm->t.object->dict, jg_sym(vm, JG_SYM___new__)))
        return jg_raise(vm, vm->t.TypeError,
                        "object.__init__() takes exactly one argument (the instance to initialize)");
    *out = JG_NONE;
    return JG_OK;
}

static jg_status object_repr(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_str *s;
    jg_status st = jg_default_repr(vm, args[0], &s);
    if (st == JG_OK)
        *out = jg_obj_value(s);
    return st;
}

static jg_status object_str(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_str *s;
    jg_status st = jg_repr(vm, args[0], &s);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_repr", args, 1, NULL);
    if (st == JG_OK)
        *out = jg_obj_value(s);
    return st;
}

static jg_status object_eq(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    *out = args[0] == args[1] ? JG_TRUE : JG_NOTIMPLEMENTED;
    return JG_OK;
}

static jg_status object_ne(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    /* object.__ne__ inverts __eq__; the prelude does that at Python level. */
    return jg_tailcall_prelude(vm, "_object_ne", args, 2, NULL);
}

static jg_status object_hash(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    uint64_t a = (uint64_t)(uintptr_t)jg_as_obj(args[0]);
    *out = jg_int_from_i64(vm, (int64_t)(((a >> 4) | (a << 60)) & 0x7FFFFFFFFFFFFFull));
    return JG_OK;
}

static jg_status object_setattr(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                jg_value *out)
{
    jg_status st = jg_args_count(vm, "__setattr__", nargs - 1, kw, 2, 2);
    if (st != JG_OK)
        return st;
    if (!jg_is_kind(args[1], JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "attribute name must be string, not '%s'",
                        jg_type_name(vm, args[1]));
    jg_str *name = JG_AS(jg_str, args[1]);
    jg_type *t = jg_typeof(vm, args[0]);
    *out = JG_NONE;
    /* Store directly, bypassing a Python __setattr__ (that is the point). */
    if (t->kind == JG_K_INSTANCE) {
        jg_value d = jg_type_lookup(vm, t, name);
        if (d != JG_UNDEF && jg_is_obj(d) && jg_obj_of(d)->type == vm->t.property)
            return jg_tailcall_prelude(vm, "_property_set", (jg_value[]){d, args[0], args[2]}, 3,
                                       NULL);
        return jg_instance_set(vm, JG_AS(jg_instance, args[0]), name, args[2]);
    }
    return jg_setattr(vm, args[0], name, args[2]);
}

static jg_status object_delattr(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                jg_value *out)
{
    jg_status st = jg_args_count(vm, "__delattr__", nargs - 1, kw, 1, 1);
    if (st != JG_OK)
        return st;
    if (!jg_is_kind(args[1], JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "attribute name must be string");
    *out = JG_NONE;
    jg_type *t = jg_typeof(vm, args[0]);
    jg_str *name = JG_AS(jg_str, args[1]);
    if (t->kind == JG_K_INSTANCE) {
        if (!jg_instance_del(vm, JG_AS(jg_instance, args[0]), name))
            return jg_raise(vm, vm->t.AttributeError, "'%s' object has no attribute '%s'",
                            t->name->data, name->data);
        return JG_OK;
    }
    return jg_delattr(vm, args[0], name);
}

/* object.__getattribute__(self, name): the generic lookup, which the prelude
 * uses for classes that define __getattr__. */
static jg_status object_getattribute(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                     jg_value *out)
{
    jg_status st = jg_args_count(vm, "__getattribute__", nargs - 1, kw, 1, 1);
    if (st != JG_OK)
        return st;
    if (!jg_is_kind(args[1], JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "attribute name must be string, not '%s'",
                        jg_type_name(vm, args[1]));
    return jg_tailcall_prelude(vm, "_generic_getattr", args, 2, NULL);
}

static jg_status object_format(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "__format__", nargs - 1, kw, 1, 1);
    if (st != JG_OK)
        return st;
    if (!jg_is_kind(args[1], JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "format_spec must be a str, not %s",
                        jg_type_name(vm, args[1]));
    if (JG_AS(jg_str, args[1])->len)
        return jg_raise(vm, vm->t.TypeError, "unsupported format string passed to %s.__format__",
                        jg_type_name(vm, args[0]));
    return jg_tailcall_prelude(vm, "_str", args, 1, NULL);
}

/* ---------------------------------------------------------------- type attributes */

static jg_type *as_type(jg_value v)
{
    return (jg_type *)jg_as_obj(v);
}

static jg_status type_name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    *out = jg_obj_value(as_type(args[0])->name);
    return JG_OK;
}

/* __qualname__: what the compiler stored in the class namespace, else the name. */
static jg_status type_qualname(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_type *t = as_type(args[0]);
    jg_value q = t->dict ? jg_dict_get_str(t->dict, jg_sym(vm, JG_SYM___qualname__)) : JG_UNDEF;
    *out = q != JG_UNDEF && jg_is_kind(q, JG_K_STR) ? q : jg_obj_value(t->name);
    return JG_OK;
}

static jg_status type_module(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_str *m = as_type(args[0])->module;
    *out = m ? jg_obj_value(m) : JG_NONE;
    return JG_OK;
}

static jg_status type_base(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_type *b = as_type(args[0])->base;
    *out = b ? jg_obj_value(b) : JG_NONE;
    return JG_OK;
}

static jg_status type_bases(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_type *b = as_type(args[0])->base;
    jg_tuple *t = jg_tuple_new(vm, b ? 1 : 0);
    if (!t)
        return jg_raise_nomem(vm);
    if (b)
        t->items[0] = jg_obj_value(b);
    *out = jg_obj_value(t);
    return JG_OK;
}

static jg_status type_mro_tuple(jg_vm *vm, jg_type *c, bool as_list, jg_value *out)
{
    size_t n = 0;
    for (jg_type *t = c; t; t = t->base)
        n++;
    jg_value items[256];
    if (n > 256)
        n = 256;
    size_t i = 0;
    for (jg_type *t = c; t && i < n; t = t->base)
        items[i++] = jg_obj_value(t);
    if (as_list) {
        jg_list *l = jg_list_from(vm, items, n);
        if (!l)
            return jg_raise_nomem(vm);
        *out = jg_obj_value(l);
    } else {
        jg_tuple *tp = jg_tuple_from(vm, items, n);
        if (!tp)
            return jg_raise_nomem(vm);
        *out = jg_obj_value(tp);
    }
    return JG_OK;
}

static jg_status type_mro_attr(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    return type_mro_tuple(vm, as_type(args[0]), false, out);
}

static jg_status type_mro(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    return type_mro_tuple(vm, as_type(args[0]), true, out);
}

static jg_status type_dict(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    /* A copy: the class dict is only changed through setattr. */
    jg_dict *src = as_type(args[0])->dict, *d = jg_dict_new(vm);
    if (!d)
        return jg_raise_nomem(vm);
    for (uint32_t i = 0; i < src->n_entries; i++) {
        if (src->entries[i].key == JG_UNDEF)
            continue;
        jg_status st = jg_dict_set(vm, d, src->entries[i].key, src->entries[i].value);
        if (st != JG_OK)
            return st;
    }
    *out = jg_obj_value(d);
    return JG_OK;
}

static jg_status type_doc(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_value d = jg_dict_get_str(as_type(args[0])->dict, jg_sym(vm, JG_SYM___doc__));
    *out = d == JG_UNDEF ? JG_NONE : d;
    return JG_OK;
}

static jg_status type_subclasses(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                 jg_value *out)
{
    jg_type *c = as_type(args[0]);
    jg_list *l = jg_list_new(vm, c->n_subclasses);
    if (!l)
        return jg_raise_nomem(vm);
    for (uint32_t i = 0; i < c->n_subclasses; i++) {
        jg_status st = jg_list_append(vm, l, jg_obj_value(c->subclasses[i]));
        if (st != JG_OK)
            return st;
    }
    *out = jg_obj_value(l);
    return JG_OK;
}

/* type(x) or type(name, bases, dict) */
static jg_status type_new(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    if (nargs == 2 && !(kw && kw->len)) {
        *out = jg_obj_value(jg_typeof(vm, args[1]));
        return JG_OK;
    }
    if (nargs - (kw ? (int)kw->len : 0) == 2)
        return jg_raise(vm, vm->t.TypeError, "type() takes no keyword arguments");
    if (nargs != 4)
        return jg_raise(vm, vm->t.TypeError, "type() takes 1 or 3 arguments");
    if (!jg_is_kind(args[1], JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "type.__new__() argument 1 must be str, not %s",
                        arg_type_name(vm, args[1]));
    if (!jg_is_kind(args[2], JG_K_TUPLE))
        return jg_raise(vm, vm->t.TypeError, "type.__new__() argument 2 must be tuple, not %s",
                        arg_type_name(vm, args[2]));
    if (!jg_is_kind(args[3], JG_K_DICT))
        return jg_raise(vm, vm->t.TypeError, "type.__new__() argument 3 must be dict, not %s",
                        arg_type_name(vm, args[3]));
    jg_dict *ns = JG_AS(jg_dict, args[3]);
    if (jg_dict_get_str(ns, jg_sym(vm, JG_SYM___module__)) == JG_UNDEF && vm->cur &&
        vm->cur->frame) {
        jg_value m = jg_dict_get_str(vm->cur->frame->globals, jg_sym(vm, JG_SYM___name__));
        if (m != JG_UNDEF) {
            jg_dict *copy = jg_dict_new(vm);
            if (!copy)
                return jg_raise_nomem(vm);
            for (uint32_t i = 0; i < ns->n_entries; i++)
                if (ns->entries[i].key != JG_UNDEF &&
                    jg_dict_set(vm, copy, ns->entries[i].key, ns->entries[i].value) != JG_OK)
                    return JG_RAISED;
            if (jg_dict_set_str(vm, copy, jg_sym(vm, JG_SYM___module__), m) != JG_OK)
                return JG_RAISED;
            ns = copy;
        }
    }
    return jg_class_new(vm, JG_AS(jg_str, args[1]), JG_AS(jg_tuple, args[2]), ns, out);
}

static jg_status type_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    return jg_default_repr(vm, self, out);
}

static const jg_type_hooks type_hooks = {.repr = type_repr};

/* ---------------------------------------------------------------- slot wrappers */

#define WRAP_NAME(fn) slotw_##fn

static jg_status slotw_repr(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_str *s;
    jg_status st = jg_typeof(vm, a[0])->hooks->repr(vm, a[0], &s);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_builtin_repr", a, 1, NULL);
    if (st == JG_OK)
        *out = jg_obj_value(s);
    return st;
}

static jg_status slotw_str(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_str *s;
    const jg_type_hooks *h = jg_typeof(vm, a[0])->hooks;
    jg_status st = h->str ? h->str(vm, a[0], &s) : h->repr(vm, a[0], &s);
    if (st == JG_NEEDS_PY)
        return jg_tailcall_prelude(vm, "_builtin_str", a, 1, NULL);
    if (st == JG_OK)
        *out = jg_obj_value(s);
    return st;
}

static jg_status slotw_hash(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    int64_t h;
    jg_status st = jg_typeof(vm, a[0])->hooks->hash(vm, a[0], &h);
    if (st == JG_OK)
        *out = jg_int_from_i64(vm, h);
    return st == JG_NEEDS_PY ? jg_tailcall_prelude(vm, "_builtin_hash", a, 1, NULL) : st;
}

static jg_status slotw_len(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    int64_t len;
    jg_status st = jg_args_count(vm, "__len__", n - 1, kw, 0, 0);
    if (st != JG_OK)
        return st;
    st = jg_typeof(vm, a[0])->hooks->len(vm, a[0], &len);
    if (st == JG_OK)
        *out = jg_int_from_i64(vm, len);
    return st;
}

static jg_status slotw_getitem(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "__getitem__", n - 1, kw, 1, 1);
    if (st != JG_OK)
        return st;
    st = jg_typeof(vm, a[0])->hooks->getitem(vm, a[0], a[1], out);
    return st == JG_NEEDS_PY ? jg_tailcall_prelude(vm, "_builtin_getitem", a, 2, NULL) : st;
}

static jg_status slotw_setitem(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "__setitem__", n - 1, kw, 2, 2);
    if (st != JG_OK)
        return st;
    *out = JG_NONE;
    st = jg_typeof(vm, a[0])->hooks->setitem(vm, a[0], a[1], a[2]);
    return st == JG_NEEDS_PY ? jg_tailcall_prelude(vm, "_builtin_setitem", a, 3, NULL) : st;
}

static jg_status slotw_delitem(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "__delitem__", n - 1, kw, 1, 1);
    if (st != JG_OK)
        return st;
    *out = JG_NONE;
    st = jg_typeof(vm, a[0])->hooks->setitem(vm, a[0], a[1], JG_UNDEF);
    return st == JG_NEEDS_PY ? jg_tailcall_prelude(vm, "_builtin_delitem", a, 2, NULL) : st;
}

static jg_status slotw_contains(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "__contains__", n - 1, kw, 1, 1);
    if (st != JG_OK)
        return st;
    bool r;
    st = jg_typeof(vm, a[0])->hooks->contains(vm, a[0], a[1], &r);
    if (st == JG_OK)
        *out = jg_bool(r);
    return st == JG_NEEDS_PY ? jg_tailcall_prelude(vm, "_builtin_contains", a, 2, NULL) : st;
}

static jg_status slotw_iter(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    return jg_typeof(vm, a[0])->hooks->iter(vm, a[0], out);
}

static jg_status slotw_next(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_typeof(vm, a[0])->hooks->next(vm, a[0], out);
    if (st == JG_OK && *out == JG_UNDEF)
        return jg_raise_value(vm, jg_obj_value(vm->t.StopIteration));
    return st;
}

#define CMP_WRAPPER(nm, op)                                                                  \
    static jg_status slotw_##nm(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out) \
    {                                                                                        \
        jg_status st = jg_args_count(vm, "__" #nm "__", n - 1, kw, 1, 1);                    \
        if (st != JG_OK)                                                                     \
            return st;                                                                       \
        return jg_typeof(vm, a[0])->hooks->richcompare(vm, a[0], a[1], op, out);             \
    }
CMP_WRAPPER(eq, JG_CMP_EQ)
CMP_WRAPPER(ne, JG_CMP_NOTEQ)
CMP_WRAPPER(lt, JG_CMP_LT)
CMP_WRAPPER(le, JG_CMP_LTE)
CMP_WRAPPER(gt, JG_CMP_GT)
CMP_WRAPPER(ge, JG_CMP_GTE)

/* Adds '__name__' to built-in type 't' unless it has its own already. */
static jg_status add_wrapper(jg_vm *vm, jg_type *t, const char *name, jg_native_fn fn)
{
    jg_str *key = jg_str_intern_cstr(vm, name);
    if (!key)
        return jg_raise_nomem(vm);
    if (jg_dict_get_str(t->dict, key) != JG_UNDEF)
        return JG_OK;
    return jg_type_add_method(vm, t, name, fn, 0);
}

jg_status jg_class_add_slot_wrappers(jg_vm *vm, jg_type *t)
{
    const jg_type_hooks *h = t->hooks;
    if (!h || t->kind == JG_K_TYPE)
        return JG_OK;
    jg_status st = JG_OK;
    if (h->repr && (st = add_wrapper(vm, t, "__repr__", slotw_repr)))
        return st;
    if (h->str && (st = add_wrapper(vm, t, "__str__", slotw_str)))
        return st;
    if (h->hash && (st = add_wrapper(vm, t, "__hash__", slotw_hash)))
        return st;
    if (h->unhashable && (st = jg_type_set_attr(vm, t, "__hash__", JG_NONE)))
        return st;
    if (h->len && (st = add_wrapper(vm, t, "__len__", slotw_len)))
        return st;
    if (h->getitem && (st = add_wrapper(vm, t, "__getitem__", slotw_getitem)))
        return st;
    if (h->setitem && ((st = add_wrapper(vm, t, "__setitem__", slotw_setitem)) ||
                       (st = add_wrapper(vm, t, "__delitem__", slotw_delitem))))
        return st;
    if (h->contains && (st = add_wrapper(vm, t, "__contains__", slotw_contains)))
        return st;
    if (h->iter && (st = add_wrapper(vm, t, "__iter__", slotw_iter)))
        return st;
    if (h->next && (st = add_wrapper(vm, t, "__next__", slotw_next)))
        return st;
    if (h->richcompare &&
        ((st = add_wrapper(vm, t, "__eq__", slotw_eq)) ||
         (st = add_wrapper(vm, t, "__ne__", slotw_ne)) ||
         (st = add_wrapper(vm, t, "__lt__", slotw_lt)) ||
         (st = add_wrapper(vm, t, "__le__", slotw_le)) ||
         (st = add_wrapper(vm, t, "__gt__", slotw_gt)) ||
         (st = add_wrapper(vm, t, "__ge__", slotw_ge))))
        return st;
    return JG_OK;
}

/* ---------------------------------------------------------------- set-up */

jg_status jg_class_init_types(jg_vm *vm)
{
    jg_type *o = vm->t.object, *t = vm->t.type;
    t->hooks = &type_hooks;
    jg_status st;
    if ((st = jg_type_add_method(vm, o, "__new__", object_new, JG_NF_STATIC)) ||
        (st = jg_type_add_method(vm, o, "__init__", object_init, 0)) ||
        (st = jg_type_add_method(vm, o, "__repr__", object_repr, 0)) ||
        (st = jg_type_add_method(vm, o, "__str__", object_str, 0)) ||
        (st = jg_type_add_method(vm, o, "__eq__", object_eq, 0)) ||
        (st = jg_type_add_method(vm, o, "__ne__", object_ne, 0)) ||
        (st = jg_type_add_method(vm, o, "__hash__", object_hash, 0)) ||
        (st = jg_type_add_method(vm, o, "__setattr__", object_setattr, 0)) ||
        (st = jg_type_add_method(vm, o, "__delattr__", object_delattr, 0)) ||
        (st = jg_type_add_method(vm, o, "__getattribute__", object_getattribute, 0)) ||
        (st = jg_type_add_method(vm, o, "__format__", object_format, 0)) ||
        (st = jg_type_add_method(vm, t, "__new__", type_new, JG_NF_STATIC)) ||
        (st = jg_type_add_method(vm, vm->t.NoneType, "__new__", singleton_new, JG_NF_STATIC)) ||
        (st = jg_type_add_method(vm, vm->t.NotImplementedType, "__new__", singleton_new,
                                 JG_NF_STATIC)) ||
        (st = jg_type_add_method(vm, vm->t.ellipsis, "__new__", singleton_new, JG_NF_STATIC)) ||
        (st = jg_type_add_method(vm, t, "mro", type_mro, 0)) ||
        (st = jg_type_add_method(vm, t, "__subclasses__", type_subclasses, 0)) ||
        (st = jg_type_add_getter(vm, t, "__name__", type_name)) ||
        (st = jg_type_add_getter(vm, t, "__qualname__", type_qualname)) ||
        (st = jg_type_add_getter(vm, t, "__module__", type_module)) ||
        (st = jg_type_add_getter(vm, t, "__base__", type_base)) ||
        (st = jg_type_add_getter(vm, t, "__bases__", type_bases)) ||
        (st = jg_type_add_getter(vm, t, "__mro__", type_mro_attr)) ||
        (st = jg_type_add_getter(vm, t, "__dict__", type_dict)) ||
        (st = jg_type_add_getter(vm, t, "__doc__", type_doc)))
        return st;
    return JG_OK;
}
