# class mechanics: class vs instance attributes, super(), introspection names, monkeypatching, errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

class Base:
    kind = "base"
    registry = []
    def __init__(self, n):
        self.n = n
        Base.registry.append(n)
    def describe(self):
        return f"{self.kind}:{self.n}"
    def who(self):
        return "Base.who"
    @classmethod
    def make(cls, n):
        return cls(n)
    @staticmethod
    def util(x):
        return x * 2
    def __repr__(self):
        return f"<{type(self).__name__} {self.n}>"
class Mid(Base):
    kind = "mid"
    def who(self):
        return "Mid>" + super().who()
class Leaf(Mid):
    def __init__(self, n, extra):
        super().__init__(n)
        self.extra = extra
    def who(self):
        return "Leaf>" + super(Leaf, self).who()
    @classmethod
    def make(cls, n):
        return cls(n, "made")
b, m, l = Base(1), Mid(2), Leaf(3, "x")
t("describe", lambda: (b.describe(), m.describe(), l.describe(), l.who(), Leaf.make(4), Mid.make(5), l.util(3), Leaf.util(4)))
t("class attr shadow", lambda: (setattr(m, "kind", "inst"), m.kind, Mid.kind, m.describe(), Base.registry))
t("del inst attr", lambda: (delattr(m, "kind"), m.kind))
t("del again", lambda: delattr(m, "kind"))
t("class mutation", lambda: (setattr(Base, "kind", "BASE"), b.kind, l.kind))
t("names", lambda: (Base.__name__, Leaf.__qualname__, Base.describe.__name__, Base.describe.__qualname__, Leaf.__module__, type(l).__name__, l.__class__.__name__, Leaf.__base__.__name__, [c.__name__ for c in Leaf.__mro__], Base.__bases__))
t("func attrs", lambda: (t.__name__, (lambda: 0).__name__, Base.util.__name__, Base.make.__name__, l.who.__name__, l.who.__self__ is l, l.who.__func__ is Leaf.who))
def with_defaults(a, b=2, *c, d=4, **e):
    "docstring here"
    return a
t("defaults", lambda: (with_defaults.__defaults__, with_defaults.__kwdefaults__, with_defaults.__doc__))
t("bound eq", lambda: (l.who == l.who, l.who is l.who, Base.util is Base.util))
t("dict", lambda: (sorted(l.__dict__), "who" in Leaf.__dict__, "describe" in Leaf.__dict__))
t("isinstance", lambda: (isinstance(l, Base), isinstance(l, (int, Mid)), type(l) is Leaf, type(l) == Mid, issubclass(Leaf, Leaf)))
t("monkeypatch", lambda: (setattr(Base, "__add__", lambda s, o: s.n + o.n), b + l, Leaf.__add__(l, b)))
t("monkeypatch method", lambda: (setattr(Mid, "shout", lambda s: s.describe().upper()), l.shout()))
t("instance function attr", lambda: (setattr(b, "f", lambda: "plain"), b.f()))
t("init returns", lambda: type("R", (), {"__init__": lambda s: 5})())
t("abstract", lambda: type("A", (), {"run": lambda s: (_ for _ in ()).throw(NotImplementedError("subclass must implement"))})().run())
class Abstract:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
class Sq(Abstract):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Bad(Abstract):
    pass
t("abstract2", lambda: [x.area() for x in (Sq(3), Bad())])
t("super outside", lambda: super().foo)
t("super no attr", lambda: super(Leaf, l).nope)
t("class call bad", lambda: Leaf(1))
t("no attr", lambda: l.missing)
t("no attr class", lambda: Leaf.missing)
t("method via class no self", lambda: Leaf.who())
class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
t("slots", lambda: (WithSlots().a, hasattr(WithSlots(), "b")))
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
    def __del__(self):
        pass
t("class counter", lambda: ([Counter().id for _ in range(3)], Counter.total))
class Prop:
    def __init__(self): self._v = 0
    def _get(self): return self._v
    def _set(self, v):
        if v < 0:
            raise ValueError("negative")
        self._v = v
    v = property(_get, _set, doc="the v")
p = Prop()
t("property fn form", lambda: (setattr(p, "v", 5), p.v, Prop.v.__doc__, type(Prop.v).__name__))
t("property invalid", lambda: setattr(p, "v", -1))
class GA:
    x = 1
    def __getattr__(self, name):
        return f"dyn:{name}"
t("getattr only missing", lambda: (GA().x, GA().y, getattr(GA(), "z"), hasattr(GA(), "anything")))
class GA2:
    def __getattr__(self, name):
        raise AttributeError(name)
t("getattr raising", lambda: (hasattr(GA2(), "q"), getattr(GA2(), "q", "dflt")))
t("getattr raising msg", lambda: GA2().q)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", o)
t("eq makes unhashable", lambda: ({Eq(1)}))
t("eq with int", lambda: (Eq(1) == 1, 1 == Eq(1), Eq(1) != 2, [Eq(1)].count(1)))
t("nested class", lambda: (type("Outer", (), {})(), None)[1])
class Outer:
    class Inner:
        v = 5
    def make(self):
        return self.Inner()
t("nested", lambda: (Outer.Inner.v, Outer().make().v, Outer.Inner.__qualname__))
class Chain:
    def __init__(self): self.ops = []
    def add(self, x):
        self.ops.append(x)
        return self
t("fluent", lambda: Chain().add(1).add(2).ops)
t("class repr", lambda: (repr(Base).startswith("<class '__main__.Base'>"), str(int), repr(int), repr(type), repr(object)))
t("builtin method repr", lambda: (repr(len), repr([].append)[:30]))
def f(a, b=2, *c, d=4, **e):
    "doc f"
def g(a, *, k): pass
def h(): pass
print(f.__defaults__, f.__kwdefaults__, g.__defaults__, g.__kwdefaults__, h.__defaults__, h.__kwdefaults__, (lambda x=1: x).__defaults__)
class P:
    @property
    def v(self):
        "the value"
        return 1
    w = property(lambda s: 2)
    x = property(lambda s: 2, doc="explicit")
    @property
    def nodoc(self):
        return 3
print(P.v.__doc__, P.w.__doc__, P.x.__doc__, P.nodoc.__doc__)
class Outer:
    class Inner:
        pass
    def f(self):
        class Local:
            pass
        return Local

print(Outer.Inner.__qualname__, Outer().f().__qualname__, Outer.__qualname__)
print(Outer.Inner, Outer().f())
print(repr(Outer.Inner()).split(" at")[0])
