# A tasklet that never blocks cannot starve the others: after its slice it
# goes to the back of the run queue.  run(timeout) interrupts a tasklet that
# is still running after that many steps and returns it, out of the queue.
import stackless

log = []


def busy(name, n):
    total = 0
    for i in range(n):
        total += i
    log.append((name, total))


def quick(name):
    log.append(name)


stackless.tasklet(busy)("busy", 300000)
stackless.tasklet(quick)("quick")
stackless.run()
print(log)          # quick finished while busy was preempted

log.clear()
t = stackless.tasklet(busy)("watched", 10 ** 9)
victim = stackless.run(1000)
print(victim is t, t.alive, t.scheduled, stackless.getruncount())
t.kill()
print(t.alive, log)


def loop_forever():
    while True:
        pass


u = stackless.tasklet(loop_forever)()
v = stackless.run(5000)
print(v is u, u.alive)
u.insert()
w = stackless.run(100)
print(w is u)
u.kill()
print(u.alive, stackless.getruncount())
