/*
 * vm/mod_time.c - the `time` module: clocks and sleep.
 *
 * sleep() blocks only the calling tasklet (vm/tasklet.c jg_sched_sleep);
 * before the stackless module is imported there is one, and the process
 * sleeps.  Its argument is checked as CPython 3.11 checks it, messages
 * included.
 */
#define _POSIX_C_SOURCE 200809L
#include "module.h"

#include "tasklet.h"

#include <math.h>
#include <time.h>

static double clock_seconds(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

#define CLOCK_FN(name, id, ns)                                                              \
    static jg_status time_##name(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out) \
    {                                                                                       \
        jg_status st = jg_args_count(vm, "time." #name, n, kw, 0, 0);                       \
        if (st != JG_OK)                                                                    \
            return st;                                                                      \
        *out = ns ? jg_int_from_i64(vm, clock_ns(id)) : jg_float(clock_seconds(id));       \
        return JG_OK;                                                                       \
    }
CLOCK_FN(time, CLOCK_REALTIME, 0)
CLOCK_FN(time_ns, CLOCK_REALTIME, 1)
CLOCK_FN(monotonic, CLOCK_MONOTONIC, 0)
CLOCK_FN(monotonic_ns, CLOCK_MONOTONIC, 1)
CLOCK_FN(perf_counter, CLOCK_MONOTONIC, 0)
CLOCK_FN(perf_counter_ns, CLOCK_MONOTONIC, 1)
CLOCK_FN(process_time, CLOCK_PROCESS_CPUTIME_ID, 0)

/* Seconds CPython's clock arithmetic can hold: sleep(s) converts s to int64
 * nanoseconds, and refuses what does not fit with these OverflowErrors. */
#define MAX_NS 9223372036854775808.0 /* 2**63 */
#define MAX_INT_SECONDS 9223372036   /* floor(2**63 / 1e9) */

static jg_status time_sleep(jg_vm *vm, jg_value *a, int n, jg_tuple *kw, jg_value *out)
{
    jg_status st = jg_args_count(vm, "time.sleep", n, kw, 1, 1);
    if (st != JG_OK)
        return st;
    double s;
    if (jg_is_float(a[0])) {
        s = jg_as_float(a[0]);
        if (isnan(s))
            return jg_raise(vm, vm->t.ValueError, "Invalid value NaN (not a number)");
        double ns = s * 1e9;
        if (!(ns >= -MAX_NS && ns < MAX_NS))
            return jg_raise(vm, vm->t.OverflowError, "timestamp out of range for platform time_t");
    } else if (jg_is_anyint(vm, a[0])) {
        int64_t i;
        if (jg_int_to_i64(vm, a[0], &i) != JG_OK) {
            if (!jg_exc_matches(vm, vm->t.OverflowError))
                return JG_RAISED;
            jg_clear_exc(vm);
            i = INT64_MAX;
        }
        if (i > MAX_INT_SECONDS || i < -MAX_INT_SECONDS)
            return jg_raise(vm, vm->t.OverflowError,
                            "timestamp too large to convert to C _PyTime_t");
        s = (double)i;
    } else {
        /* An object with a Python __index__ is an int to sleep(), as in CPython. */
        jg_str *name = jg_str_intern_cstr(vm, "__index__");
        if (!name)
            return jg_raise_nomem(vm);
        if (jg_type_lookup(vm, jg_typeof(vm, a[0]), name) != JG_UNDEF)
            return jg_tailcall_prelude(vm, "_tasklet_sleep_index", a, 1, NULL);
        return jg_raise(vm, vm->t.TypeError, "'%s' object cannot be interpreted as an integer",
                        jg_type_name(vm, a[0]));
    }
    if (s < 0)
        return jg_raise(vm, vm->t.ValueError, "sleep length must be non-negative");
    return jg_sched_sleep(vm, s, out);
}

jg_status jg_mod_time_init(jg_vm *vm, jg_module *m)
{
    jg_status st;
    if ((st = jg_module_add_fn(vm, m, "time", time_time)) ||
        (st = jg_module_add_fn(vm, m, "time_ns", time_time_ns)) ||
        (st = jg_module_add_fn(vm, m, "monotonic", time_monotonic)) ||
        (st = jg_module_add_fn(vm, m, "monotonic_ns", time_monotonic_ns)) ||
        (st = jg_module_add_fn(vm, m, "perf_counter", time_perf_counter)) ||
        (st = jg_module_add_fn(vm, m, "perf_counter_ns", time_perf_counter_ns)) ||
        (st = jg_module_add_fn(vm, m, "process_time", time_process_time)) ||
        (st = jg_module_add_fn(vm, m, "sleep", time_sleep)))
        return st;
    return JG_OK;
}
