# expect-error: RuntimeError: pickle native ok: [3, 4, 6, 7] dictionary-changed dictionary-keys Set-changed 5 2 classmethod super 5 dict_keys(['a', 'c']) [10, 18] [3, 5] KeyError('k') True 85 ZeroDivisionError('division by zero') False True True
# jumpgate only (CPython's pickle turns dict and set iterators into list iterators, cannot
# pickle properties, super objects, dict views, lambdas or modules, and drops an
# exception's traceback, __cause__ and __context__): the size checks of dict and set
# iterators survive a round trip, descriptors and super objects work on the copy, and a
# loaded exception keeps its chain and its traceback.
import pickle, math


def rt(x):
    return pickle.loads(pickle.dumps(x))


def half(it, n=1):
    for _ in range(n):
        next(it)
    return it


out = []


def fails(f):
    try:
        f()
    except RuntimeError as e:
        return "-".join(str(e).split()[:2])
    return "no error"


d = {i: i for i in range(8)}
del d[2], d[5]
it = half(iter(d), 2)
d2, it2 = rt((d, it))
out.append(str(list(it2)))
d2, it2 = rt((d, it))
d2["x"] = 1
out.append(fails(lambda: next(it2)))                 # dictionary changed size
d2, it2 = rt((d, it))
del d2[0]
d2[99] = 0
out.append(fails(lambda: list(it2)))                 # dictionary keys changed
s = {1, 2, 3, 4}
it = half(iter(s))
s2, it2 = rt((s, it))
s2.add(9)
out.append(fails(lambda: next(it2)))                 # Set changed size


class C:
    def __init__(self):
        self._v = 5

    @property
    def v(self):
        return self._v

    @staticmethod
    def s(x):
        return x + 1

    @classmethod
    def k(cls):
        return cls.__name__


class Sub(C):
    def parent(self):
        return super()


prop, stat, clsm = rt([C.__dict__["v"], C.__dict__["s"], C.__dict__["k"]])
out += [str(prop.fget(C())), str(stat.__func__(1)), type(clsm).__name__]
sup = rt(Sub().parent())
out += [type(sup).__name__, str(sup.v)]
dk = {"a": 1, "c": 2}
out.append(str(rt(dk.keys())))
out.append(str(list(rt(half(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6]))))))
out.append(str(list(rt(half(filter(lambda x: x % 2, range(7)))))))

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("outer") from e
except ValueError as e:
    caught = rt(e)
out += [repr(caught.__cause__), str(caught.__suppress_context__), str(caught.__traceback__.tb_lineno)]
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("t")
except TypeError as e:
    ctx = rt(e)
out += [repr(ctx.__context__), str(ctx.__suppress_context__)]
out.append(str(rt(math) is math))
out.append(str(rt(list.append) is list.append))
raise RuntimeError("pickle native ok: " + " ".join(out))
