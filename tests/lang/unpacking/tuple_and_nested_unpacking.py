# Assignment unpacks tuples, lists, strings and nested structures; swap works.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
[p, q] = "pq"
print(x, y, z, p, q)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
i, j = j, i = 5, 6
print(i, j)
