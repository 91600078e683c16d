# The Python half of the stackless module (vm/mod_stackless.c has the native
# half: tasklet, channel, schedule, getcurrent, getmain, getruncount).


class TaskletExit(SystemExit):
    """Raised in a tasklet to end it (tasklet.kill()); ends it silently."""


_set_tasklet_exit(TaskletExit)


def run(timeout=0):
    """Runs the other runnable tasklets until none is left but the caller."""
    if timeout:
        raise NotImplementedError("stackless.run(timeout): the watchdog is not built yet")
    while getruncount() > 1:
        schedule()
