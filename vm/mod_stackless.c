/*
 * vm/mod_stackless.c - the `stackless` module: its native half (the tasklet
 * and channel types, the scheduler's functions); vm/lib/stackless.py adds the
 * Python half (TaskletExit, run()) to the same module.
 */
#include "tasklet.h"

jg_status jg_mod_stackless_init(jg_vm *vm, jg_module *m)
{
    jg_status st = jg_tasklet_init(vm, m);
    if (st == JG_OK)
        st = jg_channel_init(vm, m);
    return st;
}
