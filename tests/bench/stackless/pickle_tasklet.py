# Pickling a suspended tasklet: a tasklet ten Python calls deep (tick ->
# update_unit -> ... -> wait_event), each frame holding game-logic locals (two
# small dicts, a list, three strings, two floats: the values of
# pickle_data.level_locals), the innermost blocked in channel.receive().
# Times pickle.dumps + pickle.loads of (tasklet, channel) over many iterations
# (the median of batches: timing.py),
# then releases the restored copy and the original with the value 7: each must
# finish its ten frames and append 7 + 1255 = 1262.0 to RESULTS (so the
# restored frames and locals are checked, not just the bytes).
# If the VM cannot pickle the tasklet, prints the error instead of the figure.
# Also times the same for the locals alone (pickle_data.make_data), the figure
# pickle_ref.py gives for CPython.
# Usage: jumpgate run pickle_tasklet.py [ITERATIONS] [MAX_SECONDS]
# Prints "tasklet_rt_us=X tasklet_bytes=B" or "tasklet_error=TYPE: MESSAGE",
# "data_rt_us=Y data_bytes=D", and last
# "original=1262.0 restored=R|none checksum=ok|MISMATCH".
import pickle
import sys
import stackless

from pickle_data import make_data
from timing import batch_median_us

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
max_seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0

RESULTS = []


def tick(ch):
    pos = {"x": 0.0, "y": -2.25, "z": 0.0}
    stats = {"hp": 100, "mp": 35, "lvl": 7}
    path = [3, 4, 5, 8, 13]
    name = "unit-0"
    state = "patrol"
    faction = "horde"
    speed = 3.5
    heading = 0.0
    r = update_unit(ch)
    RESULTS.append(r + stats["hp"] + len(path) + speed * 2)


def update_unit(ch):
    pos = {"x": 1.5, "y": -2.25, "z": 0.0}
    stats = {"hp": 101, "mp": 35, "lvl": 7}
    path = [3, 4, 5, 8, 14]
    name = "unit-1"
    state = "patrol"
    faction = "horde"
    speed = 4.5
    heading = 0.25
    r = think(ch)
    return r + stats["hp"] + len(path) + speed * 2


def think(ch):
    pos = {"x": 3.0, "y": -2.25, "z": 0.0}
    stats = {"hp": 102, "mp": 35, "lvl": 7}
    path = [3, 4, 5, 8, 15]
    name = "unit-2"
    state = "patrol"
    faction = "horde"
    speed = 5.5
    heading = 0.5
    r = choose_goal(ch)
    return r + stats["hp"] + len(path) + speed * 2


def choose_goal(ch):
    pos = {"x": 4.5, "y": -2.25, "z": 0.0}
    stats = {"hp": 103, "mp": 35, "lvl": 7}
    path = [3, 4, 5, 8, 16]
    name = "unit-3"
    state = "patrol"
    faction = "horde"
    speed = 6.5
    heading = 0.75
    r = plan_route(ch)
    return r + stats["hp"] + len(path) + speed * 2


def plan_route(ch):
    pos = {"x": 6.0, "y": -2.25, "z": 0.0}
    stats = {"hp": 104, "mp": 35, "lvl": 7}
    path = [3, 4, 5, 8, 17]
    name = "unit-4"
    state = "patrol"
    faction = "horde"
    speed = 7.5
    heading = 1.0
    r = steer(ch)
    return r + stats["hp"] + len(path) + speed * 2


def steer(ch):
    pos = {"x": 7.5, "y": -2.25, "z": 0.0}
    stats = {"hp": 105, "mp": 35, "lvl": 7}
    path = [3, 4, 5, 8, 18]
    name = "unit-5"
    state = "patrol"
    faction = "horde"
    speed = 8.5
    heading = 1.25
    r = avoid(ch)
    return r + stats["hp"] + len(path) + speed * 2


def avoid(ch):
    pos = {"x": 9.0, "y": -2.25, "z": 0.0}
    stats = {"hp": 106, "mp": 35, "lvl": 7}
    path = [3, 4, 5, 8, 19]
    name = "unit-6"
    state = "patrol"
    faction = "horde"
    speed = 9.5
    heading = 1.5
    r = animate(ch)
    return r + stats["hp"] + len(path) + speed * 2


def animate(ch):
    pos = {"x": 10.5, "y": -2.25, "z": 0.0}
    stats = {"hp": 107, "mp": 35, "lvl": 7}
    path = [3, 4, 5, 8, 20]
    name = "unit-7"
    state = "patrol"
    faction = "horde"
    speed = 10.5
    heading = 1.75
    r = play_sound(ch)
    return r + stats["hp"] + len(path) + speed * 2


def play_sound(ch):
    pos = {"x": 12.0, "y": -2.25, "z": 0.0}
    stats = {"hp": 108, "mp": 35, "lvl": 7}
    path = [3, 4, 5, 8, 21]
    name = "unit-8"
    state = "patrol"
    faction = "horde"
    speed = 11.5
    heading = 2.0
    r = wait_event(ch)
    return r + stats["hp"] + len(path) + speed * 2


def wait_event(ch):
    pos = {"x": 13.5, "y": -2.25, "z": 0.0}
    stats = {"hp": 109, "mp": 35, "lvl": 7}
    path = [3, 4, 5, 8, 22]
    name = "unit-9"
    state = "patrol"
    faction = "horde"
    speed = 12.5
    heading = 2.25
    r = ch.receive()
    return r + stats["hp"] + len(path) + speed * 2


def round_trip(obj):
    return pickle.loads(pickle.dumps(obj))


ch = stackless.channel()
t = stackless.tasklet(tick)(ch)
stackless.run()                 # t runs down to wait_event's receive()
if not t.blocked or ch.balance != -1:
    print("setup failed: blocked=%r balance=%r" % (t.blocked, ch.balance))

restored = "none"
try:
    blob = pickle.dumps((t, ch))
    t2, ch2 = pickle.loads(blob)
except Exception as e:
    print("tasklet_error=%s: %s" % (type(e).__name__, e))
else:
    for _ in range(100):
        round_trip((t, ch))
    us = batch_median_us(round_trip, (t, ch), n, max_seconds)
    print("tasklet_rt_us=%.3f tasklet_bytes=%d" % (us, len(blob)))
    try:
        if not t2.blocked:
            t2.insert()
        ch2.send(7)
        stackless.run()
        restored = "%r" % RESULTS.pop() if RESULTS else "missing"
    except Exception as e:
        restored = "raised:" + type(e).__name__

data = make_data()
for _ in range(100):
    round_trip(data)
print("data_rt_us=%.3f data_bytes=%d" % (batch_median_us(round_trip, data, n, max_seconds),
                                          len(pickle.dumps(data))))
data_ok = round_trip(data) == data

ch.send(7)
stackless.run()
original = "%r" % RESULTS.pop() if RESULTS else "missing"
ok = original == "1262.0" and restored in ("none", "1262.0") and data_ok and not RESULTS
print("original=%s restored=%s checksum=%s" % (original, restored, "ok" if ok else "MISMATCH"))
