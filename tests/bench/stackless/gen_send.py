# CPython peer of pingpong.py: a generator round trip, g.send(v) into a
# generator that yields v + 1 back.  Run by /usr/bin/python3.
# Usage: python3 gen_send.py [ROUND_TRIPS] [MAX_SECONDS]
# Prints "rtt_ns=X" and "round_trips=N checksum=S" (S = N*(N+1)//2).
import sys
import time


def echo():
    v = yield
    while True:
        v = yield v + 1


def main(n, max_seconds):
    g = echo()
    next(g)
    send = g.send
    for i in range(10000):      # warm-up
        send(i)
    clock = time.perf_counter
    start = clock()
    done = 0
    total = 0
    while done < n:
        total += send(done)
        done += 1
        if done & 4095 == 0 and clock() - start > max_seconds:
            break
    elapsed = clock() - start
    print("rtt_ns=%.1f" % (elapsed * 1e9 / done))
    print("round_trips=%d checksum=%d" % (done, total))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000000,
     float(sys.argv[2]) if len(sys.argv) > 2 else 5.0)
