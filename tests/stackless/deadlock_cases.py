# Deadlocks: the main tasklet waiting on a channel when the last other
# tasklet ends gets the deadlock error; a tasklet blocking the last time is
# refused too, and the caller stays runnable.
import stackless

ch = stackless.channel()


def finisher():
    print("finisher runs and ends")


stackless.tasklet(finisher)()
try:
    ch.receive()
except RuntimeError as e:
    print("main:", e)
print("balance", ch.balance, "runcount", stackless.getruncount())


def lonely():
    try:
        stackless.channel().send(1)
    except RuntimeError as e:
        print("never: the main tasklet is still runnable", e)


t = stackless.tasklet(lonely)()
stackless.run()
print("lonely blocked:", t.blocked, "alive:", t.alive, "runcount", stackless.getruncount())
