# Exceptions through channels (send_exception, send_throw), throw and
# raise_exception on tasklets, close/open, iteration and send_sequence.
import stackless

ch = stackless.channel()


def receiver(n):
    for _ in range(n):
        try:
            print("got", ch.receive())
        except (ValueError, KeyError) as e:
            print("receiver raised", type(e).__name__, e.args)


stackless.tasklet(receiver)(4)
stackless.run()
ch.send(1)
ch.send_exception(ValueError, "bad", 2)
ch.send_throw(KeyError("k"))
ch.send_throw(ValueError, ("x", "y"))
print("balance", ch.balance)


def sender():
    ch.send_exception(KeyError, "pending")   # blocks: nobody receives yet


stackless.tasklet(sender)()
stackless.run()
print("sender blocked:", ch.balance)
try:
    ch.receive()
except KeyError as e:
    print("main raised", repr(e))


def sleeper():
    try:
        stackless.schedule()
        print("not reached")
    except ZeroDivisionError as e:
        print("sleeper got", repr(e))
    try:
        ch.receive()
    except RuntimeError as e:
        print("blocked sleeper got", repr(e))


t = stackless.tasklet(sleeper)()
t.run()
print("paused?", t.paused, "scheduled", t.scheduled)
t.throw(ZeroDivisionError("now"))
print("blocked", t.blocked)
t.raise_exception(RuntimeError, "wake", 1)
print("alive", t.alive)

ch2 = stackless.channel()


def consumer(out):
    for v in ch2:
        out.append(v)
    out.append("closed")


out = []
stackless.tasklet(consumer)(out)
stackless.run()
print(ch2.send_sequence(range(4)), ch2.balance, ch2.closing, ch2.closed)
ch2.close()
print(ch2.closing, ch2.closed)
stackless.tasklet(lambda: None)()   # the consumer is still blocked in receive
stackless.run()
print(out)
try:
    ch2.receive()
except ValueError as e:
    print("ValueError:", e)
ch2.open()
print(ch2.closing, ch2.closed)

t2 = stackless.tasklet(lambda: stackless.schedule())()
t2.remove()
print("paused:", t2.paused, t2.scheduled, t2.blocked)
t2.insert()
print("inserted:", t2.paused, t2.scheduled)
stackless.run()
print("done", t2.alive)
