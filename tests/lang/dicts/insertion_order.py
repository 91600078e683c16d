# Dicts iterate in insertion order; overwriting keeps the position, del+reinsert moves it.
d = {}
for k in ["b", "a", "c"]:
    d[k] = len(d)
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["a"] = 100
print(d)
del d["b"]
d["b"] = 5
print(d)
d.update({"z": 0, "a": -1})
print(d)
print(dict(zip("xyz", range(3))), dict([("k", 1), ("j", 2)]), dict(a=1, b=2))
