/*
 * vm/vm.c - creating and freeing a VM, and running a program in it: the
 * embedding API of vm/jumpgate.h.
 *
 * Start-up order matters: the built-in type objects are allocated before
 * anything that has a type (strings, dicts), then given their names and
 * dicts, then each type file adds its behaviour, then the builtins module and
 * the prelude (vm/lib/_builtins.py) are loaded.
 */
#include "jumpgate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "class.h"
#include "codeid.h"
#include "compile.h"
#include "exc.h"
#include "func.h"
#include "instance.h"
#include "interp.h"
#include "module.h"
#include "object_impl.h"
#include "repickle.h"
#include "str.h"
#include "vm_init.h"

/* ---------------------------------------------------------------- output */

#define OUT_FLUSH_AT (64u * 1024u)

void jg_flush_out(jg_vm *vm)
{
    if (!vm->out_len)
        return;
    if (vm->cfg.write_out)
        vm->cfg.write_out(vm->cfg.io_ctx, vm->out_buf, vm->out_len);
    else
        fwrite(vm->out_buf, 1, vm->out_len, stdout), fflush(stdout);
    vm->out_len = 0;
}

void jg_write_out(jg_vm *vm, const char *s, size_t len)
{
    if (vm->out_len + len > vm->out_cap) {
        jg_flush_out(vm);
        if (len > OUT_FLUSH_AT) {
            if (vm->cfg.write_out)
                vm->cfg.write_out(vm->cfg.io_ctx, s, len);
            else
                fwrite(s, 1, len, stdout), fflush(stdout);
            return;
        }
    }
    memcpy(vm->out_buf + vm->out_len, s, len);
    vm->out_len += len;
}

void jg_write_err(jg_vm *vm, const char *s, size_t len)
{
    jg_flush_out(vm);
    if (vm->cfg.write_err)
        vm->cfg.write_err(vm->cfg.io_ctx, s, len);
    else
        fwrite(s, 1, len, stderr), fflush(stderr);
}

/* ---------------------------------------------------------------- start-up */

static jg_type *raw_type(jg_vm *vm, jg_kind kind, jg_type *base)
{
    jg_type *t = jg_gc_alloc(vm, NULL, sizeof(jg_type));
    if (!t)
        return NULL;
    t->kind = kind;
    t->base = base;
    t->flags = JG_TF_IMMUTABLE;
    t->version = ++vm->next_type_version;
    return t;
}

static jg_status name_type(jg_vm *vm, jg_type *t, const char *name)
{
    t->name = jg_str_intern_cstr(vm, name);
    t->module = jg_str_intern_cstr(vm, "builtins");
    t->dict = jg_dict_new(vm);
    return t->name && t->module && t->dict ? JG_OK : JG_ERR_NOMEM;
}

static jg_status bootstrap_types(jg_vm *vm)
{
#define JG_ALLOC_TYPE(f, n, k, b)                                                           \
    vm->t.f = raw_type(vm, k, vm->t.b);                                                      \
    if (!vm->t.f)                                                                            \
        return JG_ERR_NOMEM;
#define none object /* 'object' itself: its base is set to NULL below */
    JG_BUILTIN_TYPES(JG_ALLOC_TYPE)
#undef none
    vm->t.object->base = NULL;
#define JG_ALLOC_EXC(f, n, b)                                                               \
    vm->t.f = raw_type(vm, JG_K_EXC, vm->t.b);                                               \
    if (!vm->t.f)                                                                            \
        return JG_ERR_NOMEM;
    JG_BUILTIN_EXCEPTIONS(JG_ALLOC_EXC)
#undef JG_ALLOC_EXC
    /* Every type object's type is `type`. */
#define JG_FIX_TYPE(f, n, k, b) vm->t.f->hdr.type = vm->t.type;
    JG_BUILTIN_TYPES(JG_FIX_TYPE)
#undef JG_FIX_TYPE
#define JG_FIX_EXC(f, n, b)                                                                 \
    vm->t.f->hdr.type = vm->t.type;                                                          \
    vm->t.f->hooks = jg_exc_hooks();                                                         \
    vm->t.f->flags |= JG_TF_BASETYPE;
    JG_BUILTIN_EXCEPTIONS(JG_FIX_EXC)
#undef JG_FIX_EXC
    /* Now strings and dicts can be made (their hooks come later; allocation
     * does not need them). */
    vm->interned = jg_dict_new(vm);
    if (!vm->interned)
        return JG_ERR_NOMEM;
#define JG_NAME_TYPE(f, n, k, b)                                                            \
    if (name_type(vm, vm->t.f, n) != JG_OK)                                                  \
        return JG_ERR_NOMEM;
    JG_BUILTIN_TYPES(JG_NAME_TYPE)
#undef JG_NAME_TYPE
#define JG_NAME_EXC(f, n, b)                                                                \
    if (name_type(vm, vm->t.f, n) != JG_OK)                                                  \
        return JG_ERR_NOMEM;
    JG_BUILTIN_EXCEPTIONS(JG_NAME_EXC)
#undef JG_NAME_EXC
    /* Subclass links, so version bumps reach subclasses. */
#define JG_LINK(f, n, k, b)                                                                 \
    if (vm->t.f->base && jg_type_add_subclass(vm, vm->t.f->base, vm->t.f) != JG_OK)          \
        return JG_ERR_NOMEM;
    JG_BUILTIN_TYPES(JG_LINK)
#undef JG_LINK
#define JG_LINK_EXC(f, n, b)                                                                \
    if (jg_type_add_subclass(vm, vm->t.f->base, vm->t.f) != JG_OK)                           \
        return JG_ERR_NOMEM;
    JG_BUILTIN_EXCEPTIONS(JG_LINK_EXC)
#undef JG_LINK_EXC
    jg_type *subclassable[] = {vm->t.object, vm->t.int_,  vm->t.float_, vm->t.str,
                               vm->t.tuple,  vm->t.list,  vm->t.dict,   vm->t.set,
                               vm->t.frozenset, vm->t.bytes};
    for (size_t i = 0; i < sizeof subclassable / sizeof subclassable[0]; i++)
        subclassable[i]->flags |= JG_TF_BASETYPE;
    return JG_OK;
}

static jg_status add_all_slot_wrappers(jg_vm *vm)
{
    jg_status st;
#define JG_WRAP(f, n, k, b)                                                                 \
    if ((st = jg_class_add_slot_wrappers(vm, vm->t.f)) != JG_OK)                             \
        return st;
    JG_BUILTIN_TYPES(JG_WRAP)
#undef JG_WRAP
    /* Exceptions: the base's wrappers are inherited by every subclass. */
    return jg_class_add_slot_wrappers(vm, vm->t.BaseException);
}

/* The build_class native is never called as a function: the call path
 * recognises it (interp.c build_class). */
static jg_status build_class_fn(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    return jg_raise(vm, vm->t.TypeError, "__build_class__ must be called by a class statement");
}

static jg_status load_prelude(jg_vm *vm)
{
    jg_str *name = jg_str_intern_cstr(vm, "_builtins");
    jg_module *m;
    jg_code *body;
    if (!name)
        return jg_raise_nomem(vm);
    jg_status st = jg_import_begin(vm, name, &m, &body);
    if (st != JG_OK)
        return st;
    vm->prelude = m;
    if (body) {
        if ((st = jg_dict_set_str(vm, m->dict, jg_sym(vm, JG_SYM___builtins__),
                                  jg_obj_value(vm->builtins))) != JG_OK)
            return st;
        if ((st = jg_interp_run_module(vm, body, m->dict)) != JG_OK)
            return st;
    }
    return JG_OK;
}

jg_vm *jg_vm_new(const jg_vm_config *cfg, jg_err *err)
{
    jg_vm *vm = calloc(1, sizeof *vm);
    if (!vm) {
        jg_fail(err, JG_ERR_NOMEM, "out of memory creating a VM");
        return NULL;
    }
    if (cfg)
        vm->cfg = *cfg;
    vm->out_cap = OUT_FLUSH_AT;
    vm->out_buf = malloc(vm->out_cap);
    vm->recursion_limit = JG_DEFAULT_RECURSION_LIMIT;
    vm->exc = JG_NONE;
    vm->tail.callable = JG_NONE;
    vm->stop_sentinel = JG_NONE;
    vm->markers[0] = vm->markers[1] = JG_NONE;
    vm->empty_tuple = JG_NONE;
    vm->main_thread.handled = JG_NONE;
    vm->cur = &vm->main_thread;
    for (size_t i = 0; i < sizeof vm->s_cache / sizeof vm->s_cache[0]; i++)
        vm->s_cache[i] = JG_NONE;
    if (!vm->out_buf || bootstrap_types(vm) != JG_OK) {
        jg_fail(err, JG_ERR_NOMEM, "out of memory creating a VM");
        jg_vm_free(&vm);
        return NULL;
    }
    jg_status st = jg_syms_init(vm);
    if (st == JG_OK)
        st = jg_vm_init_types(vm);
    if (st == JG_OK)
        st = add_all_slot_wrappers(vm);
    for (int i = 0; st == JG_OK && i < 2; i++) {
        jg_obj *o = jg_gc_alloc(vm, vm->t.object, sizeof(jg_obj));
        vm->markers[i] = o ? jg_obj_value(o) : JG_NONE;
        if (!o)
            st = JG_ERR_NOMEM;
    }
    if (st == JG_OK) {
        jg_tuple *e = jg_tuple_new(vm, 0);
        vm->empty_tuple = e ? jg_obj_value(e) : JG_NONE;
        vm->builtins = jg_dict_new(vm);
        vm->modules = jg_dict_new(vm);
        vm->build_class = jg_native_new(vm, "__build_class__", build_class_fn, JG_NULL);
        vm->stop_sentinel = vm->markers[1];
        if (!e || !vm->builtins || !vm->modules || !vm->build_class)
            st = JG_ERR_NOMEM;
    }
    if (st == JG_OK)
        st = jg_builtins_init(vm, vm->builtins);
    if (st == JG_OK)
        st = jg_dict_set_str(vm, vm->builtins, jg_str_intern_cstr(vm, "__build_class__"),
                             jg_obj_value(vm->build_class));
    if (st == JG_OK)
        st = load_prelude(vm);
    if (st != JG_OK) {
        if (st == JG_RAISED && vm->exc != JG_NONE) {
            char last[512];
            jg_exc_print(vm, vm->exc, jg_exc_str_simple, last, sizeof last);
            jg_fail(err, JG_ERR_RUNTIME, "the VM failed to start: %s", last);
        } else {
            jg_fail(err, JG_ERR_NOMEM, "out of memory creating a VM");
        }
        jg_vm_free(&vm);
        return NULL;
    }
    return vm;
}

void jg_vm_free(jg_vm **vmp)
{
    jg_vm *vm = *vmp;
    if (!vm)
        return;
    jg_flush_out(vm);
    jg_interp_free_thread(vm, &vm->main_thread);
    jg_gc_free_all(vm);
    jg_interp_chunk_pool_free(vm);
    free(vm->out_buf);
    free(vm);
    jg_scratch_release();
    *vmp = NULL;
}

void jg_vm_set_step_budget(jg_vm *vm, uint64_t steps)
{
    vm->step_budget = steps;
    vm->steps = 0;
}

/* ---------------------------------------------------------------- running */

/* str(exc) for the traceback printer: may run Python code (we are outside
 * the loop here, so entering it is allowed). */
jg_str *jg_exc_str_simple(jg_vm *vm, jg_value exc)
{
    jg_str *s = NULL;
    jg_status st = jg_str_of(vm, exc, &s);
    if (st == JG_OK)
        return s;
    jg_value saved = vm->exc;
    jg_clear_exc(vm);
    jg_value f = jg_prelude_get(vm, "_exc_str");
    jg_value r;
    if (f != JG_UNDEF && jg_interp_call(vm, f, &exc, 1, &r) == JG_OK && jg_is_kind(r, JG_K_STR))
        s = JG_AS(jg_str, r);
    else
        s = jg_str_from_cstr(vm, "<exception str() failed>");
    vm->exc = saved;
    return s;
}

/* Prints a compile error the way CPython prints a SyntaxError. */
static void print_syntax_error(jg_vm *vm, const jg_err *e, const char *src, size_t len)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "  File \"%s\", line %d\n", e->where, e->line);
    jg_write_err(vm, buf, strlen(buf));
    if (src && e->line > 0) {
        const char *p = src, *end = src + len;
        for (int l = 1; l < e->line && p < end; l++) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            p = nl ? nl + 1 : end;
        }
        const char *q = memchr(p, '\n', (size_t)(end - p));
        if (!q)
            q = end;
        const char *s = p;
        while (s < q && (*s == ' ' || *s == '\t' || *s == '\f'))
            s++;
        if (s < q) {
            int col = e->col > 0 ? e->col - (int)(s - p) : 1;
            snprintf(buf, sizeof buf, "    %.*s\n", (int)(q - s), s);
            jg_write_err(vm, buf, strlen(buf));
            if (col >= 1 && col < 900) {
                char caret[1024];
                int n = snprintf(caret, sizeof caret, "    %*s^\n", col - 1, "");
                jg_write_err(vm, caret, (size_t)n);
            }
        }
    }
    const char *msg = e->msg;
    if (strncmp(msg, "SyntaxError", 11) != 0 && strncmp(msg, "IndentationError", 16) != 0 &&
        strncmp(msg, "TabError", 8) != 0 && strncmp(msg, "RecursionError", 14) != 0)
        snprintf(buf, sizeof buf, "SyntaxError: %s\n", msg);
    else
        snprintf(buf, sizeof buf, "%s\n", msg);
    jg_write_err(vm, buf, strlen(buf));
}

/* Ends the run for an exception that escaped: SystemExit gives a status,
 * anything else a traceback and status 1. */
static jg_status report_exception(jg_vm *vm, jg_err *err)
{
    jg_value exc = vm->exc;
    jg_clear_exc(vm);
    if (jg_isinstance(vm, exc, vm->t.SystemExit)) {
        jg_value code = JG_AS(jg_exc, exc)->value;
        int status = 0;
        if (code == JG_NONE)
            status = 0;
        else if (jg_is_anyint(vm, code)) {
            int64_t c = 0;
            if (jg_int_to_i64(vm, code, &c) != JG_OK)
                c = -1, jg_clear_exc(vm);
            status = (int)(c & 0xFF);
        } else {
            jg_str *s = jg_exc_str_simple(vm, code);
            jg_write_err(vm, s->data, s->len);
            jg_write_err(vm, "\n", 1);
            status = 1;
        }
        jg_flush_out(vm);
        if (err) {
            err->code = JG_EXIT;
            err->exit_code = status;
        }
        return JG_EXIT;
    }
    jg_flush_out(vm);
    char last[512];
    jg_exc_print(vm, exc, jg_exc_str_simple, last, sizeof last);
    if (err) {
        jg_fail(err, JG_ERR_RUNTIME, "%s", last);
        err->exit_code = 1;
    }
    return JG_ERR_RUNTIME;
}

jg_status jg_vm_run_source(jg_vm *vm, const char *filename, const char *src, size_t len,
                           jg_err *err)
{
    jg_code *code;
    jg_err cerr = {0};
    if (jg_compile_source(vm, filename, src, len, &code, &cerr) != JG_OK) {
        print_syntax_error(vm, &cerr, src, len);
        if (err) {
            *err = cerr;
            err->code = JG_ERR_SYNTAX;
            err->exit_code = 1;
        }
        return JG_ERR_SYNTAX;
    }
    jg_str *name = jg_sym(vm, JG_SYM___main__);
    jg_str *path = jg_str_from_cstr(vm, filename);
    jg_module *m = path ? jg_module_new(vm, name, path) : NULL;
    if (!m)
        return jg_fail(err, JG_ERR_NOMEM, "out of memory");
    vm->main_module = m;
    jg_status st = jg_dict_set_str(vm, vm->modules, name, jg_obj_value(m));
    if (st == JG_OK)
        st = jg_dict_set_str(vm, m->dict, jg_sym(vm, JG_SYM___builtins__),
                             jg_obj_value(vm->builtins));
    if (st == JG_OK)
        st = jg_codeid_register_module(vm, m, code);
    if (st == JG_OK && vm->cfg.repickle_steps)
        st = jg_repickle_start(vm, vm->cfg.repickle_steps);
    if (st == JG_OK)
        st = jg_interp_run_module(vm, code, m->dict);
    if (st == JG_OK) {
        jg_flush_out(vm);
        return JG_OK;
    }
    if (st == JG_RAISED)
        return report_exception(vm, err);
    return jg_fail(err, st, "the program stopped: %d", (int)st);
}

jg_status jg_vm_run_file(jg_vm *vm, const char *path, jg_err *err)
{
    size_t len = 0;
    char *src = jg_read_file(path, &len);
    if (!src) {
        if (err) {
            snprintf(err->where, sizeof err->where, "%s", path);
            err->exit_code = 2;
        }
        return jg_fail(err, JG_ERR_IO, "can't open file '%s'", path);
    }
    /* Imports resolve beside the program. */
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = 0;
    else
        snprintf(dir, sizeof dir, ".");
    vm->main_dir = jg_str_from_cstr(vm, dir);
    jg_value sysmod = jg_dict_get_str(vm->modules, jg_str_intern_cstr(vm, "sys"));
    if (sysmod != JG_UNDEF) {
        /* sys was imported by the prelude before main_dir was known. */
        jg_value p = jg_dict_get_str(JG_AS(jg_module, sysmod)->dict, jg_str_intern_cstr(vm, "path"));
        if (p != JG_UNDEF && jg_is_kind(p, JG_K_LIST))
            jg_list_append(vm, JG_AS(jg_list, p), jg_obj_value(vm->main_dir));
    }
    jg_status st = jg_vm_run_source(vm, path, src, len, err);
    free(src);
    return st;
}

jg_status jg_vm_disassemble_file(jg_vm *vm, const char *path, void *out, jg_err *err)
{
    size_t len = 0;
    char *src = jg_read_file(path, &len);
    if (!src)
        return jg_fail(err, JG_ERR_IO, "can't open file '%s'", path);
    jg_code *code;
    jg_err cerr = {0};
    jg_status st = jg_compile_source(vm, path, src, len, &code, &cerr);
    if (st != JG_OK) {
        print_syntax_error(vm, &cerr, src, len);
        free(src);
        if (err)
            *err = cerr;
        return JG_ERR_SYNTAX;
    }
    free(src);
    jg_code_disassemble(vm, code, out);
    return JG_OK;
}
