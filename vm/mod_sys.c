/*
 * vm/mod_sys.c - the `sys` module: argv, exit, stdout/stderr, the recursion
 * limit, modules, and the constants scripts look at.
 */
#include "module.h"

#include <string.h>

#include "object_impl.h"

/* sys.stdout / sys.stderr: objects with write() and flush(). */
static jg_status stream_write(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "write", n - 1, kw, 1, 1);
    if (st != JG_OK)
        return st;
    if (!jg_is_kind(a[1], JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "write() argument must be str, not %s",
                        jg_type_name(vm, a[1]));
    jg_str *s = JG_AS(jg_str, a[1]);
    jg_cobj *stream = JG_AS(jg_cobj, a[0]);
    if (stream->payload == (void *)2)
        jg_write_err(vm, s->data, s->len);
    else
        jg_write_out(vm, s->data, s->len);
    *out = jg_int_from_i64(vm, s->n_chars);
    return JG_OK;
}

static jg_status stream_flush(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    if (JG_AS(jg_cobj, a[0])->payload == (void *)1)
        jg_flush_out(vm);
    *out = JG_NONE;
    return JG_OK;
}

static jg_status sys_exit(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "exit", n, kw, 0, 1);
    if (st != JG_OK)
        return st;
    /* sys.exit() and sys.exit(None) both raise SystemExit() with no args. */
    bool has_arg = n && a[0] != JG_NONE;
    jg_tuple *args = has_arg ? jg_tuple_from(vm, a, 1) : NULL;
    if (has_arg && !args)
        return jg_raise_nomem(vm);
    jg_value exc;
    if ((st = jg_exc_new(vm, vm->t.SystemExit, args, &exc)) != JG_OK)
        return st;
    vm->exc = exc;
    return JG_RAISED;
}

static jg_status sys_setrecursionlimit(jg_vm *vm, jg_value *a, int n, jg_tuple *kw,
                                       jg_value *out)
{
    jg_status st = jg_args_count(vm, "setrecursionlimit", n, kw, 1, 1);
    if (st != JG_OK)
        return st;
    if (jg_is_float(a[0]))
        return jg_raise(vm, vm->t.TypeError, "'float' object cannot be interpreted as an integer");
    int64_t limit;
    if ((st = jg_int_to_i64(vm, a[0], &limit)) != JG_OK)
        return st;
    if (limit < 1)
        return jg_raise(vm, vm->t.ValueError, "recursion limit must be greater or equal than 1");
    if (limit > JG_MAX_RECURSION_LIMIT)
        return jg_raise(vm, vm->t.OverflowError,
                        "recursion limit %lld is over jumpgate's maximum of %u",
                        (long long)limit, JG_MAX_RECURSION_LIMIT);
    if ((uint64_t)limit <= vm->cur->depth)
        return jg_raise(vm, vm->t.RecursionError,
                        "cannot set the recursion limit to %lld at the recursion depth %u: the "
                        "limit is too low",
                        (long long)limit, vm->cur->depth);
    vm->recursion_limit = (uint32_t)limit;
    *out = JG_NONE;
    return JG_OK;
}

static jg_status sys_getrecursionlimit(jg_vm *vm, jg_value *a, int n, jg_tuple *kw,
                                       jg_value *out)
{
    jg_status st = jg_args_count(vm, "getrecursionlimit", n, kw, 0, 0);
    if (st != JG_OK)
        return st;
    *out = jg_int_from_i64(vm, vm->recursion_limit);
    return JG_OK;
}

static jg_status sys_exc_info(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_value h = vm->cur->handled;
    jg_tuple *t = jg_tuple_new(vm, 3);
    if (!t)
        return jg_raise_nomem(vm);
    if (h != JG_NONE) {
        t->items[0] = jg_obj_value(jg_typeof(vm, h));
        t->items[1] = h;
    }
    *out = jg_obj_value(t);
    return JG_OK;
}

static jg_value make_stream(jg_vm *vm, jg_type *t, uintptr_t which)
{
    jg_cobj *o = jg_gc_alloc(vm, t, sizeof(jg_cobj));
    if (!o)
        return JG_NONE;
    o->payload = (void *)which;
    return jg_obj_value(o);
}

static jg_value str_value(jg_vm *vm, const char *s)
{
    jg_str *x = jg_str_from_cstr(vm, s);
    return x ? jg_obj_value(x) : JG_NONE;
}

jg_status jg_mod_sys_init(jg_vm *vm, jg_module *m)
{
    jg_status st;
    jg_list *argv = jg_list_new(vm, 0);
    if (!argv)
        return jg_raise_nomem(vm);
    for (int i = 0; i < vm->cfg.argc; i++) {
        jg_str *s;
        if ((st = jg_str_decode(vm, vm->cfg.argv[i], strlen(vm->cfg.argv[i]), &s)) != JG_OK)
            return st;
        if ((st = jg_list_append(vm, argv, jg_obj_value(s))) != JG_OK)
            return st;
    }
    jg_type *stream_t = jg_type_new_builtin(vm, "TextIOWrapper", vm->t.object, JG_K_OTHER, NULL);
    if (!stream_t)
        return jg_raise_nomem(vm);
    stream_t->module = jg_str_intern_cstr(vm, "_io");
    if ((st = jg_type_add_method(vm, stream_t, "write", stream_write, 0)) ||
        (st = jg_type_add_method(vm, stream_t, "flush", stream_flush, 0)))
        return st;
    jg_list *path = jg_list_new(vm, 0);
    jg_tuple *vinfo = jg_tuple_new(vm, 5);
    if (!path || !vinfo)
        return jg_raise_nomem(vm);
    if (vm->main_dir && (st = jg_list_append(vm, path, jg_obj_value(vm->main_dir))) != JG_OK)
        return st;
    vinfo->items[0] = jg_int(3);
    vinfo->items[1] = jg_int(11);
    vinfo->items[2] = jg_int(0);
    vinfo->items[3] = str_value(vm, "final");
    vinfo->items[4] = jg_int(0);
    if ((st = jg_module_set(vm, m, "argv", jg_obj_value(argv))) ||
        (st = jg_module_set(vm, m, "stdout", make_stream(vm, stream_t, 1))) ||
        (st = jg_module_set(vm, m, "stderr", make_stream(vm, stream_t, 2))) ||
        (st = jg_module_set(vm, m, "modules", jg_obj_value(vm->modules))) ||
        (st = jg_module_set(vm, m, "path", jg_obj_value(path))) ||
        (st = jg_module_set(vm, m, "maxsize", jg_int_from_i64(vm, INT64_MAX))) ||
        (st = jg_module_set(vm, m, "maxunicode", jg_int(0x10FFFF))) ||
        (st = jg_module_set(vm, m, "byteorder", str_value(vm, "little"))) ||
        (st = jg_module_set(vm, m, "platform", str_value(vm, "linux"))) ||
        (st = jg_module_set(vm, m, "version",
                            str_value(vm, "3.11.0 (jumpgate " JG_VERSION_STRING ")"))) ||
        (st = jg_module_set(vm, m, "version_info", jg_obj_value(vinfo))) ||
        (st = jg_module_add_fn(vm, m, "exit", sys_exit)) ||
        (st = jg_module_add_fn(vm, m, "exc_info", sys_exc_info)) ||
        (st = jg_module_add_fn(vm, m, "setrecursionlimit", sys_setrecursionlimit)) ||
        (st = jg_module_add_fn(vm, m, "getrecursionlimit", sys_getrecursionlimit)))
        return st;
    return JG_OK;
}
