# Big ints work as dict keys and set members, equal to their float values where exact.
d = {2 ** 100: "big", -(2 ** 70): "neg", 5: "small"}
print(d[2 ** 100], d[-(2 ** 70)], d[2 ** 100 + 0], (2 ** 100) in d, 2 ** 101 in d)
d[float(2 ** 60)] = "float key"
print(d[2 ** 60], len(d))
s = {2 ** 64, 2 ** 64, 3 ** 40}
print(len(s), 2 ** 64 in s, hash(2 ** 100) == hash(2 ** 100), hash(2 ** 60) == hash(2.0 ** 60))
print(hash(5) == 5, hash(-1) == hash(-2), hash(0) == 0)
