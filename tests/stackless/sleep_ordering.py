# time.sleep() blocks only the calling tasklet.  Sleepers wake in deadline
# order (equal sleeps in the order they went to sleep), each after at least
# its sleep, and stackless.run() waits for them; sleep(0) is schedule().
import stackless
import time

log = []


def sleeper(name, secs):
    start = time.monotonic()
    time.sleep(secs)
    log.append(name)
    print(name, "woke, slept at least", secs, ":", time.monotonic() - start >= secs)


for name, secs in [("c", 0.15), ("a", 0.05), ("d", 0.15), ("b", 0.1), ("a2", 0.05)]:
    stackless.tasklet(sleeper)(name, secs)
print("before run:", stackless.getruncount())
start = time.monotonic()
stackless.run()
print(log, time.monotonic() - start >= 0.15, stackless.getruncount())

order = []


def yielder(name):
    for i in range(3):
        order.append(name + str(i))
        time.sleep(0)


stackless.tasklet(yielder)("x")
stackless.tasklet(yielder)("y")
stackless.run()
print(order)
print("sleep(0) alone returns at once:", time.sleep(0))
