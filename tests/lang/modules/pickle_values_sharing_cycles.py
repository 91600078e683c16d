# pickle round-trips every value kind, keeps sharing and cycles, and is deterministic.
import pickle

def rt(v):
    return pickle.loads(pickle.dumps(v))

for v in [0, 1, -1, 127, 128, -32, -33, 255, 256, 65535, 65536, 2 ** 31, 2 ** 47 - 1, 2 ** 47,
          -2 ** 47, -2 ** 47 - 1, 2 ** 63, 2 ** 64, -2 ** 64, 3 ** 200, -(7 ** 99)]:
    print(v == rt(v), type(rt(v)).__name__)
for f in [0.0, -0.0, 1e308, -1e-308, 5e-324, float("inf"), float("-inf")]:
    print(repr(rt(f)))
n = rt(float("nan"))
print(n != n)
for s in ["", "a", "x" * 31, "y" * 32, "z" * 300, "é日本\U0001f600", "a\x00b"]:
    print(rt(s) == s, len(rt(s)))
for b in [b"", b"\xff" * 300, bytes(range(256))]:
    print(rt(b) == b)
print(rt(()), rt((1,)), rt([]), rt({}), rt(set()), rt(frozenset()))
print(rt({(1, 2): "t", 3.5: None, "k": [frozenset({1})], None: True, False: 0}))
print(rt(list(range(100)))[-3:], rt({i: str(i) for i in range(40)})[39])
print(rt(range(0)), rt(range(-5, 5)), rt(range(10, 0, -3)), rt(range(2 ** 70)))
print(rt([None, True, False, Ellipsis, NotImplemented]))
print(rt([len, max, list, dict, int]))

# sharing
a = [1]
d = {"x": a, "y": a, "t": (a, a)}
d2 = rt(d)
print(d2["x"] is d2["y"], d2["t"][0] is d2["x"], d2["t"][1] is d2["y"])
s = "shared string"
l2 = rt([s, s])
print(l2[0] is l2[1])

# cycles
l = []
l.append(l)
l2 = rt(l)
print(l2[0] is l2, len(l2))
dd = {}
dd["me"] = dd
dd2 = rt(dd)
print(dd2["me"] is dd2)
t = ([],)
t[0].append(t)
t2 = rt(t)
print(t2[0][0] is t2, type(t2).__name__)

# user classes, instances, bound methods (closures and lambdas: tests/vm/test_pickle.c,
# since CPython pickles functions by name only)
class Node:
    kind = "node"
    def __init__(self, v):
        self.v = v
        self.next = None
    def value(self):
        return self.v
class Sub(Node):
    pass
n1 = Node(1)
n2 = Sub(2)
n1.next = n2
n2.next = n1
m = rt(n1)
print(type(m).__name__, type(m.next).__name__, m.next.next is m, m.value(), m.next.value(),
      m.kind, isinstance(m.next, Node))
print(rt(Node) is Node, rt(Sub) is Sub)
bm = rt(n1.value)
print(bm(), bm.__self__.v)
# determinism
x = {"a": [1, 2.5, "s", (None, b"b")], "s": {3, 1, 2}, "n": 2 ** 100}
print(pickle.dumps(x) == pickle.dumps(x), pickle.dumps(x) == pickle.dumps(rt(x)))
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
