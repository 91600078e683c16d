/*
 * vm/tasklet.h - tasklets, the scheduler and channels (Stackless semantics).
 *
 * A tasklet owns a jg_thread: its chain of frames, which the dispatcher runs
 * when it is vm->cur.  The main program runs on vm->main_thread, the thread
 * of the main tasklet.  The runnable tasklets form a circular list whose head
 * is the current tasklet.  A tasklet that is not runnable is blocked (in one
 * channel's queue), sleeping (in time.sleep: filed in vm->timers, timer.h),
 * paused (remove(), switch(), or not yet inserted) or finished.
 *
 * Switching never happens inside C: a native that blocks or yields (channel
 * send/receive, schedule, time.sleep) saves nothing itself - the dispatcher
 * saved the caller's frame before calling it - but marks how the tasklet
 * resumes (the value its call returns, or an exception), makes another
 * thread vm->cur and returns JG_SWITCHED; the dispatcher then loads the new
 * current thread.  A tasklet's bottom frame runs its function, or the
 * prelude's _tasklet_main(func, args, kwargs) when the call needs keyword
 * arguments or could fail to bind, with the finish JG_FIN_TASKLET; its return
 * or an exception leaving it ends the tasklet.
 *
 * When nothing is runnable and some tasklet sleeps, the VM waits for the
 * earliest deadline (a node with only sleeping and blocked tasklets is not
 * deadlocked); sleepers whose deadline passed are woken at every switch and
 * at the preemption tick, in deadline order, to the back of the run queue.
 *
 * Invariants: a tasklet is in at most one of the run queue, one channel's
 * queue and the timers; the current tasklet is in the run queue (at its
 * head); a tasklet that is not current and not finished has its top frame
 * saved, with the result of the call it is suspended in not yet pushed
 * ('resume').
 */
#ifndef JG_TASKLET_H
#define JG_TASKLET_H

#include "vm.h"

/* A native switched threads: the dispatcher must load vm->cur. */
#define JG_SWITCHED ((jg_status)102)

#define JG_DEADLOCK_MESSAGE "Deadlock: the last runnable tasklet cannot be blocked."

typedef struct jg_channel jg_channel;

/* Both types start as jg_cobj does (hdr, attrs): their instances carry
 * attributes like other VM-internal objects (a tasklet's 'name' lives there). */
typedef struct jg_tasklet {
    jg_obj hdr;
    jg_dict *attrs;
    jg_thread *th;               /* &own, or the VM's main thread */
    jg_thread own;
    struct jg_tasklet *next, *prev;   /* run queue (circular), NULL when not in it */
    jg_channel *chan;            /* the channel it is blocked on, or NULL */
    struct jg_tasklet *cnext;    /* next in that channel's queue */
    jg_value tempval;            /* value carried across a switch (sent, received) */
    jg_value resume_exc;         /* exception to raise when resumed, or JG_NONE */
    jg_value func;               /* bound callable until the tasklet starts, or JG_NONE */
    uint64_t id;
    /* Seconds still to sleep for a tasklet suspended in time.sleep that is
     * neither scheduled, blocked nor sleeping (restored by the unpickler, or
     * remove()d while asleep): when positive, insert() and run() put it back
     * to sleep for that long instead of making it runnable.  Negative (as
     * jg_tasklet_alloc sets it) or 0: none - a sleep with nothing left is
     * over, and the tasklet is simply runnable. */
    double sleep_left;
    struct jg_chunk *base;       /* the chunk of its bottom frame, owned (see setup) */
    uint32_t sleep_slot;         /* sleeping: its index in vm->timers + 1; else 0 */
    /* Bit-fields, so that the object fits a 160-byte heap cell. */
    int8_t dir : 2;              /* blocked sending (1) or receiving (-1) */
    bool started : 1;            /* has frames (or is main) */
    bool finished : 1;
    bool resume_push : 1;        /* when resumed, push 'tempval' as its call's result */
    bool sends_exc : 1;          /* blocked sending: 'tempval' is an exception to raise
                                    in the receiver (send_exception, send_throw) */
    /* Frozen by the host (jg_vm_freeze): where it was, for jg_sched_thaw -
     * JG_FROZEN_*, 0 when not frozen.  A frozen blocked tasklet keeps its
     * channel in 'func' (unused once a tasklet has started). */
    uint8_t frozen : 2;
} jg_tasklet;

enum { JG_FROZEN_RUNNABLE = 1, JG_FROZEN_BLOCKED = 2, JG_FROZEN_OTHER = 3 };

struct jg_channel {
    jg_obj hdr;
    jg_dict *attrs;
    jg_tasklet *head, *tail;     /* blocked tasklets, all in one direction */
    int balance;                 /* > 0 senders waiting, < 0 receivers waiting */
    int preference;              /* -1 prefer the receiver, 1 the sender, 0 neither */
    bool closing;                /* close() was called: no new blocking operations */
    bool shared;                 /* its reference left the node: its waiters are at the
                                    broker, its operations go through the host */
};

/* At a safepoint once vm->steps reaches vm->sched_at (the current frame is
 * saved): wakes the sleepers that are due, preempts the current tasklet at
 * the end of its slice, or hands the tasklet the watchdog interrupted to the
 * main tasklet.  True when another thread is now current. */
JG_INTERNAL bool jg_sched_tick(jg_vm *vm);
/* Marks the tasklets the scheduler holds, sleepers included (gc.c, through
 * jg_interp_mark_roots). */
JG_INTERNAL void jg_sched_mark(jg_vm *vm);
/*
 * The current tasklet's bottom frame has returned (exc JG_UNDEF) or an
 * exception left it (exc): the tasklet ends and another becomes current (the
 * VM waits for a sleeper when none is runnable).  An exception other than
 * TaskletExit is raised in the main tasklet, as is the deadlock error when
 * nothing is runnable or sleeping and main is blocked: it is left in vm->exc
 * for the dispatcher to raise there.
 */
JG_INTERNAL void jg_sched_tasklet_done(jg_vm *vm, jg_value exc);
/* True when blocking the current tasklet leaves nothing to run: no other
 * tasklet is runnable and none sleeps (the deadlock error). */
JG_INTERNAL bool jg_sched_would_deadlock(jg_vm *vm);
/* Blocks the current tasklet, already in its channel's queue (the caller
 * checked jg_sched_would_deadlock): the next runnable one runs, or the VM
 * waits for a sleeper; when resumed, the blocked call returns the tasklet's
 * tempval.  JG_SWITCHED. */
JG_INTERNAL jg_status jg_sched_block(jg_vm *vm, jg_value *out);
/* Puts woken tasklet 't' in the run queue: at the back, the current call
 * returning 'result' at once (JG_OK, *out); or with 'now' running first,
 * the current tasklet right after it, its call returning 'result' then
 * (JG_SWITCHED). */
JG_INTERNAL jg_status jg_sched_make_runnable(jg_vm *vm, jg_tasklet *t, bool now,
                                             jg_value result, jg_value *out);
/*
 * time.sleep('secs'), secs >= 0 and finite, from the current tasklet: it
 * sleeps until the monotonic clock passes now + secs, out of the run queue,
 * and the next runnable tasklet runs (JG_SWITCHED), or the VM waits.  0
 * behaves as stackless.schedule().  Before the stackless module is imported
 * the process just sleeps (JG_OK).  The call returns None.  JG_RAISED
 * (MemoryError) when the timers cannot grow.
 */
JG_INTERNAL jg_status jg_sched_sleep(jg_vm *vm, double secs, jg_value *out);
/* The earliest deadline of a sleeping tasklet, in seconds on the monotonic
 * clock (time.monotonic()), in *deadline; false when none sleeps.  For
 * embedders that run the VM from an event loop. */
JG_INTERNAL bool jg_sched_next_timer(jg_vm *vm, double *deadline);
/* True when 't' sleeps, or is paused with a sleep to finish (sleep_left > 0):
 * *secs is what it has left to sleep (>= 0).  For the pickler, which restores
 * it by setting sleep_left on the copy. */
JG_INTERNAL bool jg_sched_sleep_left(jg_vm *vm, jg_tasklet *t, double *secs);
/* A new tasklet of 'type' (tasklet or a subclass): not bound, not started,
 * with the next id.  NULL when out of memory (nothing raised). */
JG_INTERNAL jg_tasklet *jg_tasklet_alloc(jg_vm *vm, jg_type *type);
/* An exception instance from 'exc' (a class, called with 'val' - an
 * argument, or a tuple of them - unless None; or an instance). */
JG_INTERNAL jg_status jg_make_exception(jg_vm *vm, jg_value exc, jg_value val, jg_value *out);
/* The exception exc_class(*args) for 'fname' (raise_exception,
 * send_exception): args[0] is the class, args[1..nargs) its arguments. */
JG_INTERNAL jg_status jg_exc_from_class_args(jg_vm *vm, const char *fname, jg_value *args,
                                             int nargs, jg_tuple *kw, jg_value *out);
/* Puts 't' (its 'dir' set) at the end of 'c''s queue, keeping the balance. */
JG_INTERNAL void jg_channel_enqueue(jg_channel *c, jg_tasklet *t);
/* Takes blocked tasklet 't' off its channel's queue. */
JG_INTERNAL void jg_channel_unblock(jg_vm *vm, jg_tasklet *t);
/* The tasklet and channel types and their module entries (mod_stackless.c). */
JG_INTERNAL jg_status jg_tasklet_init(jg_vm *vm, jg_module *m);
JG_INTERNAL jg_status jg_channel_init(jg_vm *vm, jg_module *m);
/* Module init of `stackless` (module.c). */
JG_INTERNAL jg_status jg_mod_stackless_init(jg_vm *vm, jg_module *m);

/* ---- hosting (vm/embed.c, jumpgate.h) */
/* Wakes the sleepers that are due, to the back of the run queue. */
JG_INTERNAL void jg_sched_wake_due(jg_vm *vm);
/* Takes 't' (not the current tasklet) out of the run queue, its channel's
 * queue or the timers, remembering where (t->frozen). */
JG_INTERNAL void jg_sched_freeze(jg_vm *vm, jg_tasklet *t);
/* Puts frozen 't' back where it was. */
JG_INTERNAL jg_status jg_sched_thaw(jg_vm *vm, jg_tasklet *t);
/* A tasklet a migration pickle gave: made runnable, put to sleep for what
 * it had left, or - waiting on a shared channel - its wait handed to the
 * host again. */
JG_INTERNAL jg_status jg_sched_resume_loaded(jg_vm *vm, jg_tasklet *t);
/* Registers a new tasklet with the host's registry, if a host drives the VM
 * (embed.c). */
JG_INTERNAL jg_status jg_host_register(jg_vm *vm, jg_tasklet *t);
/* Gives 't' the id 'id' (a migrated tasklet keeps its own), in the host's
 * registry too. */
JG_INTERNAL jg_status jg_host_rekey(jg_vm *vm, jg_tasklet *t, uint64_t id);
/* Makes 'c' shared (it has cluster id vm->chan_ids[c] and the host forwards
 * its operations): its queued waiters become remote waits, handed to the
 * host.  Nothing when no host forwards channel operations. */
JG_INTERNAL jg_status jg_channel_share(jg_vm *vm, jg_channel *c);
/* 't' waits on its channel again after a freeze: queued, matched at once
 * with a waiter of the other direction, or - shared - handed to the host. */
JG_INTERNAL jg_status jg_channel_rewait(jg_vm *vm, jg_tasklet *t);
/* Tells the host that 't' waits on shared channel t->chan (its pending
 * value pickled when it sends). */
JG_INTERNAL jg_status jg_channel_notify_remote(jg_vm *vm, jg_tasklet *t);
/* The host completed the remote operation 't' waits in: a receive gets
 * 'value' (raised in it when 'is_exc'), a send returns None; 't' becomes
 * runnable. */
JG_INTERNAL void jg_channel_remote_done(jg_vm *vm, jg_tasklet *t, jg_value value, bool is_exc);

#endif
