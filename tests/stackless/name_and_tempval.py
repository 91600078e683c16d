# tasklet.name (None until set) and tasklet.tempval (the value a suspended
# call returns when the tasklet resumes; a bound tasklet's function).
import stackless


def f():
    pass


t = stackless.tasklet(f)
print(t.name, stackless.getmain().name)
t.name = "worker-1"
print(t.name)
t.name = 7
print(t.name)
t.name = None
print(t.name)

print(t.tempval is f)
t()
print(t.tempval)
stackless.run()

ch = stackless.channel()


def sender():
    print("send returned", ch.send("payload"))


s = stackless.tasklet(sender)()
stackless.run()
print(s.blocked, s.tempval)
s.tempval = "changed"       # a blocked sender sends what tempval holds
print("received", ch.receive())
stackless.run()


def waiter():
    print("schedule returned", stackless.schedule("own"))


w = stackless.tasklet(waiter)()
w.run()
print("waiting with", w.tempval)
w.tempval = 42
stackless.run()


class Named(stackless.tasklet):
    pass


n = Named(f)
n.name = "sub"
print(type(n).__name__, n.name)
n()
stackless.run()
