# Round-trip timing shared by pickle_tasklet.py (run by jumpgate) and
# pickle_ref.py (run by CPython), so both sides of the pickle figure are
# measured the same way.
#
# The calls run in batches of BATCH; the figure is the median over the
# batches of the time per call.  On this shared machine another tenant's load
# comes in bursts of milliseconds to seconds: a mean over one long loop takes
# in every burst that falls inside it, while the median batch is what a round
# trip costs when the machine lets it run.  A batch is long enough (about 20
# ms) to hold several cycles of either collector - jumpgate's collects every
# few hundred of these round trips, CPython's youngest generation every 700
# allocations - so every batch carries its share of collection work and the
# median does not leave it out.
import time

BATCH = 2048


def batch_median_us(fn, arg, n, max_seconds):
    """Calls fn(arg) in batches, up to n calls or max_seconds; returns the
    median over the batches of µs per call."""
    clock = time.perf_counter
    per_call = []
    done = 0
    start = clock()
    while done < n:
        t0 = clock()
        for _ in range(BATCH):
            fn(arg)
        per_call.append((clock() - t0) * 1e6 / BATCH)
        done += BATCH
        if clock() - start > max_seconds:
            break
    per_call.sort()
    mid = len(per_call) // 2
    if len(per_call) % 2:
        return per_call[mid]
    return (per_call[mid - 1] + per_call[mid]) / 2
