# Floor division and modulo of big ints follow the same sign rules as small ints.
a = 10 ** 30 + 7
b = 10 ** 12 + 3
for x, y in [(a, b), (-a, b), (a, -b), (-a, -b), (-a, 7), (a, -7), (7, -a)]:
    q, r = divmod(x, y)
    print(q, r, q * y + r == x, x // y == q, x % y == r)
print(-(2 ** 100) // 3, -(2 ** 100) % 3, (2 ** 100) // -3)
