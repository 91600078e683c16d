# Spawn rate: tasklets created and run to completion, per second.  Tasklets
# are made in batches of BATCH and each batch is run to its end by
# stackless.run(), so at most BATCH are alive at once.
# Usage: jumpgate run spawn.py [N] [MAX_SECONDS] [BATCH]
# Prints "spawn_per_s=R" and "spawned=N checksum=S runcount=1"
# (S = N*(N+1)//2: each tasklet adds its number plus one).
import sys
import time
import stackless


def work(acc, i):
    acc[0] += i + 1


def main(n, max_seconds, batch):
    acc = [0]
    tasklet = stackless.tasklet
    run = stackless.run
    clock = time.perf_counter
    start = clock()
    done = 0
    while done < n:
        end = min(done + batch, n)
        for i in range(done, end):
            tasklet(work)(acc, i)
        run()
        done = end
        if clock() - start > max_seconds:
            break
    elapsed = clock() - start
    print("spawn_per_s=%.0f" % (done / elapsed))
    print("spawned=%d checksum=%d runcount=%d" % (done, acc[0], stackless.getruncount()))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000,
     float(sys.argv[2]) if len(sys.argv) > 2 else 5.0,
     int(sys.argv[3]) if len(sys.argv) > 3 else 1000)
