/*
 * vm/tasklet.c - tasklets and the scheduler (tasklet.h has the model).
 *
 * Scheduling order, where Stackless leaves it open, is this: the run queue is
 * a ring whose head is the current tasklet; schedule() moves the head on, so
 * the current tasklet goes to the back; a new or inserted tasklet goes to the
 * back; when a switch favours another tasklet (tasklet.run(), a channel's
 * preference), that tasklet runs at once and the one that was running comes
 * right after it.  A tasklet that runs JG_DEFAULT_TASKLET_SLICE steps (calls
 * and loop iterations; jg_vm_config.tasklet_slice) without switching is
 * preempted as if it had called schedule().  run(timeout) counts steps too.
 *
 * Invariant: every tasklet in the ring has started, is not finished and is
 * not blocked; vm->runcount counts the ring.
 */
#include "tasklet.h"

#include <string.h>

#include "builtins.h"
#include "exc.h"
#include "interp.h"
#include "object_impl.h"

/* ---------------------------------------------------------------- the ring */

static void ring_insert_after(jg_tasklet *pos, jg_tasklet *t)
{
    t->prev = pos;
    t->next = pos->next;
    pos->next->prev = t;
    pos->next = t;
}

/* Puts 't' at the back of the run queue (just before the current tasklet). */
static void ring_append(jg_vm *vm, jg_tasklet *t)
{
    ring_insert_after(vm->tasklet_cur->prev, t);
    vm->runcount++;
}

static void ring_remove(jg_vm *vm, jg_tasklet *t)
{
    t->prev->next = t->next;
    t->next->prev = t->prev;
    t->next = t->prev = NULL;
    vm->runcount--;
}

/* Makes 't' (in the ring) the running tasklet: its thread becomes current,
 * and the result or exception it was suspended waiting for is delivered. */
/* Steps a tasklet runs before preemption; 0 when it never is. */
static uint64_t slice_of(const jg_vm *vm)
{
    long s = vm->cfg.tasklet_slice;
    return s < 0 ? 0 : s == 0 ? JG_DEFAULT_TASKLET_SLICE : (uint64_t)s;
}

static void update_sched_at(jg_vm *vm)
{
    uint64_t p = vm->preempt_at, w = vm->watchdog_at;
    vm->sched_at = !p ? w : !w ? p : p < w ? p : w;
}

static void switch_to(jg_vm *vm, jg_tasklet *t)
{
    vm->tasklet_cur = t;
    vm->cur = t->th;
    uint64_t slice = slice_of(vm);
    vm->preempt_at = slice ? vm->steps + slice : 0;
    update_sched_at(vm);
    if (t->resume_push) {
        t->resume_push = false;
        *t->th->frame->sp++ = t->tempval;
        t->tempval = JG_NONE;
    }
    if (t->resume_exc != JG_NONE) {
        jg_value e = t->resume_exc;
        t->resume_exc = JG_NONE;
        jg_raise_set(vm, e);
    }
}

/* Suspends the current tasklet in the call it is making, which returns
 * 'result' when it is resumed. */
static void suspend_current(jg_vm *vm, jg_value result)
{
    jg_tasklet *cur = vm->tasklet_cur;
    cur->resume_push = true;
    cur->tempval = result;
}

/* Runs 't' (in the ring, not current) now, the current tasklet right after
 * it; the current one's call returns 'result' when it resumes. */
static jg_status run_first(jg_vm *vm, jg_tasklet *t, jg_value result)
{
    jg_tasklet *cur = vm->tasklet_cur;
    suspend_current(vm, result);
    /* Ring order: t, cur, then the rest. */
    t->prev->next = t->next;
    t->next->prev = t->prev;
    ring_insert_after(cur->prev, t);
    switch_to(vm, t);
    return JG_SWITCHED;
}

/* ---------------------------------------------------------------- scheduler */

/* Blocks the current tasklet (its channel queue holds it already; the caller
 * made sure another tasklet is runnable): it leaves the run queue and the
 * next one runs.  When resumed, its call returns its tempval then. */
jg_status jg_sched_block(jg_vm *vm, jg_value *out)
{
    jg_tasklet *cur = vm->tasklet_cur;
    jg_tasklet *next = cur->next;
    ring_remove(vm, cur);
    cur->resume_push = true;
    switch_to(vm, next);
    (void)out;
    return JG_SWITCHED;
}

/* Puts woken tasklet 't' in the run queue: at the back, the current call
 * returning 'result' now; or, 'now', running first (see run_first). */
jg_status jg_sched_make_runnable(jg_vm *vm, jg_tasklet *t, bool now, jg_value result,
                                 jg_value *out)
{
    ring_append(vm, t);
    if (now)
        return run_first(vm, t, result);
    *out = result;
    return JG_OK;
}

void jg_sched_tasklet_done(jg_vm *vm, jg_value exc)
{
    jg_tasklet *t = vm->tasklet_cur;
    jg_tasklet *next = t->next;
    t->finished = true;
    t->func = JG_NONE;
    ring_remove(vm, t);
    bool quiet = exc == JG_UNDEF ||
                 (vm->tasklet_exit != JG_NONE &&
                  jg_isinstance(vm, exc, JG_AS(jg_type, vm->tasklet_exit)));
    jg_tasklet *main = vm->tasklet_main;
    if (!quiet || vm->runcount == 0) {
        /* The exception (or a deadlock, when no tasklet is left to run) goes
         * to the main tasklet, wherever it waits. */
        if (main->chan)
            jg_channel_unblock(vm, main);
        if (!main->next) {
            if (vm->runcount == 0) {
                main->next = main->prev = main;
                vm->runcount = 1;
            } else {
                ring_insert_after(next->prev, main);
                vm->runcount++;
            }
        }
        next = main;
        if (quiet) {
            jg_raise(vm, vm->t.RuntimeError, JG_DEADLOCK_MESSAGE);
            exc = vm->exc;
            vm->exc = JG_NONE;
        }
        main->resume_push = false;
        main->resume_exc = exc;
    }
    switch_to(vm, next);
}

bool jg_sched_tick(jg_vm *vm)
{
    jg_tasklet *cur = vm->tasklet_cur;
    if (vm->watchdog_at && vm->steps >= vm->watchdog_at && cur != vm->tasklet_main &&
        !vm->tasklet_main->chan) {
        /* run(timeout): the interrupted tasklet leaves the run queue and is
         * what the main tasklet's run() returns. */
        jg_tasklet *main = vm->tasklet_main;
        vm->watchdog_at = 0;
        ring_remove(vm, cur);
        if (!main->next)
            ring_append(vm, main);
        main->tempval = jg_obj_value(cur);
        switch_to(vm, main);
        return true;
    }
    if (vm->preempt_at && vm->steps >= vm->preempt_at && vm->runcount > 1) {
        /* The slice is over: to the back of the run queue, as schedule(). */
        switch_to(vm, cur->next);
        return true;
    }
    uint64_t slice = slice_of(vm);
    vm->preempt_at = slice ? vm->steps + slice : 0;
    update_sched_at(vm);
    return false;
}

void jg_sched_mark(jg_vm *vm)
{
    jg_gc_mark_obj(vm, vm->tasklet_main);
    jg_gc_mark_obj(vm, vm->tasklet_cur);
    jg_gc_mark_value(vm, vm->tasklet_exit);
    jg_tasklet *t = vm->tasklet_cur;
    if (t)
        for (jg_tasklet *u = t->next; u && u != t; u = u->next)
            jg_gc_mark_obj(vm, u);
}

/* ---------------------------------------------------------------- the object */

static void tasklet_trace(jg_vm *vm, jg_obj *o)
{
    jg_tasklet *t = (jg_tasklet *)o;
    jg_gc_mark_obj(vm, t->attrs);
    jg_interp_mark_thread(vm, t->th);
    jg_gc_mark_value(vm, t->tempval);
    jg_gc_mark_value(vm, t->resume_exc);
    jg_gc_mark_value(vm, t->func);
    jg_gc_mark_obj(vm, t->chan);
    jg_gc_mark_obj(vm, t->cnext);
    jg_gc_mark_obj(vm, t->next);
    jg_gc_mark_obj(vm, t->prev);
}

static void tasklet_finalize(jg_vm *vm, jg_obj *o)
{
    jg_tasklet *t = (jg_tasklet *)o;
    if (t->th == &t->own)
        jg_interp_free_thread(&t->own);
}

static jg_status tasklet_repr(jg_vm *vm, jg_value self, jg_str **out)
{
    char buf[64];
    snprintf(buf, sizeof buf, "<tasklet %llu>", (unsigned long long)JG_AS(jg_tasklet, self)->id);
    *out = jg_str_from_cstr(vm, buf);
    return *out ? JG_OK : jg_raise_nomem(vm);
}

static const jg_type_hooks tasklet_hooks = {
    .trace = tasklet_trace,
    .finalize = tasklet_finalize,
    .repr = tasklet_repr,
};

static jg_tasklet *tasklet_alloc(jg_vm *vm, jg_type *type)
{
    jg_tasklet *t = jg_gc_alloc(vm, type, sizeof(jg_tasklet));
    if (!t)
        return NULL;
    t->th = &t->own;
    t->own.handled = JG_NONE;
    t->tempval = JG_NONE;
    t->resume_exc = JG_NONE;
    t->func = JG_NONE;
    t->id = ++vm->next_tasklet_id;
    return t;
}

static jg_tasklet *self_tasklet(jg_vm *vm, jg_value v)
{
    return jg_isinstance(vm, v, vm->tasklet_type) ? JG_AS(jg_tasklet, v) : NULL;
}

#define SELF()                                                                               \
    jg_tasklet *t = nargs >= 1 ? self_tasklet(vm, args[0]) : NULL;                           \
    if (!t)                                                                                  \
        return jg_raise(vm, vm->t.TypeError, "descriptor requires a 'tasklet' object");

/* tasklet(func=None) */
static jg_status tasklet_new(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    static const char *const kwlist[] = {"func", NULL};
    jg_value a[1];
    if (jg_args_parse(vm, "tasklet", args + 1, nargs - 1, kw, kwlist, 0, 1, a) != JG_OK)
        return JG_RAISED;
    if (a[0] != JG_UNDEF && a[0] != JG_NONE && !jg_is_callable(vm, a[0]))
        return jg_raise(vm, vm->t.TypeError, "tasklet function must be a callable");
    jg_tasklet *t = tasklet_alloc(vm, JG_AS(jg_type, args[0]));
    if (!t)
        return jg_raise_nomem(vm);
    t->func = a[0] == JG_UNDEF ? JG_NONE : a[0];
    *out = jg_obj_value(t);
    return JG_OK;
}

static jg_status tasklet_bind(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    SELF();
    if (jg_args_count(vm, "bind", nargs - 1, kw, 1, 1) != JG_OK)
        return JG_RAISED;
    if (t->started)
        return jg_raise(vm, vm->t.RuntimeError, "tasklet is already bound to a frame");
    if (args[1] != JG_NONE && !jg_is_callable(vm, args[1]))
        return jg_raise(vm, vm->t.TypeError, "tasklet function must be a callable");
    t->func = args[1];
    *out = args[0];
    return JG_OK;
}

/* tasklet.setup(*args, **kwargs), also tasklet(*args, **kwargs): binds the
 * arguments and makes the tasklet runnable (at the back of the queue). */
static jg_status tasklet_setup(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    SELF();
    if (t->started)
        return jg_raise(vm, vm->t.RuntimeError, "tasklet is already bound to a frame");
    if (t->func == JG_NONE)
        return jg_raise(vm, vm->t.RuntimeError, "tasklet needs a function to be set up");
    int n_kw = kw ? (int)kw->len : 0;
    int n_pos = nargs - 1 - n_kw;
    jg_tuple *pos = jg_tuple_from(vm, args + 1, (size_t)n_pos);
    jg_dict *kwargs = jg_dict_new(vm);
    if (!pos || !kwargs)
        return jg_raise_nomem(vm);
    for (int i = 0; i < n_kw; i++)
        if (jg_dict_set(vm, kwargs, kw->items[i], args[1 + n_pos + i]) != JG_OK)
            return JG_RAISED;
    jg_value main_fn = jg_prelude_get(vm, "_tasklet_main");
    if (main_fn == JG_UNDEF)
        return jg_raise(vm, vm->t.RuntimeError, "internal: the prelude has no _tasklet_main");
    jg_value call[3] = {t->func, jg_obj_value(pos), jg_obj_value(kwargs)};
    t->own.handled = JG_NONE;
    if (jg_interp_push_call(vm, &t->own, main_fn, call, 3, JG_FIN_TASKLET) != JG_OK)
        return JG_RAISED;
    t->started = true;
    t->func = JG_NONE;
    ring_append(vm, t);
    *out = args[0];
    return JG_OK;
}

/* tasklet.insert(): back into the run queue (a removed or paused tasklet). */
static jg_status tasklet_insert(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                jg_value *out)
{
    SELF();
    if (jg_args_count(vm, "insert", nargs - 1, kw, 0, 0) != JG_OK)
        return JG_RAISED;
    if (t->finished || !t->started)
        return jg_raise(vm, vm->t.RuntimeError, "You cannot run an unbound(dead) tasklet");
    if (t->chan)
        return jg_raise(vm, vm->t.RuntimeError, "You cannot run a blocked tasklet");
    if (!t->next)
        ring_append(vm, t);
    *out = JG_NONE;
    return JG_OK;
}

/* tasklet.remove(): out of the run queue, to be insert()ed later. */
static jg_status tasklet_remove(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                jg_value *out)
{
    SELF();
    if (jg_args_count(vm, "remove", nargs - 1, kw, 0, 0) != JG_OK)
        return JG_RAISED;
    if (t == vm->tasklet_cur)
        return jg_raise(vm, vm->t.RuntimeError, "The current tasklet cannot be removed.");
    if (t->next)
        ring_remove(vm, t);
    *out = args[0];
    return JG_OK;
}

/* tasklet.run(): switch to it now; the caller runs right after it. */
static jg_status tasklet_run(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    SELF();
    if (jg_args_count(vm, "run", nargs - 1, kw, 0, 0) != JG_OK)
        return JG_RAISED;
    if (t->finished || !t->started)
        return jg_raise(vm, vm->t.RuntimeError, "You cannot run an unbound(dead) tasklet");
    if (t->chan)
        return jg_raise(vm, vm->t.RuntimeError, "You cannot run a blocked tasklet");
    if (t == vm->tasklet_cur) {
        *out = JG_NONE;
        return JG_OK;
    }
    if (!t->next)
        ring_append(vm, t);
    return run_first(vm, t, JG_NONE);
}

/* Raises exception instance 'exc' in tasklet 't': at once, the caller
 * running right after it, or only scheduled when 'pending'.  A blocked
 * tasklet leaves its channel; the current one raises it in itself. */
static jg_status raise_in(jg_vm *vm, jg_tasklet *t, jg_value exc, bool pending, jg_value *out)
{
    *out = JG_NONE;
    if (t == vm->tasklet_cur)
        return jg_raise_set(vm, exc);
    if (t->finished)
        return jg_raise(vm, vm->t.RuntimeError, "You cannot throw to a dead tasklet");
    if (t->chan)
        jg_channel_unblock(vm, t);
    if (!t->next)
        ring_append(vm, t);
    t->resume_push = false;
    t->resume_exc = exc;
    if (pending)
        return JG_OK;
    return run_first(vm, t, JG_NONE);
}

jg_status jg_make_exception(jg_vm *vm, jg_value exc, jg_value val, jg_value *out)
{
    if (jg_is_kind(exc, JG_K_TYPE) &&
        jg_type_is_subtype(JG_AS(jg_type, exc), vm->t.BaseException)) {
        jg_tuple *args = NULL;
        if (val != JG_NONE && val != JG_UNDEF) {
            args = jg_is_kind(val, JG_K_TUPLE) ? JG_AS(jg_tuple, val) : jg_tuple_from(vm, &val, 1);
            if (!args)
                return jg_raise_nomem(vm);
        }
        return jg_exc_new(vm, JG_AS(jg_type, exc), args, out);
    }
    if (jg_is_obj(exc) && jg_obj_of(exc)->type->kind == JG_K_EXC) {
        *out = exc;
        return JG_OK;
    }
    return jg_raise(vm, vm->t.TypeError,
                    "exceptions must be classes, or instances, not %s", jg_type_name(vm, exc));
}

/* A flag argument ('pending'): false when absent; a Python __bool__ is not
 * run for it (refused). */
static jg_status flag_arg(jg_vm *vm, jg_value v, bool *out)
{
    *out = false;
    if (v == JG_UNDEF)
        return JG_OK;
    jg_status st = jg_truth(vm, v, out);
    if (st == JG_NEEDS_PY)
        return jg_raise(vm, vm->t.TypeError, "pending must be a bool");
    return st;
}

/* tasklet.kill(pending=False): raise TaskletExit in it. */
static jg_status tasklet_kill(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    SELF();
    static const char *const kwlist[] = {"pending", NULL};
    jg_value a[1];
    if (jg_args_parse(vm, "kill", args + 1, nargs - 1, kw, kwlist, 0, 1, a) != JG_OK)
        return JG_RAISED;
    *out = JG_NONE;
    if (t->finished)
        return JG_OK;
    if (vm->tasklet_exit == JG_NONE)
        return jg_raise(vm, vm->t.RuntimeError, "internal: TaskletExit is not defined");
    if (!t->started) {
        t->finished = true;
        t->func = JG_NONE;
        return JG_OK;
    }
    jg_value exc;
    if (jg_exc_new(vm, JG_AS(jg_type, vm->tasklet_exit), NULL, &exc) != JG_OK)
        return JG_RAISED;
    bool pending;
    if (flag_arg(vm, a[0], &pending) != JG_OK)
        return JG_RAISED;
    return raise_in(vm, t, exc, pending, out);
}

/* tasklet.throw(exc=None, val=None, tb=None, pending=False) */
static jg_status tasklet_throw(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                               jg_value *out)
{
    SELF();
    static const char *const kwlist[] = {"exc", "val", "tb", "pending", NULL};
    jg_value a[4];
    if (jg_args_parse(vm, "throw", args + 1, nargs - 1, kw, kwlist, 0, 4, a) != JG_OK)
        return JG_RAISED;
    if (!t->started || t->finished)
        return jg_raise(vm, vm->t.RuntimeError, "You cannot throw to a dead tasklet");
    jg_value exc = a[0] == JG_UNDEF || a[0] == JG_NONE ? jg_obj_value(vm->t.RuntimeError) : a[0];
    jg_value inst;
    if (jg_make_exception(vm, exc, a[1], &inst) != JG_OK)
        return JG_RAISED;
    bool pending;
    if (flag_arg(vm, a[3], &pending) != JG_OK)
        return JG_RAISED;
    return raise_in(vm, t, inst, pending, out);
}

jg_status jg_exc_from_class_args(jg_vm *vm, const char *fname, jg_value *args, int nargs,
                                 jg_tuple *kw, jg_value *out)
{
    if (kw && kw->len)
        return jg_raise(vm, vm->t.TypeError, "%s() takes no keyword arguments", fname);
    if (nargs < 1)
        return jg_raise(vm, vm->t.TypeError, "%s() takes at least 1 argument", fname);
    if (!jg_is_kind(args[0], JG_K_TYPE) ||
        !jg_type_is_subtype(JG_AS(jg_type, args[0]), vm->t.BaseException))
        return jg_raise(vm, vm->t.TypeError, "exceptions must be classes deriving BaseException");
    jg_tuple *eargs = jg_tuple_from(vm, args + 1, (size_t)(nargs - 1));
    if (!eargs)
        return jg_raise_nomem(vm);
    return jg_exc_new(vm, JG_AS(jg_type, args[0]), eargs, out);
}

/* tasklet.raise_exception(exc_class, *args): throw(exc_class(*args)), now. */
static jg_status tasklet_raise_exception(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                         jg_value *out)
{
    SELF();
    jg_value inst;
    if (jg_exc_from_class_args(vm, "raise_exception", args + 1, nargs - 1, kw, &inst) != JG_OK)
        return JG_RAISED;
    if (!t->started || t->finished)
        return jg_raise(vm, vm->t.RuntimeError, "You cannot throw to a dead tasklet");
    return raise_in(vm, t, inst, false, out);
}

static jg_status get_alive(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_tasklet *t = JG_AS(jg_tasklet, args[0]);
    *out = jg_bool((t->started || t == vm->tasklet_main) && !t->finished);
    return JG_OK;
}
static jg_status get_scheduled(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                               jg_value *out)
{
    jg_tasklet *t = JG_AS(jg_tasklet, args[0]);
    *out = jg_bool(t->next != NULL || t->chan != NULL);
    return JG_OK;
}
static jg_status get_blocked(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    *out = jg_bool(JG_AS(jg_tasklet, args[0])->chan != NULL);
    return JG_OK;
}
static jg_status get_paused(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_tasklet *t = JG_AS(jg_tasklet, args[0]);
    *out = jg_bool(t->started && !t->finished && !t->next && !t->chan);
    return JG_OK;
}
static jg_status get_is_main(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    *out = jg_bool(JG_AS(jg_tasklet, args[0]) == vm->tasklet_main);
    return JG_OK;
}
static jg_status get_is_current(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                jg_value *out)
{
    *out = jg_bool(JG_AS(jg_tasklet, args[0]) == vm->tasklet_cur);
    return JG_OK;
}

/* ---------------------------------------------------------------- module functions */

/* stackless.schedule(retval=None): the current tasklet goes to the back of
 * the run queue; the call returns retval when it runs again. */
static jg_status sl_schedule(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    if (jg_args_count(vm, "schedule", nargs, kw, 0, 1) != JG_OK)
        return JG_RAISED;
    jg_value retval = nargs ? args[0] : JG_NONE;
    jg_tasklet *cur = vm->tasklet_cur;
    if (vm->runcount <= 1) {
        *out = retval;
        return JG_OK;
    }
    suspend_current(vm, retval);
    switch_to(vm, cur->next);
    return JG_SWITCHED;
}

static jg_status sl_getcurrent(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                               jg_value *out)
{
    if (jg_args_count(vm, "getcurrent", nargs, kw, 0, 0) != JG_OK)
        return JG_RAISED;
    *out = jg_obj_value(vm->tasklet_cur);
    return JG_OK;
}

static jg_status sl_getmain(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    if (jg_args_count(vm, "getmain", nargs, kw, 0, 0) != JG_OK)
        return JG_RAISED;
    *out = jg_obj_value(vm->tasklet_main);
    return JG_OK;
}

static jg_status sl_getruncount(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                jg_value *out)
{
    if (jg_args_count(vm, "getruncount", nargs, kw, 0, 0) != JG_OK)
        return JG_RAISED;
    *out = jg_int((int64_t)vm->runcount);
    return JG_OK;
}

/* _watchdog(steps): run()'s timeout; 0 turns it off. */
static jg_status sl_watchdog(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    if (jg_args_count(vm, "_watchdog", nargs, kw, 1, 1) != JG_OK)
        return JG_RAISED;
    if (!jg_is_int(args[0]) || jg_as_int(args[0]) < 0)
        return jg_raise(vm, vm->t.ValueError, "run() timeout must be a non-negative int");
    int64_t n = jg_as_int(args[0]);
    vm->watchdog_at = n ? vm->steps + (uint64_t)n : 0;
    update_sched_at(vm);
    *out = JG_NONE;
    return JG_OK;
}

/* _set_tasklet_exit(cls): the Python half of the module defines the class. */
static jg_status sl_set_tasklet_exit(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                     jg_value *out)
{
    if (jg_args_count(vm, "_set_tasklet_exit", nargs, kw, 1, 1) != JG_OK)
        return JG_RAISED;
    vm->tasklet_exit = args[0];
    *out = JG_NONE;
    return JG_OK;
}

/* ---------------------------------------------------------------- start-up */

jg_status jg_tasklet_init(jg_vm *vm, jg_module *m)
{
    if (!vm->tasklet_type) {
        jg_type *t = jg_type_new_builtin(vm, "tasklet", vm->t.object, JG_K_OTHER, &tasklet_hooks);
        if (!t)
            return jg_raise_nomem(vm);
        t->flags |= JG_TF_BASETYPE;
        vm->tasklet_type = t;
        jg_status st;
        if ((st = jg_type_add_method(vm, t, "__new__", tasklet_new, JG_NF_STATIC)) ||
            (st = jg_type_add_method(vm, t, "__call__", tasklet_setup, 0)) ||
            (st = jg_type_add_method(vm, t, "setup", tasklet_setup, 0)) ||
            (st = jg_type_add_method(vm, t, "bind", tasklet_bind, 0)) ||
            (st = jg_type_add_method(vm, t, "insert", tasklet_insert, 0)) ||
            (st = jg_type_add_method(vm, t, "remove", tasklet_remove, 0)) ||
            (st = jg_type_add_method(vm, t, "run", tasklet_run, 0)) ||
            (st = jg_type_add_method(vm, t, "kill", tasklet_kill, 0)) ||
            (st = jg_type_add_method(vm, t, "throw", tasklet_throw, 0)) ||
            (st = jg_type_add_method(vm, t, "raise_exception", tasklet_raise_exception, 0)) ||
            (st = jg_type_add_getter(vm, t, "paused", get_paused)) ||
            (st = jg_type_add_getter(vm, t, "alive", get_alive)) ||
            (st = jg_type_add_getter(vm, t, "scheduled", get_scheduled)) ||
            (st = jg_type_add_getter(vm, t, "blocked", get_blocked)) ||
            (st = jg_type_add_getter(vm, t, "is_main", get_is_main)) ||
            (st = jg_type_add_getter(vm, t, "is_current", get_is_current)))
            return st;
        /* The main tasklet: the program's own thread, already running. */
        jg_tasklet *main = tasklet_alloc(vm, t);
        if (!main)
            return jg_raise_nomem(vm);
        main->th = &vm->main_thread;
        main->started = true;
        main->next = main->prev = main;
        vm->tasklet_main = vm->tasklet_cur = main;
        vm->runcount = 1;
        vm->tasklet_exit = JG_NONE;
    }
    jg_status st;
    if ((st = jg_module_set(vm, m, "tasklet", jg_obj_value(vm->tasklet_type))) ||
        (st = jg_module_add_fn(vm, m, "schedule", sl_schedule)) ||
        (st = jg_module_add_fn(vm, m, "getcurrent", sl_getcurrent)) ||
        (st = jg_module_add_fn(vm, m, "getmain", sl_getmain)) ||
        (st = jg_module_add_fn(vm, m, "getruncount", sl_getruncount)) ||
        (st = jg_module_add_fn(vm, m, "_set_tasklet_exit", sl_set_tasklet_exit)) ||
        (st = jg_module_add_fn(vm, m, "_watchdog", sl_watchdog)))
        return st;
    return JG_OK;
}
