/*
 * tests/fuzz/fuzz_resume.c - libFuzzer target that resumes what pickle.loads
 * makes: hostile tasklets, generators and channels are loaded, made
 * runnable and run for a bounded number of steps.
 *
 * The frame validator (vm/pickle_state.c) and the interpreter's checks of
 * what it finds on a restored stack (interp.c EXPECT) must turn every input
 * into a value or a Python exception - never a crash, a hang or a leak.
 * One VM runs resume_program.py once; its drive() runs each input, and the
 * seeds are its own tasklets pickled (`jumpgate run resume_program.py seeds`),
 * so mutations start from frames of code this VM has compiled.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jumpgate.h"
#include "dict.h"
#include "interp.h"
#include "pickle.h"
#include "vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void discard(void *ctx, const char *s, size_t len)
{
    (void)ctx;
    (void)s;
    (void)len;
}

static jg_vm *vm;
static jg_value drive = JG_NONE;

static void free_vm(void)
{
    jg_vm_free(&vm);
}

/* resume_program.py, beside this file. */
static char *program(size_t *len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s", __FILE__);
    char *slash = strrchr(path, '/');
    snprintf(slash ? slash + 1 : path, sizeof path - (size_t)(slash ? slash + 1 - path : 0),
             "resume_program.py");
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(65536);
    *len = buf ? fread(buf, 1, 65535, f) : 0;
    fclose(f);
    return buf;
}

static void start(void)
{
    jg_vm_config cfg = {0};
    cfg.write_out = discard;
    cfg.write_err = discard;
    if (!(vm = jg_vm_new(&cfg, NULL)))
        abort();
    atexit(free_vm);
    size_t len = 0;
    char *src = program(&len);
    if (!src || jg_vm_run_source(vm, "resume_program.py", src, len, NULL) != JG_OK) {
        fprintf(stderr, "fuzz_resume: cannot run resume_program.py\n");
        abort();
    }
    free(src);
    drive = jg_dict_get_str(vm->main_module->dict, jg_str_intern_cstr(vm, "drive"));
    if (drive == JG_UNDEF)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 65536)
        return 0;
    if (!vm)
        start();
    jg_type *perr, *uerr;
    if (jg_pickle_error_types(vm, &perr, &uerr) != JG_OK)
        abort();
    jg_value v;
    jg_status st = jg_pickle_loads(vm, data, size, &v);
    if (st != JG_OK) {
        if (st != JG_RAISED ||
            (!jg_exc_matches(vm, uerr) && !jg_exc_matches(vm, vm->t.MemoryError)))
            abort();
        jg_clear_exc(vm);
    } else {
        /* drive() catches what the tasklets raise; the step budget bounds
         * the run whatever the restored code does. */
        jg_vm_set_step_budget(vm, vm->steps + 200000);
        jg_value out;
        if (jg_interp_call(vm, drive, &v, 1, &out) != JG_OK)
            jg_clear_exc(vm);
        jg_vm_set_step_budget(vm, 0);
    }
    if (vm->gc_pending)
        jg_gc_collect(vm);
    return 0;
}
