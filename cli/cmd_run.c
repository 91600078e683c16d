/*
 * cli/cmd_run.c - `jumpgate run PROGRAM.py [ARGS...]`: one VM in this process.
 *
 * Exit status follows CPython: 0 after a normal end, the SystemExit code,
 * 1 after an uncaught exception or a syntax error, 2 when the file cannot
 * be opened.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "jumpgate.h"

int jg_cmd_run(int argc, char **argv)
{
    if (argc < 1 || strcmp(argv[0], "-h") == 0 || strcmp(argv[0], "--help") == 0) {
        fprintf(argc < 1 ? stderr : stdout, "usage: jumpgate run PROGRAM.py [ARGS...]\n");
        return argc < 1 ? 2 : 0;
    }
    jg_vm_config cfg = {0};
    cfg.argc = argc;
    cfg.argv = argv;
    /* JUMPGATE_REPICKLE=1 (or =N steps): the repickle check (vm/repickle.h). */
    const char *repickle = getenv("JUMPGATE_REPICKLE");
    if (repickle && *repickle && strcmp(repickle, "0") != 0) {
        unsigned long n = strtoul(repickle, NULL, 10);
        cfg.repickle_steps = n > 1 ? n : JG_REPICKLE_STEPS_DEFAULT;
    }
    jg_err err = {0};
    jg_vm *vm = jg_vm_new(&cfg, &err);
    if (!vm) {
        fprintf(stderr, "jumpgate: %s\n", err.msg);
        return 1;
    }
    const char *budget = getenv("JUMPGATE_STEP_BUDGET");
    if (budget)
        jg_vm_set_step_budget(vm, strtoull(budget, NULL, 10));
    jg_status st = jg_vm_run_file(vm, argv[0], &err);
    if (cfg.repickle_steps && getenv("JUMPGATE_REPICKLE_STATS")) {
        jg_heap_stats hs;
        jg_vm_stats(vm, &hs);
        fprintf(stderr, "jumpgate: %zu repickle round trips\n", hs.n_repickles);
    }
    int status = 0;
    switch (st) {
        case JG_OK:
            status = 0;
            break;
        case JG_EXIT:
        case JG_ERR_RUNTIME:
        case JG_ERR_SYNTAX:
            status = err.exit_code;
            break;
        case JG_ERR_IO:
            fprintf(stderr, "jumpgate: %s\n", err.msg);
            status = 2;
            break;
        default:
            fprintf(stderr, "jumpgate: %s\n", err.msg);
            status = 1;
            break;
    }
    jg_vm_free(&vm);
    return status;
}
