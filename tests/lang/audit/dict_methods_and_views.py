# dict methods, views, operators and error messages
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

def mut(fn):
    d = {"a": 1, "b": 2, "c": 3}
    r = fn(d)
    return r, d

t("get", lambda: mut(lambda d: (d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))))
t("get kw", lambda: {}.get("a", default=1))
t("get noarg", lambda: {}.get())
t("keys", lambda: mut(lambda d: (list(d.keys()), list(d.values()), list(d.items()), d.keys(), d.values(), d.items())))
t("pop", lambda: mut(lambda d: (d.pop("a"), d.pop("z", None))))
t("pop miss", lambda: {}.pop("z"))
t("pop miss int", lambda: {}.pop(3))
t("pop miss tuple", lambda: {}.pop((1, 2)))
t("popitem", lambda: mut(lambda d: (d.popitem(), d.popitem())))
t("popitem empty", lambda: {}.popitem())
t("setdefault", lambda: mut(lambda d: (d.setdefault("a", 9), d.setdefault("z", []), d.setdefault("y"))))
t("update", lambda: mut(lambda d: (d.update({"a": 10}), d.update([("x", 1)]), d.update(k=5), d.update({"m": 1}, n=2))))
t("update bad", lambda: {}.update([1]))
t("update bad2", lambda: {}.update([(1, 2, 3)]))
t("update int", lambda: {}.update(5))
t("copy", lambda: mut(lambda d: d.copy()))
t("clear", lambda: mut(lambda d: d.clear()))
t("fromkeys", lambda: (dict.fromkeys("ab"), dict.fromkeys([1, 2], 0)))
t("dict()", lambda: (dict(), dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict(zip("ab", range(2)))))
t("dict bad", lambda: dict(5))
t("dict bad seq", lambda: dict(["ab", "cde"]))
t("merge", lambda: mut(lambda d: (d | {"z": 0}, {"a": 0} | d)))
t("ior", lambda: mut(lambda d: d.__ior__({"q": 1})))
t("or bad", lambda: {} | [])
t("eq", lambda: ({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}))
t("lt", lambda: {1: 2} < {1: 3})
t("in", lambda: mut(lambda d: ("a" in d, "z" not in d, 1 in d.values(), ("a", 1) in d.items())))
t("key err", lambda: mut(lambda d: d["z"]))
t("key err tuple", lambda: {}[(1, 2)])
t("key err empty tuple", lambda: {}[()])
t("key err none", lambda: {}[None])
def delmiss():
    d = {}
    del d["q"]
t("del miss", delmiss)
t("unhashable", lambda: {}[[1]])
t("unhashable set", lambda: {{1}: 2})
t("unhashable dict", lambda: {1: 2}[{}])
t("equiv keys", lambda: {1: "a", 1.0: "b", True: "c"})
t("repr", lambda: {"a": [1, {"b": (2,)}], 1: None, (1, 2): "x", 2.5: b"y"})
t("self ref", lambda: (lambda d: (d.__setitem__("me", d), repr(d))[1])({}))
t("views ops", lambda: mut(lambda d: (d.keys() & {"a", "z"}, sorted(d.keys() | {"q"}), d.keys() - {"a"}, sorted(d.keys() ^ {"a", "q"}), d.items() & {("a", 1)})))
t("view len", lambda: mut(lambda d: (len(d.keys()), len(d.values()), len(d.items()))))
t("reversed", lambda: mut(lambda d: (list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))))
t("view eq", lambda: mut(lambda d: (d.keys() == {"a", "b", "c"}, d.items() == {("a", 1), ("b", 2), ("c", 3)}, d.values() == d.values())))
def modify_iter():
    d = {1: 2, 3: 4}
    for k in d:
        d[k + 10] = 0
t("modify iter", modify_iter)
def delete_iter():
    d = {1: 2, 3: 4}
    for k in d:
        del d[k]
t("delete iter", delete_iter)
def order():
    d = {}
    d["x"] = 1; d["y"] = 2; d["x"] = 3
    del d["x"]; d["x"] = 4
    return list(d)
t("order", order)
t("comprehension", lambda: {k: v for k, v in zip("abc", range(3)) if v})
t("unpack", lambda: {**{"a": 1}, "b": 2, **{"a": 3}})
t("kw unpack", lambda: (lambda **kw: kw)(**{"a": 1}, b=2))
t("kw unpack dup", lambda: (lambda **kw: kw)(**{"a": 1}, a=2))
t("kw unpack nonstr", lambda: (lambda **kw: kw)(**{1: 1}))
t("kw unpack nonmap", lambda: (lambda **kw: kw)(**[1]))
t("attr", lambda: {}.has_key)
t("items unpack", lambda: [f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()])
t("len", lambda: len({1: 1, 2: 2}))
t("bool", lambda: (bool({}), bool({0: 0})))
t("sorted by value", lambda: sorted({"a": 3, "b": 1, "c": 2}.items(), key=lambda kv: kv[1]))
t("max by value", lambda: max({"a": 3, "b": 1, "c": 2}, key={"a": 3, "b": 1, "c": 2}.get))
t("hash", lambda: hash({}))
t("dict.get class", lambda: dict.get({1: 2}, 1))
