/*
 * vm/repickle.c - the repickle check: round-trips the running tasklet
 * through the pickler at every switch and every few steps, and runs on the
 * copy.  A program gives the same output with it as without it exactly when
 * every state it passes through pickles faithfully.
 *
 * What is round-tripped is what belongs to the tasklet alone: its frames and
 * what only they reach.  Anything also reachable from elsewhere - module
 * globals, classes, other tasklets, channels others hold - is written as a
 * LIVE reference to the object itself, as a migration would find it on the
 * node it goes to.  "Elsewhere" is decided by marking from every root but the
 * tasklet's own frames (gc.c jg_gc_mark_live).
 *
 * Round trips come at every switch, and every N steps of a tasklet that does
 * not switch, N growing with the cost of the last one.
 *
 * A failed round trip is a bug in the pickler, and the program cannot go on
 * on a half-replaced state: the check reports it and aborts.
 */
#include "repickle.h"

#include <stdio.h>
#include <stdlib.h>

#include "exc.h"
#include "interp.h"
#include "dict.h"
#include "module.h"
#include "object_impl.h"
#include "pickle.h"
#include "tasklet.h"

typedef struct {
    jg_vm *vm;
    jg_obj *target;
} live_ctx;

static bool is_live(void *ctx, jg_obj *o)
{
    live_ctx *c = ctx;
    return o != c->target && jg_gc_is_marked(c->vm, o);
}

static void give_up(jg_vm *vm, jg_tasklet *t, const char *stage)
{
    jg_str *msg = NULL;
    jg_value exc = vm->exc;
    const char *tname = exc != JG_NONE ? jg_type_name(vm, exc) : "?";
    if (exc != JG_NONE && jg_exc_str(vm, exc, &msg) != JG_OK)
        msg = NULL;
    fprintf(stderr, "jumpgate: repickle of tasklet %llu failed in %s: %s: %s\n",
            (unsigned long long)t->id, stage, tname, msg ? msg->data : "");
    fflush(NULL);
    abort();
}

jg_status jg_repickle_start(jg_vm *vm, uint64_t every)
{
    vm->repickle_every = every;
    vm->repickle_at = vm->steps + every;
    /* The main program needs its tasklet object to be round-tripped. */
    jg_module *m;
    return jg_import_from_c(vm, "stackless", &m);
}

void jg_repickle_current(jg_vm *vm)
{
    jg_tasklet *t = vm->tasklet_cur;
    if (!t || vm->exc != JG_NONE)
        return;
    vm->repickled = t;
    vm->repickle_at = vm->steps + vm->repickle_every;
    vm->n_repickles++;
    live_ctx ctx = {vm, (jg_obj *)t};
    jg_pickle_live live = {is_live, &ctx};
    jg_gc_mark_live(vm, (jg_obj *)t, t->th);
    jg_bytes *data = NULL;
    jg_value *kept = NULL;
    uint32_t n_kept = 0;
    jg_status st = jg_pickle_dumps_ex(vm, jg_obj_value(t), JG_PICKLE_REPICKLE, &live, &data,
                                      &kept, &n_kept);
    jg_gc_unmark_all(vm);
    if (st != JG_OK)
        give_up(vm, t, "dumps");
    jg_value out;
    jg_list *fixups;
    st = jg_pickle_loads_fix(vm, (const uint8_t *)data->data, data->len, JG_PICKLE_REPICKLE, kept,
                             n_kept, t, &out, &fixups);
    free(kept);
    if (st != JG_OK)
        give_up(vm, t, "loads");
    if (out != jg_obj_value(t)) {
        vm->exc = JG_NONE;
        give_up(vm, t, "loads (another tasklet came back)");
    }
    if (fixups) {
        /* Entries whose keys hash in Python: inserted by a prelude call on
         * top of the tasklet's frames, before anything else of it runs. */
        jg_value fn = jg_dict_get_str(vm->prelude->dict, jg_str_intern_cstr(vm, "_pickle_fixup"));
        jg_value args[2] = {JG_NONE, jg_obj_value(fixups)};
        if (fn == JG_UNDEF || jg_interp_push_call(vm, t->th, fn, args, 2, JG_FIN_DISCARD) != JG_OK)
            give_up(vm, t, "inserting entries that hash in Python");
    }
    /* A round trip costs about the live heap (the marking) plus the
     * tasklet's state: space them by that (a step per 64 KiB), so the check
     * slows a program by a bounded factor however big its heap or deep its
     * frames, and a small program is round-tripped every few dozen steps. */
    uint64_t cost = (vm->bytes_allocated + 16 * (uint64_t)data->len) / 65536;
    if (cost > vm->repickle_every)
        vm->repickle_at = vm->steps + cost;
}
