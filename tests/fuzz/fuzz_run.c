/*
 * tests/fuzz/fuzz_run.c - libFuzzer target over source text: lexer, parser,
 * compiler, then the program itself with a step budget, in a fresh VM.
 *
 * Whatever the bytes, the VM must end with a status - a SyntaxError, an
 * exception, the budget - and never crash, hang or leak.
 */
#include <stddef.h>
#include <stdint.h>

#include "jumpgate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void discard(void *ctx, const char *s, size_t len)
{
    (void)ctx;
    (void)s;
    (void)len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    jg_vm_config cfg = {0};
    cfg.write_out = discard;
    cfg.write_err = discard;
    jg_vm *vm = jg_vm_new(&cfg, NULL);
    if (!vm)
        return 0;
    jg_vm_set_step_budget(vm, 20000);
    jg_vm_run_source(vm, "<fuzz>", (const char *)data, size, NULL);
    jg_vm_free(&vm);
    return 0;
}
