/*
 * vm/timer.c - the sleeping tasklets of a VM (timer.h has the model).
 *
 * A binary min-heap of (deadline, seq) in an array: adding and popping cost
 * O(log n), the earliest deadline is entry 0, and a tasklet finds its own
 * entry through sleep_slot, so kill() of a sleeper is O(log n) too.
 *
 * Invariant: heap[i] is no later than heap[2i+1] and heap[2i+2] in
 * (deadline, seq) order, and heap[i].t->sleep_slot == i + 1.
 */
#define _POSIX_C_SOURCE 200809L
#include "timer.h"

#include <errno.h>
#include <math.h>
#include <time.h>

/* ---------------------------------------------------------------- the clock */

double jg_timer_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

void jg_timer_sleep_until(double deadline)
{
    double secs = floor(deadline);
    struct timespec ts = {(time_t)secs, (long)((deadline - secs) * 1e9)};
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    /* An absolute deadline: a signal's EINTR just retries the same wait. */
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR) {
    }
}

/* ---------------------------------------------------------------- the object */

static void timers_trace(jg_vm *vm, jg_obj *o)
{
    struct jg_timers *tm = (struct jg_timers *)o;
    for (uint32_t i = 0; i < tm->n; i++)
        jg_gc_mark_obj(vm, tm->heap[i].t);
}

static void timers_finalize(jg_vm *vm, jg_obj *o)
{
    struct jg_timers *tm = (struct jg_timers *)o;
    jg_mem_free(vm, tm->heap, tm->cap * sizeof *tm->heap);
    tm->heap = NULL;
    tm->n = tm->cap = 0;
}

static const jg_type_hooks timers_hooks = {
    .trace = timers_trace,
    .finalize = timers_finalize,
};

jg_status jg_timer_init(jg_vm *vm)
{
    if (vm->timers)
        return JG_OK;
    /* Reached only through vm->timers; the collector keeps the type alive
     * through its one instance. */
    jg_type *type = jg_type_new_builtin(vm, "timers", vm->t.object, JG_K_OTHER, &timers_hooks);
    struct jg_timers *tm = type ? jg_gc_alloc(vm, type, sizeof *tm) : NULL;
    if (!tm)
        return jg_raise_nomem(vm);
    vm->timers = tm;
    return JG_OK;
}

/* ---------------------------------------------------------------- the heap */

static bool earlier(const jg_sleeper *a, const jg_sleeper *b)
{
    return a->deadline < b->deadline || (a->deadline == b->deadline && a->seq < b->seq);
}

static void place(struct jg_timers *tm, uint32_t i, jg_sleeper s)
{
    tm->heap[i] = s;
    s.t->sleep_slot = i + 1;
}

/* Moves entry 's', to go at hole 'i', up towards the root while it is
 * earlier than its parent, then puts it down. */
static void sift_up(struct jg_timers *tm, uint32_t i, jg_sleeper s)
{
    while (i > 0) {
        uint32_t parent = (i - 1) / 2;
        if (!earlier(&s, &tm->heap[parent]))
            break;
        place(tm, i, tm->heap[parent]);
        i = parent;
    }
    place(tm, i, s);
}

/* Moves entry 's', to go at hole 'i', down while a child is earlier. */
static void sift_down(struct jg_timers *tm, uint32_t i, jg_sleeper s)
{
    for (;;) {
        uint32_t child = 2 * i + 1;
        if (child >= tm->n)
            break;
        if (child + 1 < tm->n && earlier(&tm->heap[child + 1], &tm->heap[child]))
            child++;
        if (!earlier(&tm->heap[child], &s))
            break;
        place(tm, i, tm->heap[child]);
        i = child;
    }
    place(tm, i, s);
}

jg_status jg_timer_add(jg_vm *vm, jg_tasklet *t, double deadline)
{
    if (jg_timer_init(vm) != JG_OK)
        return JG_RAISED;
    struct jg_timers *tm = vm->timers;
    if (tm->n == tm->cap) {
        uint32_t cap = tm->cap ? tm->cap * 2 : 16;
        jg_sleeper *h = cap > tm->cap ? jg_mem_realloc(vm, tm->heap, tm->cap * sizeof *h,
                                                        cap * sizeof *h)
                                      : NULL;
        if (!h)
            return jg_raise_nomem(vm);
        tm->heap = h;
        tm->cap = cap;
    }
    jg_sleeper s = {deadline, tm->seq++, t};
    sift_up(tm, tm->n++, s);
    return JG_OK;
}

void jg_timer_remove(jg_vm *vm, jg_tasklet *t)
{
    struct jg_timers *tm = vm->timers;
    uint32_t i = t->sleep_slot - 1;
    t->sleep_slot = 0;
    jg_sleeper last = tm->heap[--tm->n];
    if (i == tm->n)
        return;
    /* The last entry fills the hole, from where it may have to go either way. */
    if (i > 0 && earlier(&last, &tm->heap[(i - 1) / 2]))
        sift_up(tm, i, last);
    else
        sift_down(tm, i, last);
}

jg_tasklet *jg_timer_pop_due(jg_vm *vm, double now)
{
    struct jg_timers *tm = vm->timers;
    if (!tm || tm->n == 0 || tm->heap[0].deadline > now)
        return NULL;
    jg_tasklet *t = tm->heap[0].t;
    jg_timer_remove(vm, t);
    return t;
}

bool jg_timer_earliest(const jg_vm *vm, double *deadline)
{
    const struct jg_timers *tm = vm->timers;
    if (!tm || tm->n == 0)
        return false;
    *deadline = tm->heap[0].deadline;
    return true;
}

double jg_timer_deadline(const jg_vm *vm, const jg_tasklet *t)
{
    return vm->timers->heap[t->sleep_slot - 1].deadline;
}
