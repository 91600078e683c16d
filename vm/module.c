/*
 * vm/module.c - module objects and `import`.
 *
 * `import NAME` finds, in order (LANGUAGE.md): a module already imported
 * (vm->modules), a built-in module - a native part (mod_*.c), a Python part
 * compiled into the binary (vm/lib/NAME.py), or both, the Python part running
 * with the native functions already in its namespace - and then NAME.py beside
 * the program.  A module's body runs as a frame of the importing thread (the
 * interpreter pushes it with JG_FIN_IMPORT), never by a C call back into the
 * loop; so an import can be paused and pickled like any other call.
 *
 * Invariant: a module is in vm->modules before its body starts, so circular
 * imports see the partly initialised module, as in CPython.
 */
#include "module.h"
#include "pickle.h"
#include "tasklet.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "codeid.h"
#include "exc.h"
#include "interp.h"
#include "iter.h"
#include "object_impl.h"

typedef struct {
    const char *name;
    const char *src;
    size_t len;
} jg_prelude_module;

extern const jg_prelude_module jg_prelude_modules[];

typedef jg_status (*native_init_fn)(jg_vm *vm, jg_module *m);

static const struct {
    const char *name;
    native_init_fn init;
} native_modules[] = {
    {"sys", jg_mod_sys_init},
    {"time", jg_mod_time_init},
    {"math", jg_mod_math_init},
    {"_random", jg_mod_random_init},
    {"_jg", jg_mod_jg_init},
    {"pickle", jg_mod_pickle_init},
    {"stackless", jg_mod_stackless_init},
    {"_builtins_containers", jg_mod__builtins_containers_init},
};

/* ---------------------------------------------------------------- objects */

static void module_trace(jg_vm *vm, jg_obj *o)
{
    jg_module *m = (jg_module *)o;
    jg_gc_mark_obj(vm, m->name);
    jg_gc_mark_obj(vm, m->dict);
    jg_gc_mark_obj(vm, m->path);
    jg_gc_mark_obj(vm, m->body);
    jg_gc_mark_obj(vm, m->codes);
}

static jg_status module_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    jg_module *m = JG_AS(jg_module, self);
    char buf[512];
    if (m->path)
        snprintf(buf, sizeof buf, "<module '%s' from '%s'>", m->name->data, m->path->data);
    else
        snprintf(buf, sizeof buf, "<module '%s' (built-in)>", m->name->data);
    *out = jg_str_from_cstr(vm, buf);
    return *out ? JG_OK : jg_raise_nomem(vm);
}

static const jg_type_hooks module_hooks = {.trace = module_trace, .repr = module_repr};

jg_module *jg_module_new(jg_vm *vm, jg_str *name, jg_str *path)
{
    jg_module *m = jg_gc_alloc(vm, vm->t.module, sizeof(jg_module));
    if (!m)
        return NULL;
    m->name = name;
    m->path = path;
    m->dict = jg_dict_new(vm);
    if (!m->dict)
        return NULL;
    if (jg_dict_set_str(vm, m->dict, jg_sym(vm, JG_SYM___name__), jg_obj_value(name)) != JG_OK)
        return NULL;
    if (jg_dict_set_str(vm, m->dict, jg_sym(vm, JG_SYM___doc__), JG_NONE) != JG_OK)
        return NULL;
    if (path &&
        jg_dict_set_str(vm, m->dict, jg_sym(vm, JG_SYM___file__), jg_obj_value(path)) != JG_OK)
        return NULL;
    return m;
}

jg_status jg_module_add_fn(jg_vm *vm, jg_module *m, const char *name, jg_native_fn fn)
{
    jg_native *n = jg_native_new(vm, name, fn, JG_NULL);
    if (!n)
        return jg_raise_nomem(vm);
    return jg_module_set(vm, m, name, jg_obj_value(n));
}

jg_status jg_module_set(jg_vm *vm, jg_module *m, const char *name, jg_value v)
{
    jg_str *key = jg_str_intern_cstr(vm, name);
    if (!key)
        return jg_raise_nomem(vm);
    return jg_dict_set_str(vm, m->dict, key, v);
}

/* ---------------------------------------------------------------- compiling */

jg_status jg_compile_source(jg_vm *vm, const char *filename, const char *src, size_t len,
                            jg_code **out, jg_err *err)
{
    jg_arena *arena = jg_arena_new();
    if (!arena)
        return jg_fail(err, JG_ERR_NOMEM, "out of memory");
    jg_module_ast *tree = NULL;
    jg_status st = jg_parse(arena, filename, src, len, &tree, err);
    if (st == JG_OK) {
        jg_str *source = jg_str_new(vm, src, len);
        jg_str *fname = jg_str_from_cstr(vm, filename);
        if (!source || !fname)
            st = jg_fail(err, JG_ERR_NOMEM, "out of memory");
        else
            st = jg_compile_module(vm, tree, source, fname, out, err);
    }
    jg_arena_free(&arena);
    if (st != JG_OK && err && !err->where[0])
        snprintf(err->where, sizeof err->where, "%s", filename);
    return st;
}

/* Turns a compile error into a SyntaxError (or IndentationError...) exception. */
jg_status jg_raise_syntax_error(jg_vm *vm, const jg_err *err)
{
    const char *msg = err->msg;
    jg_type *t = vm->t.SyntaxError;
    const char *colon = strstr(msg, ": ");
    if (colon) {
        size_t n = (size_t)(colon - msg);
        if (n == 16 && strncmp(msg, "IndentationError", n) == 0)
            t = vm->t.IndentationError;
        else if (n == 8 && strncmp(msg, "TabError", n) == 0)
            t = vm->t.TabError;
        else if (n == 14 && strncmp(msg, "RecursionError", n) == 0)
            t = vm->t.RecursionError; /* nesting too deep to compile */
        if (strncmp(msg, "SyntaxError", n) == 0 || t != vm->t.SyntaxError)
            msg = colon + 2;
    }
    if (err->code == JG_ERR_NOMEM)
        return jg_raise_nomem(vm);
    return jg_raise(vm, t, "%s", msg);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, fp);
        n += got;
        if (n < cap)
            break;
        char *nb = realloc(buf, cap * 2);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    fclose(fp);
    if (buf)
        *len = n;
    return buf;
}

char *jg_read_file(const char *path, size_t *len)
{
    return read_file(path, len);
}

/* ---------------------------------------------------------------- import */

static const jg_prelude_module *find_prelude(const char *name)
{
    for (const jg_prelude_module *p = jg_prelude_modules; p->name; p++)
        if (strcmp(p->name, name) == 0)
            return p;
    return NULL;
}

static native_init_fn find_native(const char *name)
{
    for (size_t i = 0; i < sizeof native_modules / sizeof native_modules[0]; i++)
        if (strcmp(native_modules[i].name, name) == 0)
            return native_modules[i].init;
    return NULL;
}

/* True when `import name` makes the module from native code alone, with no
 * Python body to run (so C code, e.g. pickle.loads, may import it). */
bool jg_module_is_native_only(const char *name)
{
    return find_native(name) && !find_prelude(name);
}

jg_status jg_import_begin(jg_vm *vm, jg_str *name, jg_module **out, jg_code **body)
{
    *body = NULL;
    jg_value have = jg_dict_get_str(vm->modules, name);
    if (have != JG_UNDEF && jg_is_kind(have, JG_K_MODULE)) {
        *out = JG_AS(jg_module, have);
        return JG_OK;
    }
    if (memchr(name->data, '.', name->len)) {
        jg_raise(vm, vm->t.ModuleNotFoundError, "No module named '%s'", name->data);
        jg_exc_set_import_info(vm, name, JG_NONE);
        return JG_RAISED;
    }
    native_init_fn native = find_native(name->data);
    const jg_prelude_module *py = find_prelude(name->data);
    jg_module *m = NULL;
    if (native || py) {
        m = jg_module_new(vm, name, NULL);
        if (!m)
            return jg_raise_nomem(vm);
        jg_status st = jg_dict_set_str(vm, vm->modules, name, jg_obj_value(m));
        if (st != JG_OK)
            return st;
        if (native && (st = native(vm, m)) != JG_OK)
            return st;
        if (py) {
            char fname[128];
            snprintf(fname, sizeof fname, "<frozen %s>", py->name);
            jg_err err = {0};
            if (jg_compile_source(vm, fname, py->src, py->len, body, &err) != JG_OK)
                return jg_raise_syntax_error(vm, &err);
            if (py->name[0] == '_')
                jg_code_mark_hidden(*body);
            /* Pickles name code by module hash: register it as it is made. */
            if ((st = jg_codeid_register_module(vm, m, *body)) != JG_OK)
                return st;
        }
        *out = m;
        return JG_OK;
    }
    /* NAME.py beside the program. */
    if (vm->main_dir) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.py", vm->main_dir->data, name->data);
        size_t len = 0;
        char *src = read_file(path, &len);
        if (src) {
            jg_str *p = jg_str_from_cstr(vm, path);
            m = p ? jg_module_new(vm, name, p) : NULL;
            if (!m) {
                free(src);
                return jg_raise_nomem(vm);
            }
            jg_err err = {0};
            jg_status st = jg_compile_source(vm, path, src, len, body, &err);
            free(src);
            if (st != JG_OK)
                return jg_raise_syntax_error(vm, &err);
            st = jg_dict_set_str(vm, vm->modules, name, jg_obj_value(m));
            if (st == JG_OK)
                st = jg_codeid_register_module(vm, m, *body);
            if (st != JG_OK)
                return st;
            *out = m;
            return JG_OK;
        }
    }
    jg_raise(vm, vm->t.ModuleNotFoundError, "No module named '%s'", name->data);
    jg_exc_set_import_info(vm, name, JG_NONE);
    return JG_RAISED;
}

void jg_import_done(jg_vm *vm, jg_module *m)
{
    (void)vm;
    (void)m;
}

jg_status jg_import_star(jg_vm *vm, jg_value mod, jg_dict *into)
{
    if (!jg_is_kind(mod, JG_K_MODULE))
        return jg_raise(vm, vm->t.TypeError, "import * needs a module");
    jg_dict *d = JG_AS(jg_module, mod)->dict;
    for (uint32_t i = 0; i < d->n_entries; i++) {
        jg_dict_entry *e = &d->entries[i];
        if (e->key == JG_UNDEF || !jg_is_kind(e->key, JG_K_STR))
            continue;
        if (JG_AS(jg_str, e->key)->data[0] == '_')
            continue;
        jg_status st = jg_dict_set(vm, into, e->key, e->value);
        if (st != JG_OK)
            return st;
    }
    return JG_OK;
}

void jg_code_mark_hidden(jg_code *c)
{
    c->flags |= JG_CO_HIDDEN;
    for (uint32_t i = 0; i < c->n_consts; i++)
        if (jg_is_kind(c->consts[i], JG_K_CODE))
            jg_code_mark_hidden(JG_AS(jg_code, c->consts[i]));
}

jg_status jg_module_init_types(jg_vm *vm)
{
    vm->t.module->hooks = &module_hooks;
    return JG_OK;
}

jg_status jg_import_from_c(jg_vm *vm, const char *name, jg_module **out)
{
    jg_str *n = jg_str_intern_cstr(vm, name);
    if (!n)
        return jg_raise_nomem(vm);
    jg_code *body;
    jg_status st = jg_import_begin(vm, n, out, &body);
    if (st != JG_OK || !body)
        return st;
    if ((st = jg_dict_set_str(vm, (*out)->dict, jg_sym(vm, JG_SYM___builtins__),
                              jg_obj_value(vm->builtins))) != JG_OK ||
        (st = jg_interp_run_module(vm, body, (*out)->dict)) != JG_OK)
        return st;
    jg_import_done(vm, *out);
    return JG_OK;
}
