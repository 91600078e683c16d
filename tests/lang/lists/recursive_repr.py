# Self-referencing containers print with ... instead of recursing forever.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
pair = [[], []]
pair[0].append(pair)
print(pair)
t = ([],)
t[0].append(t)
print(t)
