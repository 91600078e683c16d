/*
 * tests/fuzz/fuzz_pickle.c - libFuzzer target over pickle.loads.
 *
 * Whatever the bytes, loads must end with a value or pickle.UnpicklingError
 * (MemoryError at worst) - never a crash, a hang or a leak - and a value it
 * returns must pickle again.  One VM serves every input: a hostile pickle
 * must not leave it corrupted for the next one (and starting a VM per input
 * would spend the run compiling the prelude).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "jumpgate.h"
#include "vm.h"
#include "pickle.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void discard(void *ctx, const char *s, size_t len)
{
    (void)ctx;
    (void)s;
    (void)len;
}

static jg_vm *vm;

/* The heap's pages are not malloc blocks, so LeakSanitizer would take what
 * objects own for leaks: free the VM at exit, before it checks. */
static void free_vm(void)
{
    jg_vm_free(&vm);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0;
    if (!vm) {
        jg_vm_config cfg = {0};
        cfg.write_out = discard;
        cfg.write_err = discard;
        if (!(vm = jg_vm_new(&cfg, NULL)))
            abort();
        atexit(free_vm);
    }
    jg_type *perr, *uerr;
    if (jg_pickle_error_types(vm, &perr, &uerr) != JG_OK)
        abort();
    jg_value v;
    jg_status st = jg_pickle_loads(vm, data, size, &v);
    if (st == JG_OK) {
        jg_bytes *again;
        if (jg_pickle_dumps(vm, v, &again) != JG_OK) {
            /* Only a refusal is allowed (depth), never anything else. */
            if (!jg_exc_matches(vm, vm->t.RecursionError) && !jg_exc_matches(vm, perr))
                abort();
            jg_clear_exc(vm);
        }
    } else {
        if (st != JG_RAISED)
            abort();
        if (!jg_exc_matches(vm, uerr) && !jg_exc_matches(vm, vm->t.MemoryError))
            abort();
        jg_clear_exc(vm);
    }
    /* Between inputs nothing is held in C: a safe point to collect. */
    if (vm->gc_pending)
        jg_gc_collect(vm);
    return 0;
}
