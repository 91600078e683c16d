# The main tasklet sleeps while the others run; a node whose tasklets all
# sleep or are blocked waits for the next timer instead of reporting a
# deadlock; a busy tasklet that never yields is preempted so a due sleeper
# still wakes.
import time
import stackless


def worker(n):
    for i in range(n):
        print("worker step", i)
        stackless.schedule()
    print("worker done")


stackless.tasklet(worker)(3)
start = time.monotonic()
print("main sleeps")
print("sleep returns", time.sleep(0.05))
print("main woke after the worker ended:", time.monotonic() - start >= 0.05)

flag = []


def busy():
    n = 0
    while not flag:
        n += 1
    print("busy saw the flag")


stackless.tasklet(busy)()
time.sleep(0.02)            # busy runs meanwhile; main wakes at a preemption tick
flag.append(1)
print("main set the flag")
stackless.run()

ch = stackless.channel()


def late_sender(v):
    time.sleep(0.03)
    ch.send(v)


stackless.tasklet(late_sender)("late value")
print("main received", ch.receive())    # only a sleeper is left: the VM waits


def receiver():
    print("receiver got", ch.receive())


stackless.tasklet(receiver)()
stackless.tasklet(late_sender)("another")
stackless.run()             # receiver blocked, sender asleep: run() waits
print("runcount", stackless.getruncount(), "balance", ch.balance)

try:
    ch.receive()            # nothing runnable and nothing sleeps
except RuntimeError as e:
    print("no sleepers:", e)


def failing():
    raise KeyError("from a tasklet")


stackless.tasklet(failing)()
try:
    time.sleep(100)         # the exception ends main's sleep
except KeyError as e:
    print("main's sleep raised", repr(e))
