# messages of the common mistakes: argument counts, bad types, missing keys, bad indexes, attributes
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

def f0(): pass
def f1(a): pass
def f2(a, b=2): pass
def f3(a, b, c): pass
def fk(a, *, k): pass
def fv(*args, **kw): return args, kw
def fpo(a, /, b): pass
class C:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, x): pass
    def __init__(self, a): self.a = a
class D:
    pass
class E:
    def __init__(self): pass

t("f0 extra", lambda: f0(1))
t("f1 none", lambda: f1())
t("f1 two", lambda: f1(1, 2))
t("f2 none", lambda: f2())
t("f2 three", lambda: f2(1, 2, 3))
t("f3 one", lambda: f3(1))
t("f3 kw missing", lambda: f3(1, c=3))
t("f1 bad kw", lambda: f1(1, z=2))
t("f1 dup", lambda: f1(1, a=2))
t("fk missing", lambda: fk(1))
t("fk pos", lambda: fk(1, 2))
t("fk pos2", lambda: fk(1, 2, k=3))
t("fpo kw", lambda: fpo(a=1, b=2))
t("fv", lambda: fv(1, a=2))
t("method none", lambda: C(1).m())
t("method extra", lambda: C(1).m(1, 2))
t("static", lambda: C.s())
t("classm", lambda: C.c(1, 2))
t("unbound", lambda: C.m(1))
t("init missing", lambda: C())
t("init extra", lambda: C(1, 2))
t("init kw", lambda: C(b=1))
t("no init args", lambda: D(1))
t("no init kw", lambda: D(x=1))
t("E extra", lambda: E(1))
t("lambda", lambda: (lambda x: x)())
t("lambda2", lambda: (lambda: 0)(1))
t("nested name", lambda: (lambda: [f for f in [f3]][0](1, 2))())

t("len none", lambda: len())
t("len 2", lambda: len([], []))
t("isinstance 1", lambda: isinstance(1))
t("range 0", lambda: range())
t("int kw", lambda: int(x=1))
t("str 4", lambda: str(1, 2, 3, 4))
t("list 2", lambda: list([], []))
t("dict 2", lambda: dict({}, {}))
t("abs 2", lambda: abs(1, 2))
t("divmod 1", lambda: divmod(1))
t("getattr 1", lambda: getattr(1))
t("sorted 2", lambda: sorted([], []))
t("enumerate 0", lambda: enumerate())
t("zip kw", lambda: zip(x=1))
t("print returns", lambda: print())
t("round 3", lambda: round(1, 2, 3))
t("min 0", lambda: min())
t("pow 1", lambda: pow(1))
t("chr 0", lambda: chr())
t("hash 0", lambda: hash())
t("iter 0", lambda: iter())
t("next 0", lambda: next())
t("setattr 2", lambda: setattr(D(), "a"))
t("tuple 2", lambda: tuple(1, 2))
t("set 2", lambda: set(1, 2))
t("bool 2", lambda: bool(1, 2))
t("float 2", lambda: float(1, 2))
t("type 2", lambda: type(1, 2))
t("hasattr 1", lambda: hasattr(1))
t("sum 0", lambda: sum())
t("map 0", lambda: map())
t("filter 1", lambda: filter(None))
t("reversed 0", lambda: reversed())
t("ord 0", lambda: ord())
t("repr 0", lambda: repr())
t("callable 0", lambda: callable())
t("any 0", lambda: any())
t("format 0", lambda: format())
t("bin 0", lambda: bin())
t("id 0", lambda: id())
t("slice 0", lambda: slice())
t("frozenset 2", lambda: frozenset(1, 2))

t("str.join 0", lambda: "".join())
t("str.split kw", lambda: "a".split(x=1))
t("str.replace 1", lambda: "a".replace("a"))
t("str.count 0", lambda: "a".count())
t("str.find 0", lambda: "a".find())
t("str.strip 2", lambda: "a".strip("a", "b"))
t("str.format bad idx", lambda: "{1}".format(1))
t("list.sort pos", lambda: [].sort(1))
t("list.pop 2", lambda: [].pop(1, 2))
t("list.count 0", lambda: [].count())
t("dict.pop 0", lambda: {}.pop())
t("dict.get 3", lambda: {}.get(1, 2, 3))
t("dict.update 2", lambda: {}.update({}, {}))
t("dict.items 1", lambda: {}.items(1))
t("dict.setdefault 0", lambda: {}.setdefault())
t("dict.fromkeys 0", lambda: dict.fromkeys())
t("set.add 0", lambda: set().add())
t("set.remove 0", lambda: set().remove())
t("set.add 2", lambda: set().add(1, 2))
t("tuple.index 0", lambda: ().index())

t("none attr", lambda: None.x)
t("none call", lambda: (lambda n: n())(None))
t("none sub", lambda: (lambda n: n[0])(None))
t("none iter", lambda: [x for x in None])
t("none add", lambda: None + 1)
t("none len", lambda: len(None))
t("none setitem", lambda: (lambda n: n.__setitem__(0, 1))(None))
t("str attr", lambda: "x".append)
t("list attr", lambda: [].add)
t("dict attr", lambda: {}.append)
t("tuple attr", lambda: ().append)
t("float attr", lambda: (1.0).append)
t("bool attr", lambda: True.x)
t("func attr", lambda: f0.x)
t("class attr", lambda: C.nope)
t("inst attr", lambda: C(1).nope)
t("module attr", lambda: __import_math().nope)
def __import_math():
    import math
    return math
t("type attr", lambda: int.nope)
t("set attr builtin", lambda: setattr("x", "y", 1))
t("del attr", lambda: delattr(C(1), "zz"))
t("str item assign", lambda: (lambda s: s.__setitem__(0, "x"))("abc"))
t("str + list", lambda: "a" + [])
t("list + str", lambda: [] + "a")
t("list - list", lambda: [1] - [1])
t("dict + dict", lambda: {} + {})
t("set + set", lambda: {1} + {2})
t("int * list float", lambda: [1] * 1.5)
t("str * str", lambda: "a" * "b")
t("float idx", lambda: l123[0.5])
ab = "ab"
t("str idx", lambda: ab[None])
t("tuple idx err", lambda: (1,)[1])
t("neg idx err", lambda: [1][-2])
t("range idx err", lambda: range(3)[3])
t("str idx err", lambda: "abc"[3])
t("dict key err", lambda: {"a": 1}["b"])
t("dict int key err", lambda: {1: 1}[2])
t("call int", lambda: (lambda v: v())(3))
t("call str", lambda: (lambda v: v())("s"))
t("call list", lambda: (lambda v: v())([]))
t("call dict", lambda: (lambda v: v())({}))
t("call inst", lambda: C(1)())
t("iter int", lambda: iter(3))
t("for float", lambda: [x for x in 1.5])
t("unpack none", lambda: (lambda: [a for a, b in [None]])())
t("compare", lambda: [3] > 3)
t("compare2", lambda: {} < {})
t("compare3", lambda: None < None)
t("compare inst", lambda: C(1) < C(2))
t("hash inst ok", lambda: type(hash(C(1))).__name__)
t("unhashable inst eq", lambda: hash(type("Q", (), {"__eq__": lambda s, o: True})()))
t("int parse", lambda: int("1.5"))
t("float parse", lambda: float("1,5"))
t("int parse base", lambda: int("z", 10))
t("name", lambda: undefined_name)
t("bad operand unary", lambda: -[1])
t("not callable str method", lambda: "abc".upper.x)
t("str not int", lambda: "abc".center("5"))
l123 = [1, 2, 3]
t("list index str", lambda: l123["1"])
t("slice not int", lambda: "abc"["a":"b"])
t("math domain", lambda: __import_math().sqrt(-1))
t("zero div int", lambda: 5 // 0)
t("zero div mod", lambda: 5 % 0)
t("zero div float", lambda: 5 / 0.0)
t("zero pow", lambda: 0.0 ** -1)
t("overflow", lambda: 2.0 ** 10000)
t("recursion", lambda: rec(0))
def rec(n):
    return rec(n + 1)
t("assert", lambda: ass())
def ass():
    assert 1 == 2, "one is not two"
t("raise non exc", lambda: rai())
def rai():
    raise 5
t("raise class non exc", lambda: rai2())
def rai2():
    raise D
t("stop", lambda: next(iter([])))
t("gen twice", lambda: gtwice())
def gtwice():
    g = (x for x in [1])
    next(g)
    next(g)
t("unbound", lambda: unb())
def unb():
    print(v)
    v = 1
t("free var", lambda: fv_())
def fv_():
    def inner():
        return w
    r = inner()
    w = 1
    return r
