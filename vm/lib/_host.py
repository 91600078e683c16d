# The host's side of the scheduler (vm/embed.c): a node's loop drives the VM
# through these, on the main tasklet, which stands for the host itself.
import stackless


def run_slice(budget):
    """Runs the runnable tasklets until none is left but the host, or until
    about 'budget' steps have run (0: no budget).  Never waits for sleepers:
    the host does.  A tasklet's uncaught exception goes to _report (embed.c
    adds it: the traceback on the error stream) and ends only that tasklet.  True when the budget ran out (the interrupted tasklet
    is back in the run queue)."""
    if budget:
        stackless._watchdog(budget)
    try:
        while stackless.getruncount() > 1:
            try:
                t = stackless.schedule()
            except BaseException as e:
                _report(e)
                continue
            if t is not None:
                t.insert()
                return True
        return False
    finally:
        if budget:
            stackless._watchdog(0)


def start(func):
    """A new runnable tasklet running func()."""
    return stackless.tasklet(func)()
