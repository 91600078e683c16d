# old-style __getitem__ sequences and user __iter__ classes fed to every consumer of iterables
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class SSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))
t("tuple", lambda: tuple(Seq()))
t("set", lambda: set(Seq()))
t("frozenset", lambda: frozenset(Seq()))
t("fromkeys", lambda: dict.fromkeys(Seq()))
t("sorted", lambda: sorted(Seq()))
t("join", lambda: "".join(SSeq()))
t("bjoin", lambda: b"".join([b"a"]))
t("sum", lambda: sum(Seq()))
t("min", lambda: (min(Seq()), max(Seq())))
t("enumerate", lambda: list(enumerate(Seq())))
t("zip", lambda: list(zip(Seq(), Seq())))
t("map", lambda: list(map(str, Seq())))
t("filter", lambda: list(filter(None, Seq())))
t("any", lambda: (any(Seq()), all(Seq())))
t("in", lambda: (10 in Seq(), 5 in Seq()))
t("unpack", lambda: (lambda *a: a)(*Seq()))
def un():
    a, b, c = Seq()
    x, *y = Seq()
    return a, b, c, x, y
t("unpack2", un)
t("list.extend", lambda: [].extend(Seq()))
t("set.update", lambda: set().update(Seq()))
t("set.union", lambda: {1}.union(Seq()))
t("set.issubset", lambda: {10}.issubset(Seq()))
t("dict", lambda: dict(zip(Seq(), Seq())))
t("bytes", lambda: bytes(Seq()))
t("iter", lambda: list(iter(Seq())))
t("reversed", lambda: reversed(Seq()))
t("comp", lambda: [x for x in Seq()])
import collections, itertools, heapq
t("deque", lambda: collections.deque(Seq()))
t("counter", lambda: collections.Counter(Seq()))
t("chain", lambda: list(itertools.chain(Seq(), Seq())))
t("product", lambda: list(itertools.product(Seq(), repeat=1)))
t("heapify", lambda: heapq.nlargest(2, Seq()))
t("str.join tuple", lambda: ",".join(tuple(SSeq())))
class It:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter(range(self.n))
class Gen:
    def __iter__(self):
        yield 3
        yield 1
class Nx:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
for name, mk in (("It", lambda: It(3)), ("Gen", Gen), ("Nx", Nx)):
    t(name + " tuple", lambda: tuple(mk()))
    t(name + " set", lambda: sorted(set(mk())))
    t(name + " frozenset", lambda: sorted(frozenset(mk())))
    t(name + " list", lambda: list(mk()))
    t(name + " sorted", lambda: sorted(mk(), reverse=True))
    t(name + " sum", lambda: sum(mk()))
    t(name + " minmax", lambda: (min(mk()), max(mk())))
    t(name + " join", lambda: "-".join(map(str, mk())))
    t(name + " dict", lambda: dict.fromkeys(mk()))
    t(name + " zip", lambda: list(zip(mk(), "abc")))
    t(name + " enumerate", lambda: list(enumerate(mk())))
    t(name + " in", lambda: 1 in mk())
    t(name + " set ops", lambda: ({1, 2}.union(mk()), {1, 2}.intersection(mk()), {1, 2}.difference(mk()), {1}.issubset(mk())))
    t(name + " extend", lambda: (lambda l: (l.extend(mk()), l)[1])([9]))
    t(name + " unpack", lambda: (lambda *a: a)(*mk()))
    t(name + " deque", lambda: collections.deque(mk()))
    t(name + " bytes", lambda: bytes(mk()))
    t(name + " any all", lambda: (any(mk()), all(mk())))
    t(name + " chain", lambda: list(itertools.chain(mk(), mk())))
    t(name + " product", lambda: list(itertools.product(mk(), "x")))
    t(name + " combos", lambda: list(itertools.combinations(mk(), 2)))
    t(name + " perms", lambda: list(itertools.permutations(mk(), 2)))
    t(name + " Counter", lambda: collections.Counter(mk()))
    t(name + " dict update", lambda: dict(zip(mk(), mk())))
    t(name + " str.join", lambda: "".join(str(x) for x in mk()))
