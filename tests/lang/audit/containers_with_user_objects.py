# containers holding user objects: __eq__/__hash__ in dicts, sets, list search, sort errors, mutation checks
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

calls = []
class K:
    def __init__(self, v, h=None):
        self.v = v
        self.h = v if h is None else h
    def __eq__(self, o):
        calls.append(("eq", self.v, getattr(o, "v", o)))
        return isinstance(o, K) and self.v == o.v
    def __hash__(self):
        return hash(self.h)
    def __repr__(self):
        return f"K{self.v}"
d = {K(1): "one", K(2, 1): "collide"}
t("lookup", lambda: (d[K(1)], d[K(2, 1)], K(3) in d, len(d)))
t("missing", lambda: d[K(9)])
t("set", lambda: ({K(1), K(1), K(2)}, len({K(1), K(1, 5)})))
t("list ops", lambda: ([K(1), K(2)].index(K(2)), K(2) in [K(1), K(2)], [K(1), K(1)].count(K(1)), [K(1), K(2)] == [K(1), K(2)]))
t("list remove", lambda: (lambda l: (l.remove(K(2)), l))([K(1), K(2), K(2)]))
t("tuple ops", lambda: ((K(1), K(2)).index(K(2)), K(3) in (K(1),), (K(1),) == (K(1),)))
t("dict eq", lambda: {1: K(1)} == {1: K(1)})
t("ne default", lambda: K(1) != K(1))
t("identity shortcut", lambda: (lambda k: ([k] == [k], k in [k], [k].count(k)))(type("N", (), {"__eq__": lambda s, o: False})()))
t("nan identity", lambda: (lambda n: (n in [n], [n] == [n], n == n))(float("nan")))
class Bad:
    def __hash__(self):
        raise RuntimeError("no hash today")
t("hash raises", lambda: {Bad(): 1})
t("hash raises set", lambda: Bad() in {1})
class BadHashType:
    def __hash__(self):
        return "x"
t("hash type", lambda: hash(BadHashType()))
class Unhash:
    __hash__ = None
t("hash None", lambda: {Unhash()})
class BadEq:
    def __eq__(self, o):
        raise ValueError("eq fails")
    __hash__ = object.__hash__
t("eq raises in list", lambda: [1, BadEq()].index(2))
t("eq raises dict", lambda: (lambda b: {b: 1}[b])(BadEq()))
t("sort key raises", lambda: sorted([3, 1, 2], key=lambda v: 1 / (v - 2)))
t("sort cmp error", lambda: sorted([K(1), K(2)]))
t("sort mixed", lambda: sorted([1, "a", 2]))
t("sort none", lambda: sorted([None, 1]))
t("max mixed", lambda: max([1, None]))
def mutate_sort():
    l = [3, 1, 2]
    def key(v):
        l.append(v)
        return v
    l.sort(key=key)
t("modified during sort", mutate_sort)
def mutate_dict():
    dd = {1: 1}
    for k in dd:
        dd[k + 1] = 1
t("dict changed", mutate_dict)
def mutate_set():
    s = {1}
    for k in s:
        s.add(k + 1)
t("set changed", mutate_set)
def mutate_dict_keys():
    dd = {1: 1, 2: 2}
    for k in dd.keys():
        dd.pop(k)
t("dict keys changed", mutate_dict_keys)
def dict_same_size():
    dd = {1: 1, 2: 2}
    out = []
    for k in dd:
        out.append(k)
        dd[k] = 5
    return out, dd
t("dict value change ok", dict_same_size)
def list_grow():
    l = [1, 2]
    out = []
    for v in l:
        out.append(v)
        if len(l) < 5:
            l.append(v * 10)
    return out
t("list grow ok", list_grow)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
t("sort lt only", lambda: (sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)]), min(Cmp(3), Cmp(5))))
t("gt via reflected lt", lambda: Cmp(3) > Cmp(1))
t("le missing", lambda: Cmp(3) <= Cmp(1))
import heapq
t("heap of objects", lambda: (lambda h: (heapq.heapify(h), [heapq.heappop(h) for _ in range(3)])[1])([Cmp(3), Cmp(1), Cmp(2)]))
t("recursive repr list", lambda: (lambda l: (l.append(l), l.append({"self": l}), repr(l))[2])([1]))
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return f"Node({self.children})"
def node_cycle():
    n = Node()
    n.children.append(n)
    return repr(n)
t("recursive user repr", node_cycle)
t("dict ordering after delete", lambda: (lambda q: (q.pop(K(1)), q.__setitem__(K(1), "again"), list(q.values()))[2])(dict(d)))
t("in with different types", lambda: (1 in [1.0], 1.0 in {1}, True in {1: 0}, "1" in [1], (1, 2) in {(1.0, 2.0)}))
t("set of mixed numbers", lambda: ({1, 1.0, True}, {0, False, 0.0, -0.0}))
t("frozen vs set eq hash", lambda: {frozenset([1, 2]): "f"}[frozenset({2, 1})])
print(len(calls) > 0)
