/*
 * cli/cmd_dis.c - `jumpgate dis PROGRAM.py`: the compiler's output, readable.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "jumpgate.h"

int jg_cmd_dis(int argc, char **argv)
{
    if (argc != 1) {
        fprintf(stderr, "usage: jumpgate dis PROGRAM.py\n");
        return 2;
    }
    jg_err err = {0};
    jg_vm *vm = jg_vm_new(NULL, &err);
    if (!vm) {
        fprintf(stderr, "jumpgate: %s\n", err.msg);
        return 1;
    }
    jg_status st = jg_vm_disassemble_file(vm, argv[0], stdout, &err);
    jg_vm_free(&vm);
    if (st == JG_ERR_IO) {
        fprintf(stderr, "jumpgate: %s\n", err.msg);
        return 2;
    }
    return st == JG_OK ? 0 : 1;
}
