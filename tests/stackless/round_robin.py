# Tasklets run round-robin: schedule() sends the running tasklet to the back of
# the run queue; a new tasklet goes to the back too.
import stackless


def worker(name, n):
    for i in range(n):
        print(name, i, "runcount", stackless.getruncount())
        stackless.schedule()
    print(name, "done")


a = stackless.tasklet(worker)("a", 3)
b = stackless.tasklet(worker)("b", 2)
print("before run:", stackless.getruncount(), a.alive, a.scheduled, b.blocked)
stackless.run()
print("after run:", stackless.getruncount(), a.alive, a.scheduled)
main = stackless.getmain()
print(main is stackless.getcurrent(), main.is_main, main.alive)
