/*
 * vm/mod_sys.c - the `sys` module: argv, exit, stdout/stderr, the recursion
 * limit, modules, and the constants scripts look at.
 */
#include "module.h"

#include <float.h>
#include <string.h>

#include "buf.h"
#include "interp.h"
#include "str.h"
#include "object_impl.h"
#include "tuple.h"

/* The type named in an "argument ... must be X, not Y" message: CPython's
 * _PyArg_BadArgument says "None" for None, not "NoneType". */
static inline const char *arg_type_name(jg_vm *vm, jg_value v)
{
    return v == JG_NONE ? "None" : jg_type_name(vm, v);
}

/* sys.stdout / sys.stderr: objects with write() and flush(). */
static jg_status stream_write(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "TextIOWrapper.write", n - 1, kw, 1, 1);
    if (st != JG_OK)
        return st;
    if (!jg_is_kind(a[1], JG_K_STR))
        return jg_raise(vm, vm->t.TypeError, "write() argument must be str, not %s",
                        arg_type_name(vm, a[1]));
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
    if (kw && kw->len)
        return jg_raise(vm, vm->t.TypeError, "sys.exit() takes no keyword arguments");
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
    jg_status st = jg_args_count(vm, "sys.setrecursionlimit", n, kw, 1, 1);
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
    jg_status st = jg_args_count(vm, "sys.getrecursionlimit", n, kw, 0, 0);
    if (st != JG_OK)
        return st;
    *out = jg_int_from_i64(vm, vm->recursion_limit);
    return JG_OK;
}

/* sys._caller_module_name(depth): the __name__ of the module whose code runs
 * 'depth' Python frames above the caller of this function (1: the caller's
 * caller), or None.  jumpgate has no frame objects (sys._getframe); this is
 * what namedtuple() asks of one to name its class's module. */
static jg_status sys_caller_module_name(jg_vm *vm, jg_value *a, int n, jg_tuple *kw,
                                        jg_value *out)
{
    jg_status st = jg_args_count(vm, "_caller_module_name", n, kw, 1, 1);
    if (st != JG_OK)
        return st;
    int64_t depth;
    if ((st = jg_int_to_i64(vm, a[0], &depth)) != JG_OK)
        return st;
    jg_frame *f = vm->cur ? vm->cur->frame : NULL;
    for (; f && depth > 0; depth--)
        f = f->back;
    jg_value name = f && f->globals ? jg_dict_get_str(f->globals, jg_sym(vm, JG_SYM___name__))
                                    : JG_UNDEF;
    *out = name == JG_UNDEF ? JG_NONE : name;
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

/* ---------------------------------------------------------------- struct sequences */

/* sys.version_info and sys.float_info are CPython struct sequences: tuples
 * whose items are also named attributes and whose repr names them.  Each is
 * a tuple subtype with one getter per field; the field names live in the
 * tables below, which the repr reads through the type's name. */

static const char *const version_info_fields[] = {"major", "minor", "micro", "releaselevel",
                                                  "serial", NULL};
static const char *const float_info_fields[] = {
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
    "dig", "mant_dig", "epsilon", "radix", "rounds", NULL};

static jg_type_hooks structseq_hooks;

static jg_status structseq_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    jg_tuple *t = JG_AS(jg_tuple, self);
    const char *name = jg_obj_of(self)->type->name->data;
    const char *const *fields =
        strcmp(name, "version_info") == 0 ? version_info_fields : float_info_fields;
    jg_buf b;
    jg_buf_init(&b);
    jg_status st = jg_buf_printf(&b, "sys.%s(", name);
    for (size_t i = 0; st == JG_OK && i < t->len && fields[i]; i++) {
        jg_str *r;
        if ((st = jg_repr(vm, t->items[i], &r)) != JG_OK)
            break;
        st = jg_buf_printf(&b, "%s%s=%s", i ? ", " : "", fields[i], r->data);
    }
    if (st == JG_OK)
        st = jg_buf_putc(&b, ')');
    if (st == JG_OK && !(*out = jg_str_from_buf(vm, &b)))
        st = JG_ERR_NOMEM;
    jg_buf_free(&b);
    return st == JG_ERR_NOMEM ? jg_raise_nomem(vm) : st;
}

#define FIELD_GETTER(i)                                                                     \
    static jg_status field_get_##i(jg_vm *vm, jg_value *a, int n, jg_tuple *kw,             \
                                   jg_value *out)                                           \
    {                                                                                       \
        (void)vm, (void)n, (void)kw;                                                        \
        *out = JG_AS(jg_tuple, a[0])->items[i];                                             \
        return JG_OK;                                                                       \
    }
FIELD_GETTER(0)
FIELD_GETTER(1)
FIELD_GETTER(2)
FIELD_GETTER(3)
FIELD_GETTER(4)
FIELD_GETTER(5)
FIELD_GETTER(6)
FIELD_GETTER(7)
FIELD_GETTER(8)
FIELD_GETTER(9)
FIELD_GETTER(10)
static const jg_native_fn field_getters[] = {
    field_get_0, field_get_1, field_get_2, field_get_3, field_get_4,  field_get_5,
    field_get_6, field_get_7, field_get_8, field_get_9, field_get_10,
};

/* A struct sequence 'sys.<name>' holding 'items' (as many as 'fields' names). */
static jg_status structseq_new(jg_vm *vm, const char *name, const char *const *fields,
                               const jg_value *items, jg_value *out)
{
    size_t n = 0;
    while (fields[n])
        n++;
    jg_type *t = jg_type_new_builtin(vm, name, vm->t.tuple, JG_K_TUPLE, NULL);
    if (!t)
        return jg_raise_nomem(vm);
    t->module = jg_str_intern_cstr(vm, "sys");
    structseq_hooks = *vm->t.tuple->hooks;
    structseq_hooks.repr = structseq_repr;
    structseq_hooks.str = NULL;
    t->hooks = &structseq_hooks;
    for (size_t i = 0; i < n; i++) {
        jg_status st = jg_type_add_getter(vm, t, fields[i], field_getters[i]);
        if (st != JG_OK)
            return st;
    }
    jg_tuple *v = jg_tuple_from_typed(vm, t, items, n);
    if (!v)
        return jg_raise_nomem(vm);
    *out = jg_obj_value(v);
    return JG_OK;
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
    if (!path)
        return jg_raise_nomem(vm);
    if (vm->main_dir && (st = jg_list_append(vm, path, jg_obj_value(vm->main_dir))) != JG_OK)
        return st;
    jg_value vinfo, finfo;
    jg_value vitems[] = {jg_int(3), jg_int(11), jg_int(0), str_value(vm, "final"), jg_int(0)};
    jg_value fitems[] = {jg_float(DBL_MAX),  jg_int(DBL_MAX_EXP),  jg_int(DBL_MAX_10_EXP),
                         jg_float(DBL_MIN),  jg_int(DBL_MIN_EXP),  jg_int(DBL_MIN_10_EXP),
                         jg_int(DBL_DIG),    jg_int(DBL_MANT_DIG), jg_float(DBL_EPSILON),
                         jg_int(FLT_RADIX),  jg_int(FLT_ROUNDS)};
    if ((st = structseq_new(vm, "version_info", version_info_fields, vitems, &vinfo)) ||
        (st = structseq_new(vm, "float_info", float_info_fields, fitems, &finfo)))
        return st;
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
        (st = jg_module_set(vm, m, "version_info", vinfo)) ||
        (st = jg_module_set(vm, m, "float_info", finfo)) ||
        (st = jg_module_add_fn(vm, m, "exit", sys_exit)) ||
        (st = jg_module_add_fn(vm, m, "exc_info", sys_exc_info)) ||
        (st = jg_module_add_fn(vm, m, "_caller_module_name", sys_caller_module_name)) ||
        (st = jg_module_add_fn(vm, m, "setrecursionlimit", sys_setrecursionlimit)) ||
        (st = jg_module_add_fn(vm, m, "getrecursionlimit", sys_getrecursionlimit)))
        return st;
    return JG_OK;
}
