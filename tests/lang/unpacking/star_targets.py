# Starred assignment targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
h, *t = [9]
print(h, t)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)
for head, *tail in [(1, 2, 3), (4,), "xy"]:
    print(head, tail)
