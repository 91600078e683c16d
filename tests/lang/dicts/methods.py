# get, setdefault, pop, popitem, update, copy, clear, fromkeys, keys/values/items.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("x"), d.get("x", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("a"), d.pop("missing", "dflt"), d)
d.update([("e", 5)], f=6)
d.update(g=7)
print(d, d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
c.clear()
print(c, len(c))
try:
    d.pop("zzz")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
