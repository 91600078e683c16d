/*
 * cli/main.c - the `jumpgate` command: dispatches to one file per command.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "jumpgate.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: jumpgate <command> [options]\n"
            "\n"
            "commands:\n"
            "  run PROGRAM.py [ARGS...]   run a program on this machine (sys.argv = PROGRAM.py ARGS)\n"
            "  dis PROGRAM.py             print the bytecode the compiler makes for PROGRAM.py\n"
            "\n"
            "options:\n"
            "  -h, --help                 show this help and exit\n"
            "  -V, --version              print the version and exit\n"
            "\n"
            "jumpgate runs a subset of Python 3.11 (see LANGUAGE.md) on a stackless VM.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
        printf("jumpgate %s (compiler version %d)\n", JG_VERSION_STRING, JG_COMPILER_VERSION);
        return 0;
    }
    if (strcmp(cmd, "run") == 0)
        return jg_cmd_run(argc - 2, argv + 2);
    if (strcmp(cmd, "dis") == 0)
        return jg_cmd_dis(argc - 2, argv + 2);
    fprintf(stderr, "jumpgate: unknown command '%s'\n", cmd);
    usage(stderr);
    return 2;
}
