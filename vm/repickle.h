/*
 * vm/repickle.h - the repickle check (JUMPGATE_REPICKLE=1): the running
 * tasklet is round-tripped through pickle.dumps/loads at every switch and
 * every few steps, proving every state it passes through can be pickled.
 */
#ifndef JG_REPICKLE_H
#define JG_REPICKLE_H

#include "vm.h"

/* Turns the check on: a round trip at every switch and every 'every' steps.
 * Imports `stackless` so the main program has its tasklet. */
JG_INTERNAL jg_status jg_repickle_start(jg_vm *vm, uint64_t every);
/* Round-trips the current tasklet, whose frames are saved (a safepoint),
 * and lets it go on on the copy.  Aborts the process with a report if the
 * round trip fails: that is a bug in the pickler. */
JG_INTERNAL void jg_repickle_current(jg_vm *vm);

#endif
