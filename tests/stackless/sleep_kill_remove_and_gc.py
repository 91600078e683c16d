# A sleeping tasklet is alive but neither scheduled, blocked nor paused.
# kill() and throw() wake it with the exception; remove() pauses it keeping
# the rest of its sleep, insert() puts it back to sleep.  Sleepers nothing
# else refers to stay alive, frames and all, through collections.
import time
import stackless


def long_sleeper():
    try:
        time.sleep(100)
        print("not reached")
    except stackless.TaskletExit:
        print("sleeper killed while asleep")
        raise


t = stackless.tasklet(long_sleeper)()
stackless.schedule()
print("asleep: alive", t.alive, "scheduled", t.scheduled, "blocked", t.blocked,
      "paused", t.paused, "runcount", stackless.getruncount())
t.insert()                  # stays asleep
print("insert leaves it asleep:", t.paused, t.scheduled)
try:
    t.run()
except RuntimeError as e:
    print("run:", e)
t.kill()
print("after kill: alive", t.alive)
stackless.run()             # nobody sleeps any more: returns at once
print("run returned")


def napper():
    try:
        time.sleep(100)
    except ValueError as e:
        print("napper woke with", repr(e))


n = stackless.tasklet(napper)()
stackless.schedule()
n.throw(ValueError("wake up"))
print("napper alive", n.alive)


def dozer():
    time.sleep(0.03)
    print("dozer woke")


d = stackless.tasklet(dozer)()
stackless.schedule()
d.remove()
print("removed: paused", d.paused, "scheduled", d.scheduled)
stackless.run()
print("run returned before the dozer woke")
d.insert()
print("inserted: paused", d.paused, "scheduled", d.scheduled)
stackless.run()
print("dozer alive", d.alive)

results = []


def forgotten(i):
    data = [i] * 100
    time.sleep(0.02)
    results.append(sum(data))


for i in range(300):
    stackless.tasklet(forgotten)(i)
stackless.schedule()        # they all run up to their sleep
junk = [[j] * 50 for j in range(20000)]     # collections while they sleep
del junk
stackless.run()
print(len(results), sum(results))
