# keys/values/items views are live; their reprs; membership and set ops on keys.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, it)
print(len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, "a" in d, 1 in d)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}))
for key, val in d.items():
    print(key, val)
print(list(reversed(d)), list(reversed(d.values())))
