/*
 * vm/mod_pickle.c - the `pickle` module: dumps, loads and the exception
 * classes, over vm/pickle.c (format: vm/PICKLE.md).
 *
 * Invariant: loads raises only UnpicklingError (or MemoryError) for bad bytes;
 * dumps raises PicklingError for what it cannot write.
 */
#include "pickle.h"
#include "class.h"
#include "dict.h"

static jg_status pickle_dumps(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                              jg_value *out)
{
    static const char *const kw[] = {"obj", "protocol", NULL};
    jg_value a[2];
    jg_status st = jg_args_parse(vm, "dumps", args, nargs, kwnames, kw, 1, 2, a);
    if (st != JG_OK)
        return st;
    jg_bytes *b;
    if ((st = jg_pickle_dumps(vm, a[0], &b)) != JG_OK)
        return st;
    *out = jg_obj_value(b);
    return JG_OK;
}

static jg_status pickle_loads(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kwnames,
                              jg_value *out)
{
    static const char *const kw[] = {"data", NULL};
    jg_value a[1];
    jg_status st = jg_args_parse(vm, "loads", args, nargs, kwnames, kw, 1, 1, a);
    if (st != JG_OK)
        return st;
    if (!jg_is_kind(a[0], JG_K_BYTES))
        return jg_raise(vm, vm->t.TypeError, "a bytes-like object is required, not '%s'",
                        jg_type_name(vm, a[0]));
    jg_bytes *b = JG_AS(jg_bytes, a[0]);
    jg_list *fixups;
    st = jg_pickle_loads_fix(vm, (const uint8_t *)b->data, b->len, JG_PICKLE_COPY, NULL, 0, NULL,
                             out, &fixups);
    if (st != JG_OK || !fixups)
        return st;
    /* Keys that hash in Python go in from Python, then loads returns. */
    jg_value fa[2] = {*out, jg_obj_value(fixups)};
    return jg_tailcall_prelude(vm, "_pickle_fixup", fa, 2, NULL);
}

/* A class 'name' deriving from 'base', with __module__ 'pickle'. */
static jg_status new_exc_class(jg_vm *vm, jg_module *m, const char *name, jg_type *base,
                               jg_type **out)
{
    jg_str *n = jg_str_intern_cstr(vm, name);
    jg_dict *ns = jg_dict_new(vm);
    jg_tuple *bases = jg_tuple_from(vm, (jg_value[]){jg_obj_value(base)}, 1);
    jg_str *mod = jg_str_intern_cstr(vm, "pickle");
    jg_str *modkey = jg_str_intern_cstr(vm, "__module__");
    if (!n || !ns || !bases || !mod || !modkey)
        return jg_raise_nomem(vm);
    jg_value c;
    jg_status st = jg_dict_set_str(vm, ns, modkey, jg_obj_value(mod));
    if (st != JG_OK || (st = jg_class_new(vm, n, bases, ns, &c)) != JG_OK ||
        (st = jg_module_set(vm, m, name, c)) != JG_OK)
        return st;
    *out = JG_AS(jg_type, c);
    return JG_OK;
}

jg_status jg_mod_pickle_init(jg_vm *vm, jg_module *m)
{
    jg_type *base, *p, *u;
    jg_status st;
    if ((st = jg_module_add_fn(vm, m, "dumps", pickle_dumps)) != JG_OK ||
        (st = jg_module_add_fn(vm, m, "loads", pickle_loads)) != JG_OK ||
        (st = new_exc_class(vm, m, "PickleError", vm->t.Exception, &base)) != JG_OK ||
        (st = new_exc_class(vm, m, "PicklingError", base, &p)) != JG_OK ||
        (st = new_exc_class(vm, m, "UnpicklingError", base, &u)) != JG_OK)
        return st;
    return jg_module_set(vm, m, "HIGHEST_PROTOCOL", jg_int(5));
}
