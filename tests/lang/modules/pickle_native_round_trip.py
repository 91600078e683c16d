# pickle of the built-in objects that are not plain values: iterators resume where they
# were, exceptions keep args and attributes, subclass instances keep class, content and
# attributes, bound built-in methods and module functions come back callable, sharing kept.
import pickle, math
from collections import namedtuple, defaultdict, Counter, OrderedDict, deque
import random


def rt(x):
    return pickle.loads(pickle.dumps(x))


def half(it, n=1):
    for _ in range(n):
        next(it)
    return it


print(list(rt(half(iter([1, 2, 3])))), list(rt(half(reversed([1, 2, 3])))))
print(list(rt(half(iter((1, 2, 3))))), list(rt(half(iter("h\u00e9\u20acl\U0001f600x"), 2))))
print(list(rt(half(iter(b"abc")))), list(rt(half(reversed("a\u00e9\u20ac")))))
print(list(rt(half(iter(range(3, 9, 2))))), list(rt(half(reversed(range(4))))))
print(list(rt(half(iter(range(2 ** 60, 2 ** 60 + 3))))), list(rt(iter(range(0)))))
d = {"a": 1, "b": 2, "c": 3, "d": 4}
del d["b"]
print(list(rt(half(iter(d)))), list(rt(half(iter(d.values())))), list(rt(half(iter(d.items())))))
print(list(rt(half(reversed(d)))), list(rt(half(reversed(d.items())))))
s = {10, 20, 30, 40}
it = iter(s)
first = next(it)
print(sorted([first] + list(rt(it))))
print(list(rt(half(enumerate("abc", 10)))), list(rt(half(zip("abc", [1, 2, 3])))))
print(list(rt(half(map(abs, [-1, -2, -3])))), list(rt(half(filter(None, [0, 1, 2, 0, 3])))))


class Tick:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


it = half(iter(Tick(), 4))
print(list(rt(it)), list(it))
it = iter([1, 2])
a, b = rt([it, it])
print(a is b, next(a), next(b), list(rt(it)))
exhausted = iter("ab")
list(exhausted)
print(list(rt(exhausted)))

print(rt(slice(1, None, -1)), type(rt(object())).__name__)
o = object()
a, b = rt([o, o])
print(a is b)

e = ValueError("bad", 3)
e.note = "extra"
e2 = rt(e)
print(repr(e2), e2.args, e2.note, rt(StopIteration(3)).value, rt(SystemExit(2)).code)


class AppError(Exception):
    pass


x = AppError("app", 7)
x.code = 7
x2 = rt(x)
print(type(x2).__name__, x2.args, x2.code, isinstance(x2, Exception))
p, q = rt([x, x])
print(p is q)

l = [3, 1]
l2, app = rt([l, l.append])
app(9)
print(l, l2, rt(math.sqrt)(81), rt(max)(3, 4), rt({}.get)("k", "default"))


class L(list):
    pass


class D(dict):
    pass


class I(int):
    def twice(self):
        return self * 2


class S(str):
    pass


class T(tuple):
    pass


class F(frozenset):
    pass


y = L([1, 2])
y.tag = "x"
y.append(y)
y2 = rt(y)
print(type(y2).__name__, y2[:2], y2[2] is y2, y2.tag)
dd = D(a=1)
dd.z = 3
dd["me"] = dd
d2 = rt(dd)
print(type(d2).__name__, d2["a"], d2["me"] is d2, d2.z)
print(rt(I(21)).twice(), type(rt(I(10 ** 30))).__name__, rt(I(10 ** 30)) == 10 ** 30)
print(repr(rt(S("h\u00e9"))), type(rt(S("x"))).__name__, rt(T((1, [2]))), type(rt(T(()))).__name__)
print(sorted(rt(F({3, 1}))), type(rt(F())).__name__)

P = namedtuple("P", "x y")
dfd = defaultdict(list)
dfd["k"].append(1)
print(rt(P(1, 2)), rt(dfd), rt(Counter("abca")), rt(OrderedDict(z=1)), rt(deque([1, 2])))

g = random.Random(7)
g.random()
h = rt(g)
print([g.random() for _ in range(3)] == [h.random() for _ in range(3)], g.randint(1, 100) == h.randint(1, 100))
