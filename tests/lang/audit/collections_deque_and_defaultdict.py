# collections.deque and defaultdict: methods, maxlen, reprs and errors
from collections import deque, defaultdict
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

d = deque([1, 2, 3])
t("repr", lambda: (d, deque(), deque("ab", maxlen=3), deque(maxlen=0)))
t("append", lambda: (d.append(4), d.appendleft(0), d))
t("pop", lambda: (d.pop(), d.popleft(), d))
t("extend", lambda: (d.extend([7, 8]), d.extendleft([-1, -2]), d))
t("rotate", lambda: (d.rotate(2), list(d), d.rotate(-3), list(d), d.rotate(), list(d)))
t("index", lambda: (d[0], d[-1], d.index(7), d.count(1), 7 in d, len(d)))
t("index miss", lambda: d.index(99))
t("remove", lambda: (d.remove(7), d))
t("remove miss", lambda: d.remove(99))
t("idx err", lambda: d[100])
t("setitem", lambda: (d.__setitem__(0, "z"), d))
t("delitem", lambda: (d.__delitem__(0), d))
t("insert", lambda: (d.insert(1, "i"), d))
t("reverse", lambda: (d.reverse(), d))
t("copy", lambda: (d.copy(), d.copy() == d, d.copy() is d))
t("clear", lambda: (d.clear(), d))
t("pop empty", lambda: deque().pop())
t("popleft empty", lambda: deque().popleft())
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
t("maxlen", lambda: (m, m.maxlen, deque().maxlen))
t("maxlen left", lambda: (m.appendleft(9), m))
t("maxlen extend", lambda: (m.extend(range(10, 15)), m))
t("maxlen insert", lambda: m.insert(0, 1))
t("maxlen bad", lambda: deque(maxlen=-1))
t("ops", lambda: (deque([1]) + deque([2]), deque([1, 2]) * 2, deque([1]) == deque([1]), deque([1]) < deque([2]), list(reversed(deque([1, 2, 3])))))
t("add list", lambda: deque([1]) + [2])
t("iter", lambda: [x * 2 for x in deque(range(4))])
t("bool", lambda: (bool(deque()), bool(deque([0]))))
t("slice", lambda: deque([1, 2])[0:1])
t("hash", lambda: hash(deque()))
def mutate_iter():
    q = deque([1, 2, 3])
    for x in q:
        q.append(x)
t("mutate iter", mutate_iter)
t("bfs", lambda: bfs())
def bfs():
    graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": [], "e": ["a"]}
    seen, order, q = {"a"}, [], deque(["a"])
    while q:
        n = q.popleft()
        order.append(n)
        for m2 in graph[n]:
            if m2 not in seen:
                seen.add(m2)
                q.append(m2)
    return order

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
t("dd", lambda: (dd, dd["a"], dict(dd), "z" in dd, dd.get("z"), len(dd)))
t("dd missing", lambda: (dd["new"], dd))
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
t("dd int", lambda: (sorted(c.items()), c.default_factory))
t("dd none", lambda: defaultdict()["x"])
t("dd none repr", lambda: defaultdict())
t("dd lambda", lambda: (lambda q: (q["k"], dict(q)))(defaultdict(lambda: "dflt")))
t("dd nested", lambda: (lambda q: (q["a"]["b"], q["a"].update(c=1), dict(q["a"])))(defaultdict(dict)))
t("dd set", lambda: (lambda q: (q["x"].add(1), q))(defaultdict(set)))
t("dd bad", lambda: defaultdict(5))
t("dd kw", lambda: defaultdict(int, {"a": 1}, b=2))
t("dd copy", lambda: (dd.copy(), type(dd.copy()).__name__))
t("dd pop", lambda: (dd.pop("b"), dd.setdefault("q", 5), dd))
t("dd or", lambda: defaultdict(int, a=1) | {"b": 2})
t("dd isinstance", lambda: isinstance(dd, dict))
t("dd eq", lambda: defaultdict(int, a=1) == {"a": 1})
