# // rounds toward negative infinity and % takes the sign of the divisor.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, -1), (-1, 3)]:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
print(-7 / 2, 7 / -2, int(-7 / 2))
print(-1 // 10, -10 // 10, -11 // 10)
