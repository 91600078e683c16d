# collections.Counter, namedtuple and OrderedDict: methods, reprs, arithmetic and errors
from collections import Counter, namedtuple, OrderedDict
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

c = Counter("abracadabra")
t("counter", lambda: (c, c["a"], c["z"], len(c), sorted(c)))
t("most_common", lambda: (c.most_common(2), c.most_common(), c.most_common(0)))
t("elements", lambda: sorted(c.elements()))
t("update", lambda: (c.update("aaz"), c.update({"b": 5}), c))
t("subtract", lambda: (c.subtract("aaaa"), c.subtract(z=3), c))
t("arith", lambda: (Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2)))
t("unary", lambda: (+Counter(a=1, b=-2), -Counter(a=1, b=-2)))
t("total", lambda: Counter(a=3, b=4).total())
t("kw", lambda: Counter(cats=4, dogs=8))
t("dict", lambda: Counter({"x": 2, "y": 0}))
t("del", lambda: (lambda q: (q.__delitem__("a"), q))(Counter("aab")))
t("del missing", lambda: (lambda q: (q.__delitem__("zz"), q))(Counter("aab")))
t("eq", lambda: (Counter("ab") == Counter("ba"), Counter(a=1) == {"a": 1}))
t("words", lambda: Counter("the cat and the hat and the bat".split()).most_common(3))
t("empty", lambda: (Counter(), Counter().most_common(1)))
t("copy", lambda: Counter("aa").copy())
t("fromkeys", lambda: Counter.fromkeys("ab"))
t("isinstance", lambda: isinstance(Counter(), dict))
t("set item", lambda: (lambda q: (q.__setitem__("k", 5), q["k"] + 1, q))(Counter()))
t("bad", lambda: Counter(5))
t("keys order", lambda: list(Counter("zyzx").keys()))
t("max", lambda: max(Counter("hello").items(), key=lambda kv: kv[1]))

Point = namedtuple("Point", ["x", "y"])
P3 = namedtuple("P3", "x y z", defaults=[0])
p = Point(1, y=2)
t("nt", lambda: (p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), tuple(p), len(p)))
t("nt unpack", lambda: (lambda a, b: a + b)(*p))
t("nt eq", lambda: (p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2))))
t("nt defaults", lambda: (P3(1, 2), P3(1, 2, 3), P3._field_defaults))
t("nt missing", lambda: Point(1))
t("nt extra", lambda: Point(1, 2, 3))
t("nt kw bad", lambda: Point(1, z=2))
t("nt setattr", lambda: setattr(p, "x", 5))
t("nt attr", lambda: p.z)
t("nt comma", lambda: namedtuple("C", "a, b")(1, 2))
t("nt rename", lambda: namedtuple("R", ["a", "def", "a"], rename=True)._fields)
t("nt bad name", lambda: namedtuple("B", ["def"]))
t("nt dup", lambda: namedtuple("B", ["a", "a"]))
t("nt underscore", lambda: namedtuple("B", ["_a"]))
t("nt type", lambda: (type(p).__name__, isinstance(p, tuple), Point.__name__))
t("nt sort", lambda: sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
t("nt replace bad", lambda: p._replace(q=1))
t("nt count index", lambda: (p.count(1), p.index(2)))
class V(namedtuple("V", "x y")):
    def norm(self):
        return abs(self.x) + abs(self.y)
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
t("nt subclass", lambda: (V(1, -2).norm(), V(1, 2) + V(3, 4), V(1, 2)))

o = OrderedDict()
o["b"] = 1
o["a"] = 2
o["c"] = 3
t("od", lambda: (o, list(o), o.popitem(), o.popitem(last=False), o))
o2 = OrderedDict.fromkeys("abcde")
t("move", lambda: (o2.move_to_end("b"), list(o2), o2.move_to_end("d", last=False), list(o2)))
t("move miss", lambda: o2.move_to_end("z"))
t("od eq", lambda: (OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}))
t("od empty", lambda: (OrderedDict(), OrderedDict().popitem()))
t("od repr nested", lambda: OrderedDict([("k", [1, 2]), ("j", OrderedDict(x=1))]))
t("od reversed", lambda: list(reversed(OrderedDict(a=1, b=2))))
t("od update", lambda: (lambda q: (q.update(z=1), q.setdefault("y", 2), q.pop("z"), q))(OrderedDict(a=0)))
t("od copy", lambda: OrderedDict(a=1).copy())
t("od or", lambda: OrderedDict(a=1) | {"b": 2})
t("od lru", lambda: lru())
def lru():
    cache = OrderedDict()
    out = []
    for k in [1, 2, 3, 1, 4, 2, 5]:
        if k in cache:
            cache.move_to_end(k)
            out.append("hit%d" % k)
        else:
            cache[k] = k * k
            if len(cache) > 3:
                out.append("evict%d" % cache.popitem(last=False)[0])
    return out, list(cache.items())
def nt_del():
    del p.x
t("nt del", nt_del)
def nt_inst_attr():
    p.w = 1
t("nt new attr", nt_inst_attr)
