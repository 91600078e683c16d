# A tasklet pickled while it sleeps in time.sleep carries what it has left of
# its sleep (PICKLE.md, TASKLET's sleep slot).  The copy comes back paused;
# insert() puts it back to sleep for that long, and it then resumes after
# its time.sleep call with its frames and locals.  (Sleeps never end early,
# so the "slept" checks hold however loaded the machine is.)
import pickle
import time
import stackless

woken = []


def sleeper(name, secs):
    label = name + "!"
    time.sleep(secs)
    woken.append((stackless.getcurrent(), label))


t = stackless.tasklet(sleeper)("nap", 0.4)
stackless.schedule()                # t runs into its sleep
print("asleep:", t.alive, t.scheduled, t.blocked, t.paused)
u = pickle.loads(pickle.dumps(t))
print("copy:", u.alive, u.scheduled, u.blocked, u.paused)

# Not inserted, the copy stays paused: run() waits for the original only.
stackless.run()
print("original woke:", woken == [(t, "nap!")], "copy still paused:", u.paused)

# Inserted, it sleeps what was left when it was pickled (about 0.4 s).
start = time.monotonic()
u.insert()
print("inserted copy:", u.alive, u.scheduled, u.paused)
stackless.run()
print("copy woke:", woken[1] == (u, "nap!"), "slept:", time.monotonic() - start > 0.2,
      "alive:", u.alive)

# A tasklet paused by remove() while asleep keeps the rest of its sleep, and
# so does its copy.
x = stackless.tasklet(sleeper)("paused", 0.3)
stackless.schedule()
x.remove()
y = pickle.loads(pickle.dumps(x))
print("paused copy:", y.paused, y.alive)
start = time.monotonic()
y.insert()
stackless.run()
print("paused copy slept:", time.monotonic() - start > 0.1, woken[-1][1])
x.kill()
print("done", len(woken))

# What a reader accepts as a sleep: a float >= 0 and finite, for a tasklet
# that sleeps (here the bytes of a real pickle, its sleep replaced).
def sleepy():
    time.sleep(1)


s = stackless.tasklet(sleepy)()
stackless.schedule()
blob = pickle.dumps(s)
# wait (nil), sleep (float 64: 0xcb and 8 bytes), handled exception (nil)
i = [k for k in range(len(blob) - 10)
     if blob[k] == 0xc0 and blob[k + 1] == 0xcb and blob[k + 10] == 0xc0][0] + 1
for bits in ("bff0000000000000", "7ff8000000000000", "7ff0000000000000", "0000000000000000"):
    try:
        z = pickle.loads(blob[:i + 1] + bytes.fromhex(bits) + blob[i + 9:])
        z.insert()                  # nothing left to sleep: runnable at once
        print("accepted", bits, "runnable:", z.scheduled)
        z.kill()
    except pickle.UnpicklingError as e:
        print("refused", bits + ":", e)
s.kill()
