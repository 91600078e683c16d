/*
 * vm/embed.c - hosting a VM: the calls a node makes (jumpgate.h "Hosting").
 *
 * The host stands where a program's main tasklet would: between its calls no
 * Python code runs and the main thread has no frames, so each call may enter
 * the dispatcher once (jg_interp_call) to run the scheduler, start a
 * tasklet or run a module body.  The scheduler loop itself is Python
 * (vm/lib/_host.py), on the main tasklet, built from stackless.run().
 *
 * Tasklets are named by their ids; vm->host_tasklets maps every tasklet the
 * VM made while hosted (by the host or by Python code) to the tasklet, and
 * drops the finished ones as it lists them.
 *
 * Invariant: every call returns with the main thread idle and vm->exc clear.
 */
#include <stdlib.h>
#include <string.h>

#include "jumpgate.h"
#include "codeid.h"
#include "dict.h"
#include "exc.h"
#include "func.h"
#include "interp.h"
#include "module.h"
#include "object_impl.h"
#include "pickle.h"
#include "tasklet.h"
#include "timer.h"
#include "vm_init.h"

/* Turns the Python exception left by a failed call into 'err' (its
 * traceback written to the error stream when 'print'). */
static jg_status fail_exc(jg_vm *vm, jg_status code, bool print, jg_err *err)
{
    jg_value exc = vm->exc;
    jg_clear_exc(vm);
    char last[256] = "";
    if (print) {
        jg_flush_out(vm);
        jg_exc_print(vm, exc, jg_exc_str_simple, last, sizeof last);
    } else {
        jg_str *s = NULL;
        if (jg_exc_str(vm, exc, &s) != JG_OK)
            jg_clear_exc(vm);
        snprintf(last, sizeof last, "%s: %s", jg_type_name(vm, exc), s ? s->data : "");
    }
    return jg_fail(err, code, "%s", last);
}

/* An attribute of an imported module (importing it, and running its body,
 * the first time). */
static jg_status module_attr(jg_vm *vm, const char *module, const char *name, jg_value *out)
{
    jg_str *an = jg_str_intern_cstr(vm, name);
    if (!an)
        return jg_raise_nomem(vm);
    jg_module *m;
    jg_status st = jg_import_from_c(vm, module, &m);
    if (st != JG_OK)
        return st;
    *out = jg_dict_get_str(m->dict, an);
    if (*out == JG_UNDEF)
        return jg_raise(vm, vm->t.AttributeError, "module '%s' has no attribute '%s'", module,
                        name);
    return JG_OK;
}

/* Makes the VM a host's: the stackless module and the tasklet registry. */
static jg_status host_report(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out);

static jg_status hosted(jg_vm *vm)
{
    if (vm->host_tasklets)
        return JG_OK;
    /* _host.run_slice reports through its native _report, made once. */
    jg_module *m;
    jg_status st = jg_import_from_c(vm, "_host", &m);
    if (st != JG_OK || (st = jg_module_add_fn(vm, m, "_report", host_report)) != JG_OK)
        return st;
    if (!(vm->host_tasklets = jg_dict_new(vm)))
        return jg_raise_nomem(vm);
    return JG_OK;
}

jg_status jg_host_register(jg_vm *vm, jg_tasklet *t)
{
    if (!vm->host_tasklets)
        return JG_OK;
    jg_value key = jg_int_from_i64(vm, (int64_t)(t->id & INT64_MAX));
    return jg_dict_set(vm, vm->host_tasklets, key, jg_obj_value(t));
}

jg_status jg_host_rekey(jg_vm *vm, jg_tasklet *t, uint64_t id)
{
    if (vm->host_tasklets) {
        bool found;
        jg_value old = jg_int_from_i64(vm, (int64_t)(t->id & INT64_MAX));
        if (jg_dict_del(vm, vm->host_tasklets, old, &found) != JG_OK)
            return JG_RAISED;
    }
    t->id = id;
    return jg_host_register(vm, t);
}

static jg_tasklet *find(jg_vm *vm, jg_tasklet_id id)
{
    if (!vm->host_tasklets || id > INT64_MAX)
        return NULL;
    jg_value v;
    bool found;
    if (jg_dict_get(vm, vm->host_tasklets, jg_int_from_i64(vm, (int64_t)id), &v, &found) !=
        JG_OK) {
        jg_clear_exc(vm);
        return NULL;
    }
    return found ? JG_AS(jg_tasklet, v) : NULL;
}

/* ---------------------------------------------------------------- code */

/* Compiles 'src' as module 'name' and registers it; *fresh when it was not
 * loaded before (by hash). */
static jg_status make_module(jg_vm *vm, const char *name, const char *filename, const char *src,
                             size_t len, jg_module **out, jg_code **code, bool *fresh,
                             uint8_t hash[32], jg_err *err)
{
    uint8_t h[JG_CODE_HASH_BYTES];
    jg_codeid_hash(src, len, h);
    if (hash)
        memcpy(hash, h, sizeof h);
    jg_module *m;
    if (jg_codeid_find_module(vm, h, &m) != JG_OK)
        return fail_exc(vm, JG_ERR_NOMEM, false, err);
    *fresh = !m;
    if (m) {
        *out = m;
        *code = NULL;
        return JG_OK;
    }
    jg_err cerr = {0};
    if (jg_compile_source(vm, filename, src, len, code, &cerr) != JG_OK) {
        if (err)
            *err = cerr;
        return JG_ERR_SYNTAX;
    }
    jg_str *mname = jg_str_intern_cstr(vm, name);
    jg_str *path = jg_str_from_cstr(vm, filename);
    m = mname && path ? jg_module_new(vm, mname, path) : NULL;
    if (!m)
        return jg_fail(err, JG_ERR_NOMEM, "out of memory loading module '%s'", name);
    jg_status st = jg_dict_set_str(vm, vm->modules, mname, jg_obj_value(m));
    if (st == JG_OK)
        st = jg_dict_set_str(vm, m->dict, jg_sym(vm, JG_SYM___builtins__),
                             jg_obj_value(vm->builtins));
    if (st == JG_OK)
        st = jg_codeid_register_module(vm, m, *code);
    if (st != JG_OK)
        return fail_exc(vm, JG_ERR_NOMEM, false, err);
    *out = m;
    return JG_OK;
}

jg_status jg_vm_add_module(jg_vm *vm, const char *name, const char *filename, const char *src,
                           size_t len, uint8_t hash[32], jg_err *err)
{
    if (hosted(vm) != JG_OK)
        return fail_exc(vm, JG_ERR_RUNTIME, true, err);
    jg_module *m;
    jg_code *code;
    bool fresh;
    jg_status st = make_module(vm, name, filename, src, len, &m, &code, &fresh, hash, err);
    if (st != JG_OK || !fresh)
        return st;
    /* A program's main module runs here as "__mp_main__" (multiprocessing's
     * name for it), so that its `if __name__ == "__main__":` part does not. */
    if (strcmp(name, "__main__") == 0) {
        jg_str *mp = jg_str_intern_cstr(vm, "__mp_main__");
        if (!mp || jg_dict_set_str(vm, m->dict, jg_sym(vm, JG_SYM___name__), jg_obj_value(mp)) ||
            jg_dict_set_str(vm, vm->modules, mp, jg_obj_value(m)))
            return fail_exc(vm, JG_ERR_NOMEM, false, err);
    }
    if (jg_interp_run_module(vm, code, m->dict) != JG_OK)
        return fail_exc(vm, JG_ERR_RUNTIME, true, err);
    return JG_OK;
}

jg_status jg_vm_start_program(jg_vm *vm, const char *filename, const char *src, size_t len,
                              jg_tasklet_id *id, jg_err *err)
{
    if (hosted(vm) != JG_OK)
        return fail_exc(vm, JG_ERR_RUNTIME, true, err);
    jg_module *m;
    jg_code *code;
    bool fresh;
    jg_status st = make_module(vm, "__main__", filename, src, len, &m, &code, &fresh, NULL, err);
    if (st != JG_OK)
        return st;
    if (!fresh)
        return jg_fail(err, JG_ERR_RUNTIME, "program '%s' is already loaded", filename);
    vm->main_module = m;
    jg_func *body = jg_func_new(vm, code, m->dict);
    jg_value start, tv, arg;
    if (!body)
        return jg_fail(err, JG_ERR_NOMEM, "out of memory");
    arg = jg_obj_value(body);
    if (module_attr(vm, "_host", "start", &start) != JG_OK ||
        jg_interp_call(vm, start, &arg, 1, &tv) != JG_OK)
        return fail_exc(vm, JG_ERR_RUNTIME, true, err);
    *id = JG_AS(jg_tasklet, tv)->id;
    return JG_OK;
}

/* ---------------------------------------------------------------- running */

/* _host.run_slice's report(e): a tasklet's uncaught exception, written as
 * the main program's would be (SystemExit ends the tasklet quietly). */
static jg_status host_report(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    (void)kw;
    *out = JG_NONE;
    if (nargs != 1 || !jg_is_kind(args[0], JG_K_EXC))
        return JG_OK;
    if (jg_isinstance(vm, args[0], vm->t.SystemExit))
        return JG_OK;
    char last[256];
    jg_flush_out(vm);
    jg_exc_print(vm, args[0], jg_exc_str_simple, last, sizeof last);
    return JG_OK;
}

jg_status jg_vm_run_slice(jg_vm *vm, uint64_t steps, jg_run_info *info, jg_err *err)
{
    memset(info, 0, sizeof *info);
    if (hosted(vm) != JG_OK)
        return fail_exc(vm, JG_ERR_RUNTIME, true, err);
    jg_value run, res;
    if (module_attr(vm, "_host", "run_slice", &run) != JG_OK)
        return fail_exc(vm, JG_ERR_RUNTIME, true, err);
    jg_sched_wake_due(vm);
    uint64_t before = vm->steps;
    jg_value budget = jg_int_from_i64(vm, (int64_t)(steps > INT32_MAX ? INT32_MAX : steps));
    if (jg_interp_call(vm, run, &budget, 1, &res) != JG_OK)
        return fail_exc(vm, JG_ERR_RUNTIME, true, err);
    jg_flush_out(vm);
    info->budget_spent = res == JG_TRUE;
    info->steps = vm->steps - before;
    info->runnable = vm->runcount ? vm->runcount - 1 : 0;
    info->sleeping = jg_timer_count(vm);
    double d;
    if ((info->has_timer = jg_timer_earliest(vm, &d)))
        info->next_timer = d;
    return JG_OK;
}

/* ---------------------------------------------------------------- tasklets */

static jg_tasklet_state state_of(const jg_tasklet *t)
{
    if (t->frozen)
        return JG_TASKLET_FROZEN;
    if (t->next)
        return JG_TASKLET_RUNNABLE;
    if (t->chan)
        return JG_TASKLET_BLOCKED;
    if (t->sleep_slot)
        return JG_TASKLET_SLEEPING;
    return JG_TASKLET_PAUSED;
}

size_t jg_vm_tasklets(jg_vm *vm, jg_tasklet_info *out, size_t cap)
{
    if (!vm->host_tasklets)
        return 0;
    jg_dict *d = vm->host_tasklets;
    size_t n = 0;
    uint32_t pos = 0;
    jg_value k, v;
    int64_t h;
    jg_list *dead = jg_list_new(vm, 0);
    while (jg_dict_next(d, &pos, &k, &v, &h)) {
        jg_tasklet *t = JG_AS(jg_tasklet, v);
        if (t->finished || t == vm->tasklet_main) {
            if (dead && jg_list_append(vm, dead, k) != JG_OK)
                jg_clear_exc(vm);
            continue;
        }
        if (n < cap) {
            out[n].id = t->id;
            out[n].state = state_of(t);
            out[n].channel = 0;
            if (t->chan) {
                jg_value cid;
                bool found = false;
                if (vm->chan_ids &&
                    jg_dict_get(vm, vm->chan_ids, jg_obj_value(t->chan), &cid, &found) != JG_OK)
                    jg_clear_exc(vm);
                if (found && jg_is_int(cid))
                    out[n].channel = (uint64_t)jg_as_int(cid);
            }
        }
        n++;
    }
    for (uint32_t i = 0; dead && i < dead->len; i++) {
        bool found;
        if (jg_dict_del(vm, d, dead->items[i], &found) != JG_OK)
            jg_clear_exc(vm);
    }
    return n;
}

jg_status jg_vm_freeze(jg_vm *vm, jg_tasklet_id id, uint8_t **data, size_t *len, jg_err *err)
{
    jg_tasklet *t = find(vm, id);
    if (!t || t->finished)
        return jg_fail(err, JG_ERR_RUNTIME, "no tasklet %llu", (unsigned long long)id);
    if (t->frozen)
        return jg_fail(err, JG_ERR_RUNTIME, "tasklet %llu is frozen already",
                       (unsigned long long)id);
    jg_bytes *b;
    if (jg_pickle_dumps_ex(vm, jg_obj_value(t), JG_PICKLE_MIGRATE, NULL, &b, NULL, NULL) !=
        JG_OK)
        return fail_exc(vm, JG_ERR_PICKLE, false, err);
    if (!(*data = malloc(b->len ? b->len : 1)))
        return jg_fail(err, JG_ERR_NOMEM, "out of memory");
    memcpy(*data, b->data, b->len);
    *len = b->len;
    jg_sched_freeze(vm, t);
    return JG_OK;
}

jg_status jg_vm_thaw(jg_vm *vm, jg_tasklet_id id, jg_err *err)
{
    jg_tasklet *t = find(vm, id);
    if (!t || !t->frozen)
        return jg_fail(err, JG_ERR_RUNTIME, "no frozen tasklet %llu", (unsigned long long)id);
    if (jg_sched_thaw(vm, t) != JG_OK)
        return fail_exc(vm, JG_ERR_RUNTIME, false, err);
    return JG_OK;
}

jg_status jg_vm_drop(jg_vm *vm, jg_tasklet_id id, jg_err *err)
{
    jg_tasklet *t = find(vm, id);
    if (!t || !t->frozen)
        return jg_fail(err, JG_ERR_RUNTIME, "no frozen tasklet %llu", (unsigned long long)id);
    /* Its frames go with the tasklet object; nothing runs it again. */
    t->finished = true;
    bool found;
    if (jg_dict_del(vm, vm->host_tasklets, jg_int_from_i64(vm, (int64_t)id), &found) != JG_OK)
        jg_clear_exc(vm);
    return JG_OK;
}

jg_status jg_vm_load_tasklet(jg_vm *vm, const uint8_t *data, size_t len, jg_tasklet_id *id,
                             jg_err *err)
{
    if (hosted(vm) != JG_OK)
        return fail_exc(vm, JG_ERR_RUNTIME, true, err);
    jg_value v;
    jg_list *fixups;
    if (jg_pickle_loads_fix(vm, data, len, JG_PICKLE_MIGRATE, NULL, 0, NULL, &v, &fixups) !=
        JG_OK) {
        if (vm->missing_code) {
            vm->missing_code = false;
            jg_clear_exc(vm);
            char hex[65];
            for (int i = 0; i < 32; i++)
                snprintf(hex + 2 * i, 3, "%02x", vm->missing_hash[i]);
            jg_fail(err, JG_ERR_NEED_CODE, "the pickle needs code this VM has not loaded");
            if (err)
                snprintf(err->where, sizeof err->where, "%s", hex);
            return JG_ERR_NEED_CODE;
        }
        return fail_exc(vm, JG_ERR_PICKLE, false, err);
    }
    if (!jg_isinstance(vm, v, vm->tasklet_type))
        return jg_fail(err, JG_ERR_PICKLE, "the pickle holds no tasklet");
    if (fixups) {
        /* Entries whose keys hash in Python go in before the tasklet runs. */
        jg_value fn, args[2] = {v, jg_obj_value(fixups)}, ignored;
        if (module_attr(vm, "_builtins", "_pickle_fixup", &fn) != JG_OK ||
            jg_interp_call(vm, fn, args, 2, &ignored) != JG_OK)
            return fail_exc(vm, JG_ERR_RUNTIME, true, err);
    }
    jg_tasklet *t = JG_AS(jg_tasklet, v);
    if (jg_sched_resume_loaded(vm, t) != JG_OK)
        return fail_exc(vm, JG_ERR_RUNTIME, false, err);
    *id = t->id;
    return JG_OK;
}

jg_status jg_vm_channel_done(jg_vm *vm, jg_tasklet_id id, const uint8_t *value, size_t len,
                             bool is_exception, jg_err *err)
{
    jg_tasklet *t = find(vm, id);
    if (!t || !t->chan || !t->chan->shared || t->frozen)
        return jg_fail(err, JG_ERR_RUNTIME, "tasklet %llu waits on no shared channel",
                       (unsigned long long)id);
    jg_value v = JG_NONE;
    if (t->dir < 0) {
        if (jg_pickle_loads_ex(vm, value, len, JG_PICKLE_MIGRATE, NULL, 0, NULL, &v) != JG_OK)
            return fail_exc(vm, JG_ERR_PICKLE, false, err);
        if (is_exception && !jg_is_kind(v, JG_K_EXC))
            return jg_fail(err, JG_ERR_PICKLE, "the exception to raise is not an exception");
    }
    jg_channel_remote_done(vm, t, v, is_exception);
    return JG_OK;
}
