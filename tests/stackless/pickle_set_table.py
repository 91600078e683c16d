# A pickled set comes back with its table: the copy iterates, pops and grows
# in the original's order (vm/PICKLE.md "A set's table"), which a tasklet that
# migrates in the middle of iterating one relies on.  (CPython's pickle
# rebuilds a set by insertion, so its copies may iterate otherwise.)
import pickle
import stackless


def same(a, b):
    return list(a) == list(b)


def copy(x):
    return pickle.loads(pickle.dumps(x))


# Removed elements leave dummies that probes pass through; collisions and
# wrap-around put elements away from their home slots.
s = set()
for x in [(1, 2), (2, 1), (5, -5), (-5, 5), (0, 0), 3.5, 17, -1, 2**40, 8, 16, 24, 7, 15]:
    s.add(x)
for x in [17, (0, 0), 8, 24]:
    s.discard(x)
c = copy(s)
print("dummies and collisions:", same(c, s), c == s)
print("order:", list(c))
print("pops:", [c.pop() for _ in range(4)] == [s.pop() for _ in range(4)])
for x in [100, 9, 33, 41]:
    c.add(x)
    s.add(x)
print("growth after the copy:", same(c, s))

# A big set that lost half its elements, then grows past a resize.
big = set(range(0, 5000, 7))
for i in range(0, 5000, 14):
    big.discard(i)
b2 = copy(big)
print("big:", same(b2, big), len(b2))
for x in range(5000, 9000, 3):
    big.add(x)
    b2.add(x)
print("big after growing:", same(b2, big))

# frozensets, as values and as elements and keys.
fs = frozenset({(3, 4), 9, -7, 1.5, 2**70})
f2 = copy(fs)
print("frozenset:", same(f2, fs), hash(f2) == hash(fs))
nested = {fs: "v", frozenset(): "empty"}
print("as a key:", copy(nested)[fs])
print("empty sets:", copy(set()), copy(frozenset()))

# A set subclass keeps its content's table.
class Tags(set):
    pass

t = Tags([40, 8, 16, 32, 24])
t.discard(16)
t.label = "x"
t2 = copy(t)
print("subclass:", type(t2).__name__, same(t2, t), t2.label)

# Identity hashes differ in the copy: the table is not taken, the elements
# are added, and the copy is a correct set of them.
class Unit:
    pass

units = {Unit() for _ in range(30)}
u2 = copy(units)
print("identity hashes:", len(u2), all(u in u2 for u in u2))

# A tasklet suspended in the middle of iterating a set resumes with the same
# items to come, in the same order, on the copied set itself (so changing that
# set is still seen).
def walk(s, ch, out):
    try:
        for x in s:
            out.append(x)
            ch.receive()
    except RuntimeError as e:
        out.append(str(e))


def start(s):
    ch = stackless.channel()
    out = []
    t = stackless.tasklet(walk)(s, ch, out)
    stackless.run()
    ch.send(None)
    ch.send(None)
    return t, ch, out


def drain(t, ch):
    while t.alive:
        ch.send(None)


t, ch, out = start(s)
t3, ch3, out3 = copy((t, ch, out))
drain(t, ch)
drain(t3, ch3)
print("iteration resumed:", out == out3, out3 == list(s))

t, ch, out = start(s)
t3, ch3, out3, s3 = copy((t, ch, out, s))
s3.add(12345)
drain(t3, ch3)
print("change seen:", out3[-1])
drain(t, ch)
