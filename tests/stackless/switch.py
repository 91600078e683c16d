# tasklet.switch(): like run(), but the caller is paused - out of the run
# queue - until something inserts or runs it again.  When nothing else can
# run, a paused main tasklet resumes.
import stackless

main = stackless.getcurrent()


def f():
    print("f runs; main paused:", main.paused, "scheduled:", main.scheduled)


t = stackless.tasklet(f)()
print("switch returned", t.switch())
print("main after:", main.paused, main.scheduled, stackless.getruncount(), t.alive)


def a():
    print("a: switching to b")
    b_t.switch()
    print("a resumed")


def b():
    print("b runs; a paused:", a_t.paused, "runcount", stackless.getruncount())
    stackless.schedule()
    print("b again; inserting a")
    a_t.insert()


a_t = stackless.tasklet(a)()
b_t = stackless.tasklet(b)()
stackless.run()
print("both done:", a_t.alive, b_t.alive)

u = stackless.tasklet(lambda: None)()
main.tempval = "kept"
print("switch returns the caller's tempval:", u.switch())

v = stackless.tasklet(lambda: None)
v.bind(lambda: print("unscheduled tasklet runs"))
v.setup()
v.remove()
print("paused target:", v.paused, v.switch(), v.alive)

print("to itself:", main.switch())
try:
    v.switch()
except RuntimeError as e:
    print("dead:", e)

ch = stackless.channel()
w = stackless.tasklet(ch.receive)()
stackless.run()
try:
    w.switch()
except RuntimeError as e:
    print("blocked:", e)
ch.send(None)


def lonely_blocker():
    stackless.channel().receive()


x = stackless.tasklet(lonely_blocker)()
try:
    x.switch()
except RuntimeError as e:
    print("main got", e)
print("x alive", x.alive)
