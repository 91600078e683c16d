/*
 * vm/mod_jg.c - `_jg`, the primitives the prelude (vm/lib/_builtins.py) is
 * written with: raw class look-ups, instance storage, and the built-in halves
 * of operators with Python overrides left out.  Not for programs: the name
 * starts with '_' and LANGUAGE.md does not list it.
 */
#include "module.h"

#include "exc.h"
#include "func.h"
#include "instance.h"
#include "object_impl.h"

static jg_value null_marker(jg_vm *vm)
{
    return jg_prelude_marker(vm, 0);
}

/* lookup(type, name): the class attribute along the chain, or NULL. */
static jg_status jg_lookup(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    if (n != 2 || jg_typeof(vm, a[0]) != vm->t.type || !jg_is_kind(a[1], JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "lookup(type, name)");
    jg_str *name = JG_AS(jg_str, a[1]);
    if (!name->is_interned)
        name = jg_str_intern(vm, name->data, name->len);
    jg_value v = jg_type_lookup(vm, (jg_type *)jg_as_obj(a[0]), name);
    *out = v == JG_UNDEF ? null_marker(vm) : v;
    return JG_OK;
}

/* is_py(x): x is Python-level (not a built-in function). */
static jg_status jg_is_py(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    *out = jg_bool(n == 1 && a[0] != null_marker(vm) && a[0] != JG_NONE &&
                   !(jg_is_obj(a[0]) && jg_obj_of(a[0])->type == vm->t.builtin_function));
    return JG_OK;
}

static jg_str *name_arg(jg_vm *vm, jg_value v)
{
    jg_str *s = JG_AS(jg_str, v);
    return s->is_interned ? s : jg_str_intern(vm, s->data, s->len);
}

/* inst_get(obj, name): the object's own attribute, or NULL. */
static jg_status jg_inst_get(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_str *name = name_arg(vm, a[1]);
    jg_value v = JG_UNDEF;
    if (jg_is_kind(a[0], JG_K_INSTANCE)) {
        v = jg_instance_get(JG_AS(jg_instance, a[0]), name);
    } else {
        jg_dict **attrs = jg_attrs_slot(vm, a[0]);
        if (attrs && *attrs)
            v = jg_dict_get_str(*attrs, name);
    }
    *out = v == JG_UNDEF ? null_marker(vm) : v;
    return JG_OK;
}

/* bind(descr, obj, type): what obj.name gives for class attribute descr. */
static jg_status jg_bind(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    return jg_bind_attr(vm, a[0], a[1], (jg_type *)jg_as_obj(a[2]), out);
}

/* Attribute access with Python-level hooks treated as absent. */
static jg_status jg_getattr_plain(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_str *name = name_arg(vm, a[1]);
    jg_status st = jg_getattr(vm, a[0], name, out);
    if (st == JG_NEEDS_PY) {
        jg_type *t = jg_typeof(vm, a[0]);
        return jg_raise(vm, vm->t.AttributeError, "'%s' object has no attribute '%s'",
                        t->name->data, name->data);
    }
    return st;
}

static jg_status jg_setattr_plain(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_str *name = name_arg(vm, a[1]);
    *out = JG_NONE;
    if (jg_is_kind(a[0], JG_K_INSTANCE)) {
        if (a[2] == JG_UNDEF)
            return JG_OK;
        return jg_instance_set(vm, JG_AS(jg_instance, a[0]), name, a[2]);
    }
    jg_status st = jg_setattr(vm, a[0], name, a[2]);
    if (st == JG_NEEDS_PY)
        return jg_raise(vm, vm->t.AttributeError, "cannot set attribute '%s'", name->data);
    return st;
}

static jg_status jg_delattr_plain(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_str *name = name_arg(vm, a[1]);
    *out = JG_NONE;
    if (jg_is_kind(a[0], JG_K_INSTANCE)) {
        if (!jg_instance_del(vm, JG_AS(jg_instance, a[0]), name))
            return jg_raise(vm, vm->t.AttributeError, "'%s' object has no attribute '%s'",
                            jg_type_name(vm, a[0]), name->data);
        return JG_OK;
    }
    jg_status st = jg_delattr(vm, a[0], name);
    if (st == JG_NEEDS_PY)
        return jg_raise(vm, vm->t.AttributeError, "cannot delete attribute '%s'", name->data);
    return st;
}

/* The dunder name of operator 'op': which 0 plain, 1 reflected, 2 in-place. */
static const char *binop_dunder(int op, int which)
{
    static const char *const names[][3] = {
        {"__add__", "__radd__", "__iadd__"},       {"__sub__", "__rsub__", "__isub__"},
        {"__mul__", "__rmul__", "__imul__"},       {"__matmul__", "__rmatmul__", "__imatmul__"},
        {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__mod__", "__rmod__", "__imod__"},
        {"__pow__", "__rpow__", "__ipow__"},       {"__lshift__", "__rlshift__", "__ilshift__"},
        {"__rshift__", "__rrshift__", "__irshift__"}, {"__or__", "__ror__", "__ior__"},
        {"__xor__", "__rxor__", "__ixor__"},       {"__and__", "__rand__", "__iand__"},
        {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    };
    return names[op][which];
}

/* A built-in hook met Python-level items: let the type's own dunder (which
 * finishes in Python) do it, or answer NotImplemented when it has none. */
static jg_status tail_dunder(jg_vm *vm, jg_value x, jg_value y, const char *name)
{
    jg_value f = jg_type_lookup(vm, jg_typeof(vm, x), jg_str_intern_cstr(vm, name));
    if (!jg_is_kind(f, JG_K_NATIVE)) {
        jg_value r = JG_NOTIMPLEMENTED;
        return jg_tailcall(vm, jg_prelude_get(vm, "_identity"), &r, 1, NULL);
    }
    jg_value args[2] = {x, y};
    return jg_tailcall(vm, f, args, 2, NULL);
}

/* native_binop(a, b, op): the built-in behaviour of a op b, or NotImplemented. */
static jg_status jg_native_binop(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    int64_t code;
    jg_status st = jg_int_to_i64(vm, a[2], &code);
    if (st != JG_OK)
        return st;
    bool inplace = code >= 16;
    int op = (int)(inplace ? code - 16 : code);
    jg_value x = a[0], y = a[1];
    bool xn = jg_is_float(x) || jg_is_anyint(vm, x), yn = jg_is_float(y) || jg_is_anyint(vm, y);
    if (xn && yn) {
        if (!jg_is_float(x) && !jg_is_float(y))
            return jg_int_binop(vm, op, x, y, out);
        double dx, dy;
        if (jg_is_float(x))
            dx = jg_as_float(x);
        else if ((st = jg_int_to_double(vm, x, &dx)) != JG_OK)
            return st;
        if (jg_is_float(y))
            dy = jg_as_float(y);
        else if ((st = jg_int_to_double(vm, y, &dy)) != JG_OK)
            return st;
        if (op == JG_OP_LSHIFT || op == JG_OP_RSHIFT || op == JG_OP_BITAND ||
            op == JG_OP_BITOR || op == JG_OP_BITXOR || op == JG_OP_MATMULT) {
            *out = JG_NOTIMPLEMENTED;
            return JG_OK;
        }
        return jg_float_binop(vm, op, dx, dy, out);
    }
    const jg_type_hooks *hx = jg_typeof(vm, x)->hooks;
    *out = JG_NOTIMPLEMENTED;
    if (hx && hx->binop) {
        st = hx->binop(vm, op, x, y, false, inplace, out);
        if (st == JG_NEEDS_PY && op == JG_OP_MOD &&
            (jg_is_kind(x, JG_K_STR) || jg_is_kind(x, JG_K_BYTES))) {
            /* str % args with Python-level __str__/__repr__/__index__ */
            jg_value b[2] = {x, y};
            return jg_tailcall_prelude(vm, "_str_mod", b, 2, NULL);
        }
        if (st == JG_NEEDS_PY)
            return tail_dunder(vm, x, y, binop_dunder(op, inplace ? 2 : 0));
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}

/* native_rbinop(b, a, op): b's built-in reflected behaviour for a op b. */
static jg_status jg_native_rbinop(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    int64_t code;
    jg_status st = jg_int_to_i64(vm, a[2], &code);
    if (st != JG_OK)
        return st;
    int op = (int)(code >= 16 ? code - 16 : code);
    const jg_type_hooks *h = jg_typeof(vm, a[0])->hooks;
    *out = JG_NOTIMPLEMENTED;
    if (h && h->binop && !(jg_is_float(a[0]) || jg_is_anyint(vm, a[0]))) {
        st = h->binop(vm, op, a[0], a[1], true, false, out);
        if (st == JG_NEEDS_PY)
            return tail_dunder(vm, a[0], a[1], binop_dunder(op, 1));
        return st;
    }
    return JG_OK;
}

/* native_compare(a, b, op): a's built-in comparison, or NotImplemented. */
static jg_status jg_native_compare(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    int64_t op;
    jg_status st = jg_int_to_i64(vm, a[2], &op);
    if (st != JG_OK)
        return st;
    jg_value x = a[0], y = a[1];
    if ((jg_is_float(x) || jg_is_anyint(vm, x)) && (jg_is_float(y) || jg_is_anyint(vm, y)))
        return jg_compare(vm, x, y, (int)op, out);
    const jg_type_hooks *h = jg_typeof(vm, x)->hooks;
    *out = JG_NOTIMPLEMENTED;
    if (h && h->richcompare) {
        st = h->richcompare(vm, x, y, (int)op, out);
        if (st == JG_NEEDS_PY) {
            static const char *const names[] = {"__eq__", "__ne__", "__lt__",
                                                "__le__", "__gt__", "__ge__"};
            if (op >= 0 && op < 6 &&
                jg_is_kind(jg_type_lookup(vm, jg_typeof(vm, x), jg_str_intern_cstr(vm, names[op])),
                           JG_K_NATIVE))
                return tail_dunder(vm, x, y, names[op]);
            return jg_tailcall_prelude(vm, "_builtin_compare", a, 3, NULL);
        }
        return st;
    }
    return JG_OK;
}

static jg_status jg_native_truth(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    const jg_type_hooks *h = jg_typeof(vm, a[0])->hooks;
    if (jg_is_kind(a[0], JG_K_INSTANCE) || !h || !h->len) {
        bool b;
        if (!jg_is_obj(a[0]) || jg_is_kind(a[0], JG_K_INSTANCE)) {
            jg_status st = jg_truth(vm, a[0], &b);
            if (st == JG_NEEDS_PY)
                b = true, st = JG_OK;
            *out = jg_bool(b);
            return st;
        }
        *out = JG_TRUE;
        if (jg_is_kind(a[0], JG_K_INT))
            *out = JG_TRUE;
        return JG_OK;
    }
    int64_t len;
    jg_status st = h->len(vm, a[0], &len);
    if (st == JG_OK)
        *out = jg_bool(len != 0);
    return st;
}

static jg_status jg_issub(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    *out = jg_bool(jg_typeof(vm, a[0]) == vm->t.type && jg_typeof(vm, a[1]) == vm->t.type &&
                   jg_type_is_subtype((jg_type *)jg_as_obj(a[0]), (jg_type *)jg_as_obj(a[1])));
    return JG_OK;
}

static jg_status jg_set_cause(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    if (!jg_is_kind(a[0], JG_K_EXC))
        return jg_raise(vm, vm->t.TypeError, "exceptions must derive from BaseException");
    jg_value c = a[1];
    if (c != JG_NONE && !jg_isinstance(vm, c, vm->t.BaseException))
        return jg_raise(vm, vm->t.TypeError, "exception causes must derive from BaseException");
    JG_AS(jg_exc, a[0])->cause = c;
    JG_AS(jg_exc, a[0])->suppress_context = true;
    *out = a[0];
    return JG_OK;
}

/* unwrap(staticmethod or classmethod): the function inside. */
static jg_status jg_unwrap(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    if (jg_is_kind(a[0], JG_K_PROPERTY))
        *out = JG_AS(jg_wrapper, a[0])->fget;
    else
        *out = a[0];
    return JG_OK;
}

/* iter_native(x): iter(x) by built-in means, TypeError when not iterable. */
static jg_status jg_iter_native(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    const jg_type_hooks *h = jg_typeof(vm, a[0])->hooks;
    if (jg_is_kind(a[0], JG_K_GEN)) {
        *out = a[0];
        return JG_OK;
    }
    if (h && h->iter) {
        jg_status st = h->iter(vm, a[0], out);
        if (st != JG_NEEDS_PY)
            return st;
        /* A built-in type whose __iter__ is a native that finishes in
         * Python (stackless.channel): call it. */
        jg_value f = jg_type_lookup(vm, jg_typeof(vm, a[0]), jg_sym(vm, JG_SYM___iter__));
        if (f != JG_UNDEF)
            return jg_tailcall(vm, f, a, 1, NULL);
    }
    return jg_raise(vm, vm->t.TypeError, "'%s' object is not iterable", jg_type_name(vm, a[0]));
}

/* frame_locals(): the plain locals of the caller's caller (locals()). */
static jg_status jg_exc_tb_len(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    *out = jg_int(jg_is_kind(a[0], JG_K_EXC) ? JG_AS(jg_exc, a[0])->n_tb : 0);
    return JG_OK;
}

/* merge(module): copies the module's '_' names the prelude lacks into it, so
 * the interpreter finds every Python fallback in one namespace. */
static jg_status jg_merge(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    if (n != 1 || !jg_is_kind(a[0], JG_K_MODULE) || !vm->prelude)
        return jg_raise(vm, vm->t.TypeError, "merge(module)");
    jg_dict *src = JG_AS(jg_module, a[0])->dict, *dst = vm->prelude->dict;
    for (uint32_t i = 0; i < src->n_entries; i++) {
        jg_dict_entry *e = &src->entries[i];
        if (e->key == JG_UNDEF || !jg_is_kind(e->key, JG_K_STR))
            continue;
        jg_str *k = JG_AS(jg_str, e->key);
        if (k->data[0] != '_' || (k->len > 1 && k->data[1] == '_'))
            continue;
        if (jg_dict_get_str(dst, k) != JG_UNDEF)
            continue;
        jg_status st = jg_dict_set(vm, dst, e->key, e->value);
        if (st != JG_OK)
            return st;
    }
    *out = JG_NONE;
    return JG_OK;
}

/* super_find(super_obj, name): (descriptor, self) for a super() attribute
 * whose descriptor is Python-level (a property); AttributeError if none. */
static jg_status jg_super_find(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    if (n != 2 || !jg_is_kind(a[0], JG_K_SUPER) || !jg_is_kind(a[1], JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "super_find(super, name)");
    jg_super *s = JG_AS(jg_super, a[0]);
    jg_str *name = name_arg(vm, a[1]);
    for (jg_type *t = s->type->base; t; t = t->base) {
        jg_value d = jg_dict_get_str(t->dict, name);
        if (d == JG_UNDEF)
            continue;
        jg_tuple *r = jg_tuple_new(vm, 2);
        if (!r)
            return jg_raise_nomem(vm);
        r->items[0] = d;
        r->items[1] = s->obj;
        *out = jg_obj_value(r);
        return JG_OK;
    }
    return jg_raise(vm, vm->t.AttributeError, "'super' object has no attribute '%s'", name->data);
}

/* func_str(f): how call errors name f ("__main__.show()"). */
static jg_status jg_func_str_native(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    char buf[256];
    jg_str *s = jg_str_from_cstr(vm, jg_func_str(vm, a[0], buf, sizeof buf));
    if (!s)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(s);
    return JG_OK;
}

jg_status jg_mod_jg_init(jg_vm *vm, jg_module *m)
{
    jg_status st;
    if ((st = jg_module_add_fn(vm, m, "merge", jg_merge)))
        return st;
    if ((st = jg_module_set(vm, m, "NULL", jg_prelude_marker(vm, 0))) ||
        (st = jg_module_set(vm, m, "STOP", jg_prelude_marker(vm, 1))) ||
        (st = jg_module_add_fn(vm, m, "lookup", jg_lookup)) ||
        (st = jg_module_add_fn(vm, m, "is_py", jg_is_py)) ||
        (st = jg_module_add_fn(vm, m, "inst_get", jg_inst_get)) ||
        (st = jg_module_add_fn(vm, m, "bind", jg_bind)) ||
        (st = jg_module_add_fn(vm, m, "getattr_plain", jg_getattr_plain)) ||
        (st = jg_module_add_fn(vm, m, "setattr_plain", jg_setattr_plain)) ||
        (st = jg_module_add_fn(vm, m, "delattr_plain", jg_delattr_plain)) ||
        (st = jg_module_add_fn(vm, m, "native_binop", jg_native_binop)) ||
        (st = jg_module_add_fn(vm, m, "native_rbinop", jg_native_rbinop)) ||
        (st = jg_module_add_fn(vm, m, "native_compare", jg_native_compare)) ||
        (st = jg_module_add_fn(vm, m, "native_truth", jg_native_truth)) ||
        (st = jg_module_add_fn(vm, m, "issub", jg_issub)) ||
        (st = jg_module_add_fn(vm, m, "set_cause", jg_set_cause)) ||
        (st = jg_module_add_fn(vm, m, "unwrap", jg_unwrap)) ||
        (st = jg_module_add_fn(vm, m, "iter_native", jg_iter_native)) ||
        (st = jg_module_add_fn(vm, m, "tb_len", jg_exc_tb_len)) ||
        (st = jg_module_add_fn(vm, m, "super_find", jg_super_find)) ||
        (st = jg_module_add_fn(vm, m, "func_str", jg_func_str_native)))
        return st;
    return JG_OK;
}
