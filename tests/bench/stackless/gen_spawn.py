# CPython peer of spawn.py: generators created and run to exhaustion, per
# second, in batches of 1000 like the others.  Run by /usr/bin/python3.
# Usage: python3 gen_spawn.py [N] [MAX_SECONDS]
# Prints "spawn_per_s=R" and "spawned=N checksum=S" (S = N*(N+1)//2).
import sys
import time


def work(acc, i):
    acc[0] += i + 1
    yield


def main(n, max_seconds):
    acc = [0]
    clock = time.perf_counter
    start = clock()
    done = 0
    while done < n:
        end = min(done + 1000, n)
        for i in range(done, end):
            for _ in work(acc, i):
                pass
        done = end
        if clock() - start > max_seconds:
            break
    elapsed = clock() - start
    print("spawn_per_s=%.0f" % (done / elapsed))
    print("spawned=%d checksum=%d" % (done, acc[0]))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000,
     float(sys.argv[2]) if len(sys.argv) > 2 else 5.0)
