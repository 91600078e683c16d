/*
 * cli/cli.h - the commands of the `jumpgate` executable, one file each.
 */
#ifndef JG_CLI_H
#define JG_CLI_H

/* Each takes the arguments after the command name and returns the exit status. */
int jg_cmd_run(int argc, char **argv);
int jg_cmd_dis(int argc, char **argv);

#endif
