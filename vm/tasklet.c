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
 * Sleeping (time.sleep): the sleeper leaves the run queue for vm->timers.
 * At every switch, and at the preemption tick (every slice, or every
 * JG_SLEEP_CHECK_STEPS steps when preemption is off), the sleepers whose
 * deadline has passed are woken - earliest deadline first, ties in the order
 * they went to sleep - to the back of the run queue as it is after the
 * switch.  When nothing is runnable the VM waits (the process sleeps) for the
 * earliest deadline; only when nothing is runnable and nothing sleeps is
 * there a deadlock.  sleep(0) is schedule().  A sleeping tasklet is alive,
 * and neither scheduled (it is in no run queue), blocked (in Stackless that
 * means waiting on a channel, and code that tests it means that) nor paused
 * (something will wake it); insert() leaves it asleep, run() and switch()
 * refuse it as they refuse a blocked one, kill() and throw() wake it with the
 * exception, and remove() pauses it keeping the rest of its sleep in
 * sleep_left, which insert() resumes.  stackless.run() returns once no other
 * tasklet is runnable or sleeping, waiting for sleepers as it goes.
 *
 * switch() is run() that pauses the caller: it leaves the run queue until
 * something inserts or runs it again.  When the last runnable tasklet ends
 * and nothing sleeps, the main tasklet resumes if it was paused, and gets the
 * deadlock error if it was blocked.
 *
 * A new tasklet's bottom frame lives in a chunk of its own sized to it
 * ('base'), apart from the thread's chunk stack, so the first call it makes
 * starts a small first chunk (JG_FIRST_CHUNK_SIZE) rather than a full one:
 * an idle tasklet costs its object and its one frame.
 *
 * Invariant: every tasklet in the ring has started, is not finished, is not
 * blocked and does not sleep; vm->runcount counts the ring.
 */
#include "tasklet.h"

#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "exc.h"
#include "interp.h"
#include "object_impl.h"
#include "timer.h"

/* ---------------------------------------------------------------- the ring */

static void ring_insert_after(jg_tasklet *pos, jg_tasklet *t)
{
    t->prev = pos;
    t->next = pos->next;
    pos->next->prev = t;
    pos->next = t;
}

/* Puts 't' at the back of the run queue whose head is 'head', or makes it
 * the whole queue when 'head' is NULL. */
static void ring_add(jg_vm *vm, jg_tasklet *head, jg_tasklet *t)
{
    if (head)
        ring_insert_after(head->prev, t);
    else
        t->next = t->prev = t;
    vm->runcount++;
}

/* Puts 't' at the back of the run queue (just before the current tasklet). */
static void ring_append(jg_vm *vm, jg_tasklet *t)
{
    ring_add(vm, vm->tasklet_cur, t);
}

static void ring_remove(jg_vm *vm, jg_tasklet *t)
{
    t->prev->next = t->next;
    t->next->prev = t->prev;
    t->next = t->prev = NULL;
    vm->runcount--;
}

/* ---------------------------------------------------------------- sleepers */

/* Wakes the sleepers due at 'now', in deadline order, into the back of the
 * run queue whose head is 'head' (NULL: the queue is empty and they make
 * it).  Returns the queue's head. */
static jg_tasklet *wake_at(jg_vm *vm, jg_tasklet *head, double now)
{
    jg_tasklet *t;
    while ((t = jg_timer_pop_due(vm, now))) {
        ring_add(vm, head, t);
        if (!head)
            head = t;
    }
    return head;
}

/* wake_at(now): costs one test when nobody sleeps, a clock read otherwise. */
static jg_tasklet *wake_due(jg_vm *vm, jg_tasklet *head)
{
    return jg_timer_count(vm) ? wake_at(vm, head, jg_timer_now()) : head;
}

/* Waits until the earliest sleeper is due and wakes every sleeper due then.
 * Returns the first woken, NULL (at once) when nobody sleeps. */
static jg_tasklet *wait_for_sleeper(jg_vm *vm, jg_tasklet *head)
{
    double deadline;
    if (!jg_timer_earliest(vm, &deadline))
        return head;
    double now = jg_timer_now();
    if (deadline > now) {
        /* What was printed before the wait is seen before it. */
        jg_flush_out(vm);
        jg_timer_sleep_until(deadline);
        now = jg_timer_now();
        if (now < deadline)
            now = deadline;
    }
    return wake_at(vm, head, now);
}

/* ---------------------------------------------------------------- switching */

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

/* Sets the next tick: at the end of the current slice, or, with preemption
 * off, after JG_SLEEP_CHECK_STEPS while some tasklet sleeps. */
static void arm_tick(jg_vm *vm)
{
    uint64_t period = slice_of(vm);
    if (!period && jg_timer_count(vm))
        period = JG_SLEEP_CHECK_STEPS;
    vm->preempt_at = period ? vm->steps + period : 0;
    update_sched_at(vm);
}

/* Makes 't' (in the ring) the running tasklet: the sleepers now due join the
 * back of the queue, its thread becomes current, and the result or exception
 * it was suspended waiting for is delivered. */
static void switch_to(jg_vm *vm, jg_tasklet *t)
{
    wake_due(vm, t);
    vm->tasklet_cur = t;
    vm->cur = t->th;
    arm_tick(vm);
    if (t->resume_push) {
        t->resume_push = false;
        *t->th->frame->sp++ = t->tempval;
    }
    t->tempval = JG_NONE;
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

/* Takes the current tasklet out of the run queue (it blocks, sleeps, pauses
 * or ends) and returns the tasklet to run next: the one after it; when none
 * is runnable, the first sleeper to wake, once the VM waited for it; NULL
 * when none is runnable or sleeping. */
static jg_tasklet *leave_ring(jg_vm *vm)
{
    jg_tasklet *cur = vm->tasklet_cur;
    jg_tasklet *next = cur->next;
    ring_remove(vm, cur);
    return vm->runcount ? next : wait_for_sleeper(vm, NULL);
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

/* The current tasklet goes to the back of the run queue (schedule(),
 * sleep(0)); its call returns 'retval', at once when nothing else can run. */
static jg_status schedule_current(jg_vm *vm, jg_value retval, jg_value *out)
{
    jg_tasklet *cur = vm->tasklet_cur;
    wake_due(vm, cur);
    if (vm->runcount <= 1) {
        *out = retval;
        return JG_OK;
    }
    suspend_current(vm, retval);
    switch_to(vm, cur->next);
    return JG_SWITCHED;
}

/* Paused tasklet 't' becomes runnable, at the back of the run queue
 * (*runnable true); or, when it has a sleep to finish (sleep_left > 0), it
 * goes back to sleep for that long.  Its suspended time.sleep call was saved
 * returning None (resume_push, tempval: kept by remove(), restored by the
 * unpickler), which it does when it wakes.  JG_RAISED (MemoryError) when the
 * timers cannot grow. */
static jg_status make_ready(jg_vm *vm, jg_tasklet *t, bool *runnable)
{
    *runnable = !(t->sleep_left > 0);
    if (*runnable) {
        t->sleep_left = -1;
        ring_append(vm, t);
        return JG_OK;
    }
    double deadline = jg_timer_now() + t->sleep_left;
    if (jg_timer_add(vm, t, deadline) != JG_OK)
        return JG_RAISED;
    t->sleep_left = -1;
    if (vm->cfg.timer)
        vm->cfg.timer(vm->cfg.host_ctx, deadline);
    arm_tick(vm); /* the ticks watch the timers now */
    return JG_OK;
}

/* ---------------------------------------------------------------- scheduler */

bool jg_sched_would_deadlock(jg_vm *vm)
{
    return vm->runcount <= 1 && jg_timer_count(vm) == 0;
}

/* Blocks the current tasklet (its channel queue holds it already; the caller
 * made sure something else can run): it leaves the run queue and the next
 * one runs.  When resumed, its call returns its tempval then. */
jg_status jg_sched_block(jg_vm *vm, jg_value *out)
{
    jg_tasklet *cur = vm->tasklet_cur;
    cur->resume_push = true;
    jg_tasklet *next = leave_ring(vm);
    (void)out;
    if (!next) {
        /* Callers check jg_sched_would_deadlock first; keep the VM sound if
         * one did not. */
        jg_channel_unblock(vm, cur);
        ring_add(vm, NULL, cur);
        cur->resume_push = false;
        cur->tempval = JG_NONE;
        return jg_raise(vm, vm->t.RuntimeError, JG_DEADLOCK_MESSAGE);
    }
    switch_to(vm, next);
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

/* Frees the chunk of 't''s bottom frame, which has been popped or is
 * unreachable with its tasklet. */
static void free_base(jg_tasklet *t)
{
    free(t->base);
    t->base = NULL;
}

void jg_sched_tasklet_done(jg_vm *vm, jg_value exc)
{
    jg_tasklet *t = vm->tasklet_cur;
    t->finished = true;
    t->func = JG_NONE;
    /* Its frames are gone: the memory they used goes back now, not when the
     * tasklet object is collected. */
    free_base(t);
    if (t->th == &t->own)
        jg_interp_free_thread(vm, &t->own);
    bool quiet = exc == JG_UNDEF ||
                 (vm->tasklet_exit != JG_NONE &&
                  jg_isinstance(vm, exc, JG_AS(jg_type, vm->tasklet_exit)));
    /* An exception goes to main at once; an ending waits for sleepers. */
    jg_tasklet *next = quiet ? leave_ring(vm) : t->next;
    if (!quiet) {
        ring_remove(vm, t);
        if (!vm->runcount)
            next = NULL;
    }
    jg_tasklet *main = vm->tasklet_main;
    if (quiet && next) {
        switch_to(vm, next);
        return;
    }
    if (quiet && !main->chan) {
        /* Nothing runnable or sleeping, and main paused: it resumes. */
        main->sleep_left = -1;
        ring_add(vm, NULL, main);
        switch_to(vm, main);
        return;
    }
    /* The exception (or the deadlock: main blocked with nothing left to
     * run) goes to the main tasklet, wherever it waits. */
    if (quiet) {
        jg_raise(vm, vm->t.RuntimeError, JG_DEADLOCK_MESSAGE);
        exc = vm->exc;
        vm->exc = JG_NONE;
    }
    if (main->chan)
        jg_channel_unblock(vm, main);
    if (main->sleep_slot)
        jg_timer_remove(vm, main);
    main->sleep_left = -1;
    if (!main->next)
        ring_add(vm, next, main);
    main->resume_push = false;
    main->resume_exc = exc;
    switch_to(vm, main);
}

bool jg_sched_tick(jg_vm *vm)
{
    jg_tasklet *cur = vm->tasklet_cur;
    jg_tasklet *main = vm->tasklet_main;
    if (vm->watchdog_at && vm->steps >= vm->watchdog_at && cur != main && !main->chan &&
        !main->sleep_slot) {
        /* run(timeout): the interrupted tasklet leaves the run queue and is
         * what the main tasklet's run() returns. */
        vm->watchdog_at = 0;
        if (!main->next)
            ring_append(vm, main);
        ring_remove(vm, cur);
        main->tempval = jg_obj_value(cur);
        switch_to(vm, main);
        return true;
    }
    if (vm->preempt_at && vm->steps >= vm->preempt_at) {
        wake_due(vm, cur);
        if (slice_of(vm) && vm->runcount > 1) {
            /* The slice is over: to the back of the run queue, as schedule(). */
            switch_to(vm, cur->next);
            return true;
        }
    }
    arm_tick(vm);
    return false;
}

void jg_sched_mark(jg_vm *vm)
{
    jg_gc_mark_obj(vm, vm->tasklet_main);
    jg_gc_mark_obj(vm, vm->tasklet_cur);
    jg_gc_mark_value(vm, vm->tasklet_exit);
    jg_gc_mark_obj(vm, vm->timers);
    jg_tasklet *t = vm->tasklet_cur;
    if (t)
        for (jg_tasklet *u = t->next; u && u != t; u = u->next)
            jg_gc_mark_obj(vm, u);
}

jg_status jg_sched_sleep(jg_vm *vm, double secs, jg_value *out)
{
    *out = JG_NONE;
    if (!vm->tasklet_cur) {
        /* No tasklets yet: the program is the only thing to block. */
        if (secs > 0) {
            jg_flush_out(vm);
            jg_timer_sleep_until(jg_timer_now() + secs);
        }
        return JG_OK;
    }
    if (secs == 0)
        return schedule_current(vm, JG_NONE, out);
    jg_tasklet *cur = vm->tasklet_cur;
    double deadline = jg_timer_now() + secs;
    if (jg_timer_add(vm, cur, deadline) != JG_OK)
        return JG_RAISED;
    if (vm->cfg.timer)
        vm->cfg.timer(vm->cfg.host_ctx, deadline);
    suspend_current(vm, JG_NONE);
    /* Not NULL: at worst the VM waits for this very tasklet. */
    switch_to(vm, leave_ring(vm));
    return JG_SWITCHED;
}

bool jg_sched_next_timer(jg_vm *vm, double *deadline)
{
    return jg_timer_earliest(vm, deadline);
}

bool jg_sched_sleep_left(jg_vm *vm, jg_tasklet *t, double *secs)
{
    if (t->sleep_slot) {
        double left = jg_timer_deadline(vm, t) - jg_timer_now();
        *secs = left > 0 ? left : 0;
        return true;
    }
    if (t->sleep_left > 0 && !t->finished) {
        *secs = t->sleep_left;
        return true;
    }
    return false;
}

/* ---------------------------------------------------------------- hosting */

void jg_sched_wake_due(jg_vm *vm)
{
    if (vm->tasklet_cur)
        vm->tasklet_cur = wake_due(vm, vm->tasklet_cur);
}

void jg_sched_freeze(jg_vm *vm, jg_tasklet *t)
{
    if (t->next) {
        ring_remove(vm, t);
        t->frozen = JG_FROZEN_RUNNABLE;
    } else if (t->chan) {
        t->func = jg_obj_value(t->chan);
        jg_channel_unblock(vm, t);
        t->frozen = JG_FROZEN_BLOCKED;
    } else {
        if (t->sleep_slot) {
            jg_sched_sleep_left(vm, t, &t->sleep_left);
            jg_timer_remove(vm, t);
        }
        t->frozen = JG_FROZEN_OTHER;
    }
}

jg_status jg_sched_thaw(jg_vm *vm, jg_tasklet *t)
{
    uint8_t was = t->frozen;
    t->frozen = 0;
    bool runnable;
    switch (was) {
    case JG_FROZEN_RUNNABLE:
        ring_append(vm, t);
        return JG_OK;
    case JG_FROZEN_BLOCKED:
        t->chan = JG_AS(jg_channel, t->func);
        t->func = JG_NONE;
        return jg_channel_rewait(vm, t);
    case JG_FROZEN_OTHER:
        return t->sleep_left > 0 ? make_ready(vm, t, &runnable) : JG_OK;
    default:
        return JG_OK;
    }
}

jg_status jg_sched_resume_loaded(jg_vm *vm, jg_tasklet *t)
{
    if (t->finished || !t->started || t->next || t->sleep_slot)
        return JG_OK;
    if (t->chan)
        return t->chan->shared ? jg_channel_notify_remote(vm, t) : JG_OK;
    bool runnable;
    return make_ready(vm, t, &runnable);
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
        jg_interp_free_thread(vm, &t->own);
    free_base(t);
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

jg_tasklet *jg_tasklet_alloc(jg_vm *vm, jg_type *type)
{
    jg_tasklet *t = jg_gc_alloc(vm, type, sizeof(jg_tasklet));
    if (!t)
        return NULL;
    t->th = &t->own;
    t->own.handled = JG_NONE;
    t->tempval = JG_NONE;
    t->resume_exc = JG_NONE;
    t->func = JG_NONE;
    t->sleep_left = -1;
    t->id = vm->cfg.tasklet_id_base + ++vm->next_tasklet_id;
    if (jg_host_register(vm, t) != JG_OK) {
        jg_clear_exc(vm);
        return NULL;
    }
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
    jg_tasklet *t = jg_tasklet_alloc(vm, JG_AS(jg_type, args[0]));
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

/* ---------------------------------------------------------------- starting */

/* The code of 'fn' when calling it with 'n' positional arguments certainly
 * binds them and pushes a frame (a plain function or a method of one; not a
 * generator; no keyword-only parameters; enough arguments, counting
 * defaults, and not too many): such a call can be the tasklet's bottom frame
 * itself.  NULL otherwise - then _tasklet_main makes the call, inside the
 * tasklet, where a binding error belongs. */
static jg_code *direct_code(jg_vm *vm, jg_value fn, int n)
{
    if (n > JG_MAX_TAILCALL_ARGS || !jg_is_obj(fn))
        return NULL;
    jg_obj *o = jg_obj_of(fn);
    if (o->type == vm->t.method) {
        fn = ((jg_method *)o)->func;
        n++;
        if (!jg_is_obj(fn))
            return NULL;
        o = jg_obj_of(fn);
    }
    if (o->type != vm->t.function)
        return NULL;
    jg_func *f = (jg_func *)o;
    jg_code *c = f->code;
    uint32_t n_defaults = f->defaults ? f->defaults->len : 0;
    if ((c->flags & JG_CO_GENERATOR) || c->n_kwonly)
        return NULL;
    if ((uint32_t)n + n_defaults < c->n_args)
        return NULL;
    if ((uint32_t)n > c->n_args && !(c->flags & JG_CO_VARARGS))
        return NULL;
    return c;
}

/* Pushes the bottom frame of unstarted 't', calling 'fn' (whose code, or its
 * method's function's, is 'code') with 'args', in a chunk made to its size
 * that 't' owns as 'base': the frame is taken off the thread's chunk stack
 * (is_chunked 0, so popping it leaves the chunks alone), and the first call
 * the tasklet makes starts a JG_FIRST_CHUNK_SIZE chunk.  The frame's size is
 * the dispatcher's (interp.c frame_bytes, rounded as chunk_alloc does); were
 * it ever larger, the frame would simply land in a chunk of the stack. */
static jg_status push_bottom(jg_vm *vm, jg_tasklet *t, jg_code *code, jg_value fn,
                             jg_value *args, int nargs)
{
    jg_thread *th = &t->own;
    size_t size = sizeof(jg_frame) +
                  (jg_code_n_slots(code) + code->stacksize + JG_FRAME_SLACK) * sizeof(jg_value);
    size = (size + 15) & ~(size_t)15;
    jg_chunk *c = th->chunk ? NULL : malloc(sizeof(jg_chunk) + size);
    if (c) {
        c->prev = NULL;
        c->cap = size;
        c->used = 0;
        th->chunk = c;
    }
    th->handled = JG_NONE;
    jg_status st = jg_interp_push_call(vm, th, fn, args, nargs, JG_FIN_TASKLET);
    if (c && th->chunk == c) {
        th->chunk = NULL;
        if (st == JG_OK && th->frame == (jg_frame *)(void *)c->data) {
            th->frame->is_chunked = 0;
            t->base = c;
        } else {
            free(c); /* the call failed and popped its frame */
        }
    }
    return st;
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
    jg_code *code = n_kw ? NULL : direct_code(vm, t->func, n_pos);
    jg_status st;
    if (code) {
        st = push_bottom(vm, t, code, t->func, args + 1, n_pos);
    } else {
        jg_tuple *pos = jg_tuple_from(vm, args + 1, (size_t)n_pos);
        jg_dict *kwargs = jg_dict_new(vm);
        if (!pos || !kwargs)
            return jg_raise_nomem(vm);
        for (int i = 0; i < n_kw; i++)
            if (jg_dict_set(vm, kwargs, kw->items[i], args[1 + n_pos + i]) != JG_OK)
                return JG_RAISED;
        jg_value main_fn = jg_prelude_get(vm, "_tasklet_main");
        if (!jg_is_kind(main_fn, JG_K_FUNC))
            return jg_raise(vm, vm->t.RuntimeError, "internal: the prelude has no _tasklet_main");
        jg_value call[3] = {t->func, jg_obj_value(pos), jg_obj_value(kwargs)};
        st = push_bottom(vm, t, JG_AS(jg_func, main_fn)->code, main_fn, call, 3);
    }
    if (st != JG_OK)
        return JG_RAISED;
    t->started = true;
    t->func = JG_NONE;
    ring_append(vm, t);
    *out = args[0];
    return JG_OK;
}

/* ---------------------------------------------------------------- scheduling methods */

#define DEAD_MESSAGE "You cannot run an unbound(dead) tasklet"

/* Why 't' cannot be run, inserted or switched to, or NULL. */
static const char *not_runnable(jg_tasklet *t)
{
    if (t->finished || !t->started)
        return DEAD_MESSAGE;
    if (t->chan)
        return "You cannot run a blocked tasklet";
    return NULL;
}

/* tasklet.insert(): back into the run queue (a removed or paused tasklet);
 * a sleeping one stays asleep. */
static jg_status tasklet_insert(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                jg_value *out)
{
    SELF();
    if (jg_args_count(vm, "insert", nargs - 1, kw, 0, 0) != JG_OK)
        return JG_RAISED;
    const char *why = not_runnable(t);
    if (why)
        return jg_raise(vm, vm->t.RuntimeError, "%s", why);
    bool runnable;
    if (!t->next && !t->sleep_slot && make_ready(vm, t, &runnable) != JG_OK)
        return JG_RAISED;
    *out = args[0];
    return JG_OK;
}

/* tasklet.remove(): out of the run queue, to be insert()ed later.  A
 * sleeping tasklet is paused too, keeping the rest of its sleep. */
static jg_status tasklet_remove(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                jg_value *out)
{
    SELF();
    if (jg_args_count(vm, "remove", nargs - 1, kw, 0, 0) != JG_OK)
        return JG_RAISED;
    if (t == vm->tasklet_cur)
        return jg_raise(vm, vm->t.RuntimeError, "The current tasklet cannot be removed.");
    if (t->next) {
        ring_remove(vm, t);
    } else if (t->sleep_slot) {
        jg_sched_sleep_left(vm, t, &t->sleep_left);
        jg_timer_remove(vm, t);
    }
    *out = args[0];
    return JG_OK;
}

/* Checks that 't' can be switched to by run() or switch(). */
static jg_status check_switch(jg_vm *vm, jg_tasklet *t, const char *fname, int nargs,
                              jg_tuple *kw)
{
    if (jg_args_count(vm, fname, nargs - 1, kw, 0, 0) != JG_OK)
        return JG_RAISED;
    const char *why = not_runnable(t);
    if (!why && t->sleep_slot)
        why = "You cannot run a sleeping tasklet";
    return why ? jg_raise(vm, vm->t.RuntimeError, "%s", why) : JG_OK;
}

/* What run() and switch() do first: the checks, then 't' made ready.  *go
 * is false when there is nothing to switch to ('t' is the caller); *runnable
 * is false when 't' went back to sleep. */
static jg_status begin_switch(jg_vm *vm, jg_tasklet *t, const char *what, int nargs,
                              jg_tuple *kw, bool *go, bool *runnable)
{
    *go = false;
    *runnable = true;
    if (check_switch(vm, t, what, nargs, kw) != JG_OK)
        return JG_RAISED;
    if (t == vm->tasklet_cur)
        return JG_OK;
    if (!t->next && make_ready(vm, t, runnable) != JG_OK)
        return JG_RAISED;
    *go = true;
    return JG_OK;
}

/* tasklet.run(): switch to it now; the caller runs right after it.  Returns
 * (when the caller resumes) the caller's tempval, as in Stackless. */
static jg_status tasklet_run(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    SELF();
    bool go, runnable;
    *out = JG_NONE;
    if (begin_switch(vm, t, "run", nargs, kw, &go, &runnable) != JG_OK)
        return JG_RAISED;
    if (!go || !runnable) /* the caller itself, or it went back to sleep */
        return JG_OK;
    return run_first(vm, t, vm->tasklet_cur->tempval);
}

/* tasklet.switch(): as run(), but the caller is paused - out of the run
 * queue until something inserts or runs it. */
static jg_status tasklet_switch(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw,
                                jg_value *out)
{
    SELF();
    bool go, runnable;
    *out = JG_NONE;
    if (begin_switch(vm, t, "switch", nargs, kw, &go, &runnable) != JG_OK)
        return JG_RAISED;
    if (!go)
        return JG_OK;
    jg_tasklet *cur = vm->tasklet_cur;
    suspend_current(vm, cur->tempval);
    jg_tasklet *next;
    if (runnable) {
        ring_remove(vm, cur);
        next = t;
    } else {
        next = leave_ring(vm); /* 't' sleeps: not NULL */
    }
    switch_to(vm, next);
    return JG_SWITCHED;
}

/* Raises exception instance 'exc' in tasklet 't': at once, the caller
 * running right after it, or only scheduled when 'pending'.  A blocked
 * tasklet leaves its channel, a sleeping one its sleep; the current one
 * raises it in itself. */
static jg_status raise_in(jg_vm *vm, jg_tasklet *t, jg_value exc, bool pending, jg_value *out)
{
    *out = JG_NONE;
    if (t == vm->tasklet_cur)
        return jg_raise_set(vm, exc);
    if (t->finished)
        return jg_raise(vm, vm->t.RuntimeError, "You cannot throw to a dead tasklet");
    if (t->chan)
        jg_channel_unblock(vm, t);
    if (t->sleep_slot)
        jg_timer_remove(vm, t);
    t->sleep_left = -1;
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

/* ---------------------------------------------------------------- attributes */

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
    *out = jg_bool(t->started && !t->finished && !t->next && !t->chan && !t->sleep_slot);
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

/* tasklet.name: any value, None until set; kept in the tasklet's attribute
 * dict, so that it costs nothing until used and travels with a pickle. */
static jg_status get_name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_tasklet *t = JG_AS(jg_tasklet, args[0]);
    jg_str *key = jg_str_intern_cstr(vm, "name");
    if (!key)
        return jg_raise_nomem(vm);
    jg_value v = t->attrs ? jg_dict_get_str(t->attrs, key) : JG_UNDEF;
    *out = v == JG_UNDEF ? JG_NONE : v;
    return JG_OK;
}
static jg_status set_name(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_tasklet *t = JG_AS(jg_tasklet, args[0]);
    jg_str *key = jg_str_intern_cstr(vm, "name");
    if (!key || (!t->attrs && !(t->attrs = jg_dict_new(vm))))
        return jg_raise_nomem(vm);
    *out = JG_NONE;
    return jg_dict_set_str(vm, t->attrs, key, args[1]);
}

/* tasklet.tempval: the value the tasklet's suspended call returns when it
 * resumes (what a blocked sender sends, what run() or schedule() returns);
 * for a tasklet bound but not set up, its function, as in Stackless. */
static jg_status get_tempval(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    jg_tasklet *t = JG_AS(jg_tasklet, args[0]);
    *out = !t->started && t->tempval == JG_NONE ? t->func : t->tempval;
    return JG_OK;
}
static jg_status set_tempval(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    JG_AS(jg_tasklet, args[0])->tempval = args[1];
    *out = JG_NONE;
    return JG_OK;
}

/* ---------------------------------------------------------------- module functions */

/* stackless.schedule(retval=None): the current tasklet goes to the back of
 * the run queue; the call returns retval when it runs again. */
static jg_status sl_schedule(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    if (jg_args_count(vm, "schedule", nargs, kw, 0, 1) != JG_OK)
        return JG_RAISED;
    return schedule_current(vm, nargs ? args[0] : JG_NONE, out);
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

/* _pending(): run()'s loop test.  Wakes the sleepers that are due; when only
 * the caller is runnable and some tasklet sleeps, waits for the earliest.
 * True when another tasklet is runnable now, false when none is runnable or
 * sleeping. */
static jg_status sl_pending(jg_vm *vm, jg_value *args, int nargs, jg_tuple *kw, jg_value *out)
{
    if (jg_args_count(vm, "_pending", nargs, kw, 0, 0) != JG_OK)
        return JG_RAISED;
    jg_tasklet *cur = vm->tasklet_cur;
    wake_due(vm, cur);
    if (vm->runcount <= 1)
        wait_for_sleeper(vm, cur);
    *out = jg_bool(vm->runcount > 1);
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
            (st = jg_type_add_method(vm, t, "switch", tasklet_switch, 0)) ||
            (st = jg_type_add_method(vm, t, "kill", tasklet_kill, 0)) ||
            (st = jg_type_add_method(vm, t, "throw", tasklet_throw, 0)) ||
            (st = jg_type_add_method(vm, t, "raise_exception", tasklet_raise_exception, 0)) ||
            (st = jg_type_add_getter(vm, t, "paused", get_paused)) ||
            (st = jg_type_add_getter(vm, t, "alive", get_alive)) ||
            (st = jg_type_add_getter(vm, t, "scheduled", get_scheduled)) ||
            (st = jg_type_add_getter(vm, t, "blocked", get_blocked)) ||
            (st = jg_type_add_getter(vm, t, "is_main", get_is_main)) ||
            (st = jg_type_add_getter(vm, t, "is_current", get_is_current)) ||
            (st = jg_type_add_getset(vm, t, "name", get_name, set_name)) ||
            (st = jg_type_add_getset(vm, t, "tempval", get_tempval, set_tempval)))
            return st;
        if (jg_timer_init(vm) != JG_OK)
            return JG_RAISED;
        /* The main tasklet: the program's own thread, already running. */
        jg_tasklet *main = jg_tasklet_alloc(vm, t);
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
        (st = jg_module_add_fn(vm, m, "_watchdog", sl_watchdog)) ||
        (st = jg_module_add_fn(vm, m, "_pending", sl_pending)))
        return st;
    return JG_OK;
}
