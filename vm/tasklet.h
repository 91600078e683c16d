/*
 * vm/tasklet.h - tasklets, the scheduler and channels (Stackless semantics).
 *
 * A tasklet owns a jg_thread: its chain of frames, which the dispatcher runs
 * when it is vm->cur.  The main program runs on vm->main_thread, the thread
 * of the main tasklet.  The runnable tasklets form a circular list whose head
 * is the current tasklet.
 *
 * Switching never happens inside C: a native that blocks or yields (channel
 * send/receive, schedule) saves nothing itself - the dispatcher saved the
 * caller's frame before calling it - but marks how the tasklet resumes (the
 * value its call returns, or an exception), makes another thread vm->cur and
 * returns JG_SWITCHED; the dispatcher then loads the new current thread.
 * A tasklet's bottom frame runs the prelude's _tasklet_main with the finish
 * JG_FIN_TASKLET; its return or an exception leaving it ends the tasklet.
 *
 * Invariants: a tasklet is in at most one of the run queue and one channel's
 * queue; the current tasklet is in the run queue (at its head); a tasklet
 * that is not current and not finished has its top frame saved, with the
 * result of the call it is suspended in not yet pushed ('resume').
 */
#ifndef JG_TASKLET_H
#define JG_TASKLET_H

#include "vm.h"

/* A native switched threads: the dispatcher must load vm->cur. */
#define JG_SWITCHED ((jg_status)102)

#define JG_DEADLOCK_MESSAGE "Deadlock: the last runnable tasklet cannot be blocked."

typedef struct jg_channel jg_channel;

/* Both types start as jg_cobj does (hdr, attrs): their instances carry
 * attributes like other VM-internal objects. */
typedef struct jg_tasklet {
    jg_obj hdr;
    jg_dict *attrs;
    jg_thread *th;               /* &own, or the VM's main thread */
    jg_thread own;
    struct jg_tasklet *next, *prev;   /* run queue (circular), NULL when not in it */
    jg_channel *chan;            /* the channel it is blocked on, or NULL */
    struct jg_tasklet *cnext;    /* next in that channel's queue */
    int8_t dir;                  /* blocked sending (1) or receiving (-1) */
    bool started;                /* has frames (or is main) */
    bool finished;
    bool resume_push;            /* when resumed, push 'tempval' as its call's result */
    bool sends_exc;              /* blocked sending: 'tempval' is an exception to raise
                                    in the receiver (send_exception, send_throw) */
    jg_value tempval;            /* value carried across a switch (sent, received) */
    jg_value resume_exc;         /* exception to raise when resumed, or JG_NONE */
    jg_value func;               /* bound callable until the tasklet starts, or JG_NONE */
    uint64_t id;
} jg_tasklet;

struct jg_channel {
    jg_obj hdr;
    jg_dict *attrs;
    jg_tasklet *head, *tail;     /* blocked tasklets, all in one direction */
    int balance;                 /* > 0 senders waiting, < 0 receivers waiting */
    int preference;              /* -1 prefer the receiver, 1 the sender, 0 neither */
    bool closing;                /* close() was called: no new blocking operations */
};

/* At a safepoint once vm->steps reaches vm->sched_at (the current frame is
 * saved): preempts the current tasklet at the end of its slice, or hands the
 * tasklet the watchdog interrupted to the main tasklet.  True when another
 * thread is now current. */
JG_INTERNAL bool jg_sched_tick(jg_vm *vm);
/* Marks the tasklets the scheduler holds (gc.c, through jg_interp_mark_roots). */
JG_INTERNAL void jg_sched_mark(jg_vm *vm);
/*
 * The current tasklet's bottom frame has returned (exc JG_UNDEF) or an
 * exception left it (exc): the tasklet ends and another becomes current.  An
 * exception other than TaskletExit is raised in the main tasklet: it is
 * left in vm->exc for the dispatcher to raise there.
 */
JG_INTERNAL void jg_sched_tasklet_done(jg_vm *vm, jg_value exc);
/* Blocks the current tasklet, already in its channel's queue (the caller
 * checked another tasklet is runnable): the next runnable one runs; when
 * resumed, the blocked call returns the tasklet's tempval.  JG_SWITCHED. */
JG_INTERNAL jg_status jg_sched_block(jg_vm *vm, jg_value *out);
/* Puts woken tasklet 't' in the run queue: at the back, the current call
 * returning 'result' at once (JG_OK, *out); or with 'now' running first,
 * the current tasklet right after it, its call returning 'result' then
 * (JG_SWITCHED). */
JG_INTERNAL jg_status jg_sched_make_runnable(jg_vm *vm, jg_tasklet *t, bool now,
                                             jg_value result, jg_value *out);
/* An exception instance from 'exc' (a class, called with 'val' - an
 * argument, or a tuple of them - unless None; or an instance). */
JG_INTERNAL jg_status jg_make_exception(jg_vm *vm, jg_value exc, jg_value val, jg_value *out);
/* The exception exc_class(*args) for 'fname' (raise_exception,
 * send_exception): args[0] is the class, args[1..nargs) its arguments. */
JG_INTERNAL jg_status jg_exc_from_class_args(jg_vm *vm, const char *fname, jg_value *args,
                                             int nargs, jg_tuple *kw, jg_value *out);
/* Takes blocked tasklet 't' off its channel's queue. */
JG_INTERNAL void jg_channel_unblock(jg_vm *vm, jg_tasklet *t);
/* The tasklet and channel types and their module entries (mod_stackless.c). */
JG_INTERNAL jg_status jg_tasklet_init(jg_vm *vm, jg_module *m);
JG_INTERNAL jg_status jg_channel_init(jg_vm *vm, jg_module *m);
/* Module init of `stackless` (module.c). */
JG_INTERNAL jg_status jg_mod_stackless_init(jg_vm *vm, jg_module *m);

#endif
