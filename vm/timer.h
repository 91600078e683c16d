/*
 * vm/timer.h - the sleeping tasklets of a VM: a min-heap on their deadlines.
 *
 * time.sleep(s) in a tasklet (vm/tasklet.c) takes it out of the run queue
 * and files it here under the monotonic deadline now + s; the scheduler pops
 * the sleepers whose deadline has passed, earliest first, ties in the order
 * they went to sleep.  The heap is a collected object (vm->timers) whose
 * trace marks every sleeper, so a sleeping tasklet stays alive and its frames
 * stay roots while nothing else refers to it.
 *
 * Invariant: t->sleep_slot is t's index in the heap plus one exactly while t
 * sleeps, 0 otherwise; every entry is no earlier than its parent.
 */
#ifndef JG_TIMER_H
#define JG_TIMER_H

#include "tasklet.h"

typedef struct {
    double deadline;  /* monotonic seconds */
    uint64_t seq;     /* order of going to sleep: breaks ties */
    jg_tasklet *t;
} jg_sleeper;

/* vm->timers.  Starts as jg_cobj does (hdr, attrs), as VM-internal objects do. */
struct jg_timers {
    jg_obj hdr;
    jg_dict *attrs;
    jg_sleeper *heap;  /* jg_mem_alloc'd, 'cap' entries, 'n' used */
    uint32_t n, cap;
    uint64_t seq;      /* sleeps so far */
};

/* Seconds on the monotonic clock (time.monotonic()). */
JG_INTERNAL double jg_timer_now(void);
/* Blocks the process until the monotonic clock reaches 'deadline' (signals
 * do not cut it short). */
JG_INTERNAL void jg_timer_sleep_until(double deadline);
/* Makes vm->timers, the empty heap, unless it exists.  JG_RAISED (MemoryError). */
JG_INTERNAL jg_status jg_timer_init(jg_vm *vm);
/* Files tasklet 't' (not sleeping) under 'deadline'.  JG_RAISED (MemoryError)
 * and nothing changed when the heap cannot grow. */
JG_INTERNAL jg_status jg_timer_add(jg_vm *vm, jg_tasklet *t, double deadline);
/* Takes sleeping tasklet 't' out of the heap. */
JG_INTERNAL void jg_timer_remove(jg_vm *vm, jg_tasklet *t);
/* Takes out and returns the earliest sleeper if its deadline is <= 'now';
 * NULL when none is due. */
JG_INTERNAL jg_tasklet *jg_timer_pop_due(jg_vm *vm, double now);
/* The earliest deadline in *deadline; false when nobody sleeps. */
JG_INTERNAL bool jg_timer_earliest(const jg_vm *vm, double *deadline);
/* The deadline of sleeping tasklet 't'. */
JG_INTERNAL double jg_timer_deadline(const jg_vm *vm, const jg_tasklet *t);
/* Sleeping tasklets. */
static inline uint32_t jg_timer_count(const jg_vm *vm)
{
    return vm->timers ? vm->timers->n : 0;
}

#endif
