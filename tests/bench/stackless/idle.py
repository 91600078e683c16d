# Memory per idle tasklet: N tasklets, each blocked in channel.receive() on one
# shared channel, all alive at once in one VM.  The runner measures this
# program's peak RSS at N = 1,000,000 and at N = 0 and divides the difference
# by N.  Afterwards every tasklet is released with the value 3 and adds it and
# its own number to a total, so the checksum proves all N were really blocked.
# Usage: jumpgate run idle.py [N]
# Prints "spawn_block_per_s=R" (creation until all are blocked) and
# "blocked=N tasklets=N checksum=S" (S = N*(N-1)//2 + 3*N).
import sys
import time
import stackless


def worker(ch, acc, i):
    v = ch.receive()
    acc[0] += i + v


def main(n):
    ch = stackless.channel()
    acc = [0]
    start = time.perf_counter()
    for i in range(n):
        stackless.tasklet(worker)(ch, acc, i)
    stackless.run()             # every worker runs up to its receive()
    elapsed = time.perf_counter() - start
    blocked = -ch.balance
    for i in range(n):
        ch.send(3)
    print("spawn_block_per_s=%.0f" % (n / elapsed if elapsed > 0 and n else 0))
    print("blocked=%d tasklets=%d checksum=%d" % (blocked, n, acc[0]))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
