/*
 * vm/func.c - functions, cells, bound methods, property/staticmethod/
 * classmethod and super objects: the callables and descriptors of the
 * language, minus calling them (that is interp.c's job: a call is a frame).
 */
#include "func.h"

#include <string.h>

#include "interp.h"
#include "object_impl.h"

/* ---------------------------------------------------------------- functions */

static void func_trace(jg_vm *vm, jg_obj *o)
{
    jg_func *f = (jg_func *)o;
    jg_gc_mark_obj(vm, f->code);
    jg_gc_mark_obj(vm, f->globals);
    jg_gc_mark_obj(vm, f->defaults);
    jg_gc_mark_obj(vm, f->kwdefaults);
    jg_gc_mark_obj(vm, f->closure);
    jg_gc_mark_obj(vm, f->name);
    jg_gc_mark_obj(vm, f->qualname);
    jg_gc_mark_obj(vm, f->attrs);
    jg_gc_mark_value(vm, f->doc);
}

static jg_status func_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    char buf[256];
    jg_func *f = JG_AS(jg_func, self);
    snprintf(buf, sizeof buf, "<function %s at %p>", f->qualname->data, (void *)f);
    *out = jg_str_from_cstr(vm, buf);
    return *out ? JG_OK : jg_raise_nomem(vm);
}

static const jg_type_hooks func_hooks = {.trace = func_trace, .repr = func_repr};

jg_func *jg_func_new(jg_vm *vm, jg_code *code, jg_dict *globals)
{
    jg_func *f = jg_gc_alloc(vm, vm->t.function, sizeof(jg_func));
    if (!f)
        return NULL;
    f->code = code;
    f->globals = globals;
    f->name = code->name;
    f->qualname = code->qualname;
    f->doc = JG_NONE;
    return f;
}

/* __name__, __qualname__, __doc__, __module__ of functions and built-ins. */
jg_status jg_func_special_attr(jg_vm *vm, jg_value obj, jg_str *name, jg_value *out)
{
    jg_type *t = jg_typeof(vm, obj);
    if (t->kind == JG_K_FUNC) {
        jg_func *f = JG_AS(jg_func, obj);
        if (name == jg_sym(vm, JG_SYM___name__)) {
            *out = jg_obj_value(f->name);
            return JG_OK;
        }
        if (name == jg_sym(vm, JG_SYM___qualname__)) {
            *out = jg_obj_value(f->qualname);
            return JG_OK;
        }
        if (name == jg_sym(vm, JG_SYM___doc__)) {
            *out = f->doc;
            return JG_OK;
        }
        if (name == jg_sym(vm, JG_SYM___module__)) {
            jg_value m = jg_dict_get_str(f->globals, jg_sym(vm, JG_SYM___name__));
            *out = m == JG_UNDEF ? JG_NONE : m;
            return JG_OK;
        }
        if (strcmp(name->data, "__defaults__") == 0) {
            *out = f->defaults ? jg_obj_value(f->defaults) : JG_NONE;
            return JG_OK;
        }
        if (strcmp(name->data, "__kwdefaults__") == 0) {
            *out = f->kwdefaults ? jg_obj_value(f->kwdefaults) : JG_NONE;
            return JG_OK;
        }
        if (name == jg_sym(vm, JG_SYM___dict__)) {
            if (!f->attrs && !(f->attrs = jg_dict_new(vm)))
                return jg_raise_nomem(vm);
            *out = jg_obj_value(f->attrs);
            return JG_OK;
        }
    } else if (t->kind == JG_K_NATIVE) {
        jg_native *n = JG_AS(jg_native, obj);
        if (name == jg_sym(vm, JG_SYM___name__) || name == jg_sym(vm, JG_SYM___qualname__)) {
            *out = jg_obj_value(jg_str_from_cstr(vm, n->name));
            return JG_OK;
        }
        if (name == jg_sym(vm, JG_SYM___doc__)) {
            *out = JG_NONE;
            return JG_OK;
        }
    } else if (t->kind == JG_K_METHOD) {
        jg_method *m = JG_AS(jg_method, obj);
        if (strcmp(name->data, "__self__") == 0) {
            *out = m->self;
            return JG_OK;
        }
        if (strcmp(name->data, "__func__") == 0) {
            *out = m->func;
            return JG_OK;
        }
        return jg_getattr(vm, m->func, name, out);
    }
    return JG_NEEDS_PY;
}

/* ---------------------------------------------------------------- cells */

static void cell_trace(jg_vm *vm, jg_obj *o)
{
    jg_gc_mark_value(vm, ((jg_cell *)o)->ref);
}

static const jg_type_hooks cell_hooks = {.trace = cell_trace};

jg_cell *jg_cell_new(jg_vm *vm, jg_value v)
{
    jg_cell *c = jg_gc_alloc(vm, vm->t.cell, sizeof(jg_cell));
    if (c)
        c->ref = v;
    return c;
}

/* ---------------------------------------------------------------- bound methods */

static void method_trace(jg_vm *vm, jg_obj *o)
{
    jg_method *m = (jg_method *)o;
    jg_gc_mark_value(vm, m->func);
    jg_gc_mark_value(vm, m->self);
}

static jg_status method_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    jg_method *m = JG_AS(jg_method, self);
    jg_str *fname = NULL, *srepr = NULL;
    if (jg_is_kind(m->func, JG_K_FUNC))
        fname = JG_AS(jg_func, m->func)->qualname;
    jg_status st = jg_repr(vm, m->self, &srepr);
    if (st != JG_OK)
        return st;
    char buf[512];
    snprintf(buf, sizeof buf, "<bound method %s of %s>", fname ? fname->data : "?", srepr->data);
    *out = jg_str_from_cstr(vm, buf);
    return *out ? JG_OK : jg_raise_nomem(vm);
}

static jg_status method_compare(jg_vm *vm, jg_value self, jg_value other, int op, jg_value *out)
{
    if ((op != JG_CMP_EQ && op != JG_CMP_NOTEQ) || !jg_is_kind(other, JG_K_METHOD)) {
        *out = JG_NOTIMPLEMENTED;
        return JG_OK;
    }
    jg_method *a = JG_AS(jg_method, self), *b = JG_AS(jg_method, other);
    bool eq = a->func == b->func && a->self == b->self;
    *out = jg_bool(op == JG_CMP_EQ ? eq : !eq);
    return JG_OK;
}

static const jg_type_hooks method_hooks = {
    .trace = method_trace, .repr = method_repr, .richcompare = method_compare};

jg_status jg_method_new(jg_vm *vm, jg_value func, jg_value self, jg_value *out)
{
    jg_method *m = jg_gc_alloc(vm, vm->t.method, sizeof(jg_method));
    if (!m)
        return jg_raise_nomem(vm);
    m->func = func;
    m->self = self;
    *out = jg_obj_value(m);
    return JG_OK;
}

/* ---------------------------------------------------------------- natives */

static void native_trace(jg_vm *vm, jg_obj *o)
{
    jg_native *n = (jg_native *)o;
    jg_gc_mark_value(vm, n->self);
    jg_gc_mark_obj(vm, n->owner);
}

static jg_status native_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    char buf[256];
    jg_native *n = JG_AS(jg_native, self);
    if (n->self != JG_NULL && n->owner && !(n->flags & JG_NF_CLASSMETHOD)) {
        jg_type *t = jg_typeof(vm, n->self);
        snprintf(buf, sizeof buf, "<built-in method %s of %s object at %p>", n->name,
                 t->name->data, jg_as_obj(n->self));
    } else {
        snprintf(buf, sizeof buf, "<built-in function %s>", n->name);
    }
    *out = jg_str_from_cstr(vm, buf);
    return *out ? JG_OK : jg_raise_nomem(vm);
}

static const jg_type_hooks native_hooks = {.trace = native_trace, .repr = native_repr};

/* ---------------------------------------------------------------- descriptors */

static void wrapper_trace(jg_vm *vm, jg_obj *o)
{
    jg_wrapper *w = (jg_wrapper *)o;
    jg_gc_mark_value(vm, w->fget);
    jg_gc_mark_value(vm, w->fset);
    jg_gc_mark_value(vm, w->fdel);
    jg_gc_mark_value(vm, w->doc);
}

static const jg_type_hooks wrapper_hooks = {.trace = wrapper_trace};

static jg_status wrapper_make(jg_vm *vm, jg_type *t, jg_value fget, jg_value fset, jg_value fdel,
                              jg_value doc, jg_value *out)
{
    jg_wrapper *w = jg_gc_alloc(vm, t, sizeof(jg_wrapper));
    if (!w)
        return jg_raise_nomem(vm);
    w->fget = fget;
    w->fset = fset;
    w->fdel = fdel;
    w->doc = doc;
    *out = jg_obj_value(w);
    return JG_OK;
}

static jg_value undef_none(jg_value v)
{
    return v == JG_UNDEF ? JG_NONE : v;
}

static jg_status property_new(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    static const char *const kwlist[] = {"cls", "fget", "fset", "fdel", "doc", NULL};
    jg_value a[5];
    jg_status st = jg_args_parse(vm, "property", args, nargs, kw, kwlist, 1, 5, a);
    if (st != JG_OK)
        return st;
    return wrapper_make(vm, (jg_type *)jg_as_obj(a[0]), undef_none(a[1]), undef_none(a[2]),
                        undef_none(a[3]), undef_none(a[4]), out);
}

static jg_status property_with(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, int which,
                               jg_value *out)
{
    jg_status st = jg_args_count(vm, which == 0 ? "getter" : which == 1 ? "setter" : "deleter",
                                 nargs - 1, kw, 1, 1);
    if (st != JG_OK)
        return st;
    jg_wrapper *p = JG_AS(jg_wrapper, args[0]);
    jg_value g = p->fget, s = p->fset, d = p->fdel;
    if (which == 0)
        g = args[1];
    else if (which == 1)
        s = args[1];
    else
        d = args[1];
    return wrapper_make(vm, p->hdr.type, g, s, d, p->doc, out);
}

static jg_status property_getter(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    return property_with(vm, a, n, kw, 0, out);
}
static jg_status property_setter(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    return property_with(vm, a, n, kw, 1, out);
}
static jg_status property_deleter(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    return property_with(vm, a, n, kw, 2, out);
}
static jg_status property_fget(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    *out = JG_AS(jg_wrapper, a[0])->fget;
    return JG_OK;
}
/* property.__doc__: the doc given, else the getter's docstring. */
static jg_status property_doc(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_wrapper *p = JG_AS(jg_wrapper, a[0]);
    *out = p->doc;
    if (p->doc == JG_NONE && jg_is_kind(p->fget, JG_K_FUNC))
        *out = JG_AS(jg_func, p->fget)->doc;
    return JG_OK;
}
static jg_status property_fset(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    *out = JG_AS(jg_wrapper, a[0])->fset;
    return JG_OK;
}
static jg_status property_fdel(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    *out = JG_AS(jg_wrapper, a[0])->fdel;
    return JG_OK;
}

static jg_status simple_wrapper_new(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                    jg_value *out)
{
    jg_type *t = (jg_type *)jg_as_obj(args[0]);
    jg_status st = jg_args_count(vm, t->name->data, nargs - 1, kw, 1, 1);
    if (st != JG_OK)
        return st;
    return wrapper_make(vm, t, args[1], JG_NONE, JG_NONE, JG_NONE, out);
}

static jg_status wrapper_func(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    *out = JG_AS(jg_wrapper, a[0])->fget;
    return JG_OK;
}

/* ---------------------------------------------------------------- super */

static void super_trace(jg_vm *vm, jg_obj *o)
{
    jg_super *s = (jg_super *)o;
    jg_gc_mark_obj(vm, s->type);
    jg_gc_mark_value(vm, s->obj);
    jg_gc_mark_obj(vm, s->objtype);
}

static const jg_type_hooks super_hooks = {.trace = super_trace};

jg_status jg_super_new(jg_vm *vm, jg_type *type, jg_value obj, jg_value *out)
{
    jg_type *objtype;
    if (jg_typeof(vm, obj) == vm->t.type &&
        jg_type_is_subtype((jg_type *)jg_as_obj(obj), type))
        objtype = (jg_type *)jg_as_obj(obj);
    else if (jg_isinstance(vm, obj, type))
        objtype = jg_typeof(vm, obj);
    else
        return jg_raise(vm, vm->t.TypeError,
                        "super(type, obj): obj must be an instance or subtype of type");
    jg_super *s = jg_gc_alloc(vm, vm->t.super, sizeof(jg_super));
    if (!s)
        return jg_raise_nomem(vm);
    s->type = type;
    s->obj = obj;
    s->objtype = objtype;
    *out = jg_obj_value(s);
    return JG_OK;
}

/* super().name: look up after s->type along objtype's chain and bind to obj. */
jg_status jg_super_getattr(jg_vm *vm, jg_super *s, jg_str *name, jg_value *out)
{
    for (jg_type *t = s->type->base; t; t = t->base) {
        jg_value d = jg_dict_get_str(t->dict, name);
        if (d == JG_UNDEF)
            continue;
        if (jg_is_obj(d) && jg_obj_of(d)->type == vm->t.property) {
            jg_wrapper *p = JG_AS(jg_wrapper, d);
            if (jg_is_kind(p->fget, JG_K_NATIVE)) {
                jg_value arg = s->obj;
                return JG_AS(jg_native, p->fget)->fn(vm, &arg, 1, NULL, out);
            }
            return JG_NEEDS_PY;
        }
        jg_value self = s->obj;
        if (s->objtype == (jg_type *)jg_as_obj(s->obj) && jg_typeof(vm, s->obj) == vm->t.type) {
            /* super() in a classmethod: functions come back unbound. */
            if (jg_is_obj(d) && jg_obj_of(d)->type == vm->t.classmethod)
                return jg_method_new(vm, JG_AS(jg_wrapper, d)->fget, s->obj, out);
            if (jg_is_obj(d) && jg_obj_of(d)->type == vm->t.builtin_function &&
                (JG_AS(jg_native, d)->flags & JG_NF_STATIC)) {
                *out = d;
                return JG_OK;
            }
            *out = d;
            return JG_OK;
        }
        return jg_bind_attr(vm, d, self, s->objtype, out);
    }
    return jg_raise(vm, vm->t.AttributeError, "'super' object has no attribute '%s'", name->data);
}

/* super(), super(type, obj) */
static jg_status super_new_native(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                  jg_value *out)
{
    if (kw && kw->len)
        return jg_raise(vm, vm->t.TypeError, "super() takes no keyword arguments");
    if (nargs == 3) {
        if (jg_typeof(vm, args[1]) != vm->t.type)
            return jg_raise(vm, vm->t.TypeError, "super() argument 1 must be a type, not %s",
                            jg_type_name(vm, args[1]));
        return jg_super_new(vm, (jg_type *)jg_as_obj(args[1]), args[2], out);
    }
    if (nargs > 3)
        return jg_raise(vm, vm->t.TypeError, "super() expected at most 2 arguments, got %d",
                        nargs - 1);
    if (nargs != 1)
        return jg_raise(vm, vm->t.TypeError, "super() takes 0 or 2 arguments");
    /* Zero arguments: the calling frame's first argument and its __class__ cell. */
    jg_frame *f = vm->cur ? vm->cur->frame : NULL;
    if (!f)
        return jg_raise(vm, vm->t.RuntimeError, "super(): no current frame");
    jg_code *c = f->code;
    if (c->n_args == 0 && !(c->flags & JG_CO_VARARGS))
        return jg_raise(vm, vm->t.RuntimeError, "super(): no arguments");
    jg_value self = f->slots[0];
    for (uint32_t i = 0; i < c->n_cells; i++)
        if (c->cell_from_arg && c->cell_from_arg[i] == 0)
            self = JG_AS(jg_cell, f->slots[c->n_locals + i])->ref;
    if (self == JG_UNDEF)
        return jg_raise(vm, vm->t.RuntimeError, "super(): arg[0] deleted");
    uint32_t first_free = c->n_locals + c->n_cells;
    for (uint32_t i = 0; i < c->n_frees; i++) {
        if (strcmp(c->slot_names[first_free + i]->data, "__class__") != 0)
            continue;
        jg_value cls = JG_AS(jg_cell, f->slots[first_free + i])->ref;
        if (cls == JG_UNDEF)
            return jg_raise(vm, vm->t.RuntimeError, "super(): empty __class__ cell");
        if (jg_typeof(vm, cls) != vm->t.type)
            return jg_raise(vm, vm->t.RuntimeError, "super(): __class__ is not a type (%s)",
                            jg_type_name(vm, cls));
        return jg_super_new(vm, (jg_type *)jg_as_obj(cls), self, out);
    }
    return jg_raise(vm, vm->t.RuntimeError, "super(): __class__ cell not found");
}

/* ---------------------------------------------------------------- set-up */

jg_status jg_func_init_types(jg_vm *vm)
{
    vm->t.function->hooks = &func_hooks;
    vm->t.cell->hooks = &cell_hooks;
    vm->t.method->hooks = &method_hooks;
    vm->t.builtin_function->hooks = &native_hooks;
    vm->t.property->hooks = &wrapper_hooks;
    vm->t.staticmethod->hooks = &wrapper_hooks;
    vm->t.classmethod->hooks = &wrapper_hooks;
    vm->t.super->hooks = &super_hooks;
    jg_status st;
    if ((st = jg_type_add_method(vm, vm->t.super, "__new__", super_new_native, JG_NF_STATIC)) ||
        (st = jg_type_add_method(vm, vm->t.property, "__new__", property_new, JG_NF_STATIC)) ||
        (st = jg_type_add_method(vm, vm->t.property, "getter", property_getter, 0)) ||
        (st = jg_type_add_method(vm, vm->t.property, "setter", property_setter, 0)) ||
        (st = jg_type_add_method(vm, vm->t.property, "deleter", property_deleter, 0)) ||
        (st = jg_type_add_getter(vm, vm->t.property, "fget", property_fget)) ||
        (st = jg_type_add_getter(vm, vm->t.property, "fset", property_fset)) ||
        (st = jg_type_add_getter(vm, vm->t.property, "fdel", property_fdel)) ||
        (st = jg_type_add_getter(vm, vm->t.property, "__doc__", property_doc)) ||
        (st = jg_type_add_method(vm, vm->t.staticmethod, "__new__", simple_wrapper_new,
                                 JG_NF_STATIC)) ||
        (st = jg_type_add_method(vm, vm->t.classmethod, "__new__", simple_wrapper_new,
                                 JG_NF_STATIC)) ||
        (st = jg_type_add_getter(vm, vm->t.staticmethod, "__func__", wrapper_func)) ||
        (st = jg_type_add_getter(vm, vm->t.classmethod, "__func__", wrapper_func)))
        return st;
    return JG_OK;
}
