# Channel ping-pong between two tasklets: the main tasklet sends a number on
# 'ping', an echo tasklet receives it and sends it back plus one on 'pong'.
# Times its own loop (start-up excluded) and prints ns per round trip.  The
# loops live in functions, so their variables are locals, as in the peers.
# Usage: jumpgate run pingpong.py [ROUND_TRIPS] [MAX_SECONDS]
# Prints "rtt_ns=X" and "round_trips=N checksum=S runcount=1"
# (S = N*(N+1)//2: the sum of the values that came back).
import sys
import time
import stackless


def echo(ping, pong):
    while True:
        v = ping.receive()
        if v < 0:
            break
        pong.send(v + 1)


def main(n, max_seconds):
    ping = stackless.channel()
    pong = stackless.channel()
    stackless.tasklet(echo)(ping, pong)
    for i in range(10000):      # warm-up
        ping.send(i)
        pong.receive()
    clock = time.perf_counter
    start = clock()
    done = 0
    total = 0
    while done < n:
        ping.send(done)
        total += pong.receive()
        done += 1
        if done & 4095 == 0 and clock() - start > max_seconds:
            break
    elapsed = clock() - start
    ping.send(-1)               # lets the echo tasklet finish
    stackless.run()
    print("rtt_ns=%.1f" % (elapsed * 1e9 / done))
    print("round_trips=%d checksum=%d runcount=%d" % (done, total, stackless.getruncount()))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000000,
     float(sys.argv[2]) if len(sys.argv) > 2 else 5.0)
