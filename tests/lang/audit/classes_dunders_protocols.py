# user classes through every listed protocol, with NotImplemented and the error paths
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __eq__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
    def __mod__(self, k): return Vec(self.x % k, self.y % k)
    def __pow__(self, k): return Vec(self.x ** k, self.y ** k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __lt__(self, o): return abs(self) < abs(o)
    def __le__(self, o): return abs(self) <= abs(o)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __format__(self, spec): return f"<{format(self.x, spec)},{format(self.y, spec)}>"

a, b = Vec(1, 2), Vec(3, 4)
t("ops", lambda: (a + b, b - a, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b)))
t("sum", lambda: sum([a, b]))
t("sum start", lambda: sum([a, b], Vec(0, 0)))
t("add int", lambda: a + 1)
t("radd str", lambda: "s" + a)
t("cmp", lambda: (a == Vec(1, 2), a != b, a < b, a <= b, b > a, b >= a, a == 5, a != 5))
t("sorted", lambda: sorted([b, a, Vec(0, 1)]))
t("max", lambda: max([a, b]))
t("bool", lambda: (bool(Vec(0, 0)), bool(a), "yes" if a else "no"))
t("iter", lambda: (list(a), tuple(b), dict([a, b]), [*a], a[1], a[-1], len(a)))
def unp():
    x, y = b
    return x, y
t("unpack", unp)
t("format", lambda: (f"{a:03d}", format(b, ".1f"), "{:x}".format(Vec(255, 16))))
t("hash set", lambda: ({a, Vec(1, 2), b} == {a, b}, {a: 1}[Vec(1, 2)]))
t("in list", lambda: (Vec(3, 4) in [a, b], [a, b].index(Vec(3, 4)), [a, b, a].count(a)))
t("idx err", lambda: a[5])
t("augmented", lambda: aug())
def aug():
    v = Vec(1, 1)
    w = v
    v += Vec(1, 0)
    v *= 2
    return v, w, v is w

class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __repr__(self): return f"Acc({self.items})"
def iadd():
    q = Acc()
    r = q
    q += 1
    q += 2
    return q, q is r
t("iadd", iadd)

class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, OnlyEq) and self.v == o.v
t("eq no hash", lambda: hash(OnlyEq(1)))
t("ne derived", lambda: (OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2)))
t("lt missing", lambda: OnlyEq(1) < OnlyEq(2))
t("reflected lt", lambda: (Vec(9, 9) > Vec(0, 1), Vec(0, 0) >= Vec(0, 0)))

class Box:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if k not in self.d: raise KeyError(k)
        return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __len__(self): return len(self.d)
    def __call__(self, *a, **k): return ("called", a, k)
    def __getattr__(self, name):
        if name.startswith("dyn_"): return name[4:]
        raise AttributeError(f"'Box' object has no attribute '{name}'")
bx = Box()
def box_ops():
    bx["a"] = 1
    bx[1, 2] = "t"
    bx[1:3] = "s"
    out = [bx["a"], bx[1, 2], bx[1:3], "a" in bx, "z" not in bx, len(bx), bx(1, k=2), bx.dyn_speed]
    del bx["a"]
    out.append(sorted(map(str, bx.d)))
    return out
t("box", box_ops)
t("box missing", lambda: bx["zz"])
t("box del missing", lambda: bx.__delitem__("zz"))
t("box getattr", lambda: bx.other)
t("box bool", lambda: bool(Box()))

class Ctx:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
def ctx():
    with Ctx("a") as x, Ctx("b", True) as y:
        print("body", x, y)
        raise ValueError("boom")
    with Ctx("c"):
        pass
    try:
        with Ctx("d"):
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    return "done"
t("with", ctx)
t("with bad", lambda: withbad())
def withbad():
    with 5:
        pass

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
t("iterator", lambda: (list(Countdown(3)), sum(Countdown(4)), sorted(Countdown(3)), next(Countdown(1)), [x for x in Countdown(2)]))
class BadIter:
    def __iter__(self): return 5
t("bad iter", lambda: list(BadIter()))
class BadLen:
    def __len__(self): return -1
t("bad len", lambda: len(BadLen()))
class StrLen:
    def __len__(self): return "x"
t("str len", lambda: len(StrLen()))
class BadBool:
    def __bool__(self): return 1
t("bad bool", lambda: bool(BadBool()))
class BadRepr:
    def __repr__(self): return 5
t("bad repr", lambda: repr(BadRepr()))
class BadStr:
    def __str__(self): return None
t("bad str", lambda: str(BadStr()))
class OnlyRepr:
    def __repr__(self): return "R!"
t("str falls to repr", lambda: (str(OnlyRepr()), f"{OnlyRepr()}", "%s" % OnlyRepr(), [OnlyRepr()], format(OnlyRepr())))
class OnlyStr:
    def __str__(self): return "S!"
t("only str", lambda: (str(OnlyStr()), f"{OnlyStr()!s}", "{}".format(OnlyStr())))
class Idx:
    def __index__(self): return 2
t("index", lambda: ("abcd"[Idx()], [1, 2, 3][Idx()], bin(Idx()), range(Idx()), "ab" * Idx(), hex(Idx())))
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
t("int float", lambda: (int(Num()), float(Num())))
t("round obj", lambda: round(Num()))
class Rnd:
    def __round__(self, n=None): return ("round", n)
t("round dunder", lambda: (round(Rnd()), round(Rnd(), 2)))
class Bits:
    def __init__(self, v): self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __invert__(self): return Bits(~self.v)
    def __repr__(self): return f"Bits({self.v:#b})"
t("bits", lambda: (Bits(12) & Bits(10), Bits(12) | Bits(3), Bits(5) ^ Bits(1), Bits(1) << 3, Bits(8) >> 2, ~Bits(0)))
t("bits missing", lambda: Bits(1) + Bits(2))
t("rbits missing", lambda: 1 & Bits(2))
t("divmod missing", lambda: divmod(Bits(1), 2))
class RDiv:
    def __rtruediv__(self, o): return ("rtruediv", o)
    def __rsub__(self, o): return ("rsub", o)
    def __rpow__(self, o): return ("rpow", o)
    def __rfloordiv__(self, o): return ("rfloordiv", o)
    def __rmod__(self, o): return ("rmod", o)
t("reflected", lambda: (1 / RDiv(), 1 - RDiv(), 2 ** RDiv(), 3 // RDiv(), "%s" % RDiv() if False else 4 % RDiv()))
t("str mod obj", lambda: "x" % RDiv())
class Sub(int):
    pass
class SubStr(str):
    def shout(self): return self.upper() + "!"
class SubList(list):
    def total(self): return sum(self)
t("subclass builtins", lambda: (Sub(5) + 1, type(Sub(5) + 1).__name__, SubStr("hi").shout(), SubStr("a") + "b", SubList([1, 2]).total(), len(SubList("abc")), isinstance(Sub(1), int)))
class SubDict(dict):
    def __missing__(self, k): return k * 2
t("missing", lambda: (SubDict(a=1)["a"], SubDict()["zz"], SubDict().get("q")))
