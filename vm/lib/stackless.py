# The Python half of the stackless module (vm/mod_stackless.c has the native
# half: tasklet, channel, schedule, getcurrent, getmain, getruncount).


class TaskletExit(SystemExit):
    """Raised in a tasklet to end it (tasklet.kill()); ends it silently."""


_set_tasklet_exit(TaskletExit)


def run(timeout=0):
    """Runs the other tasklets until none is left runnable or sleeping but
    the caller: while only sleepers remain, it waits for them.

    With a timeout, a tasklet still running after that many steps (calls and
    loop iterations, counted while tasklets other than main run) is
    interrupted, taken out of the run queue and returned."""
    if timeout:
        _watchdog(timeout)
    try:
        while _pending():
            interrupted = schedule()
            if interrupted is not None:
                return interrupted
    finally:
        if timeout:
            _watchdog(0)
