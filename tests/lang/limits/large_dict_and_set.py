# Dicts and sets with a hundred thousand entries keep order and membership.
n = 100000
d = {i: i * i for i in range(n)}
print(len(d), d[99999], list(d)[:3], list(d)[-3:], sum(d.values()) % 1000007)
for i in range(0, n, 2):
    del d[i]
print(len(d), list(d)[:3], 2 in d, 3 in d)
s = set(range(0, n, 3))
print(len(s), 99999 in s, 99998 in s, sum(s))
keys = {f"k{i}": i for i in range(n)}
print(len(keys), keys["k77777"], list(keys)[-1])
