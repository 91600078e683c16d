# Operator precedence: ** binds tighter than unary minus, right-associative.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 10 - 3 - 2, 100 // 10 // 3)
print(7 % 3 * 2, 1 + 2 << 3, 1 | 2 ^ 3 & 4, ~5 + 1)
print(not 1 + 1 == 2, 3 > 2 > 1, 1 < 2 < 2, 1 == 1.0 != 2)
print(2 ** 10, 3 ** 0, 0 ** 0, (-3) ** 3, 5 ** 2 ** 0)
print(abs(-5), -abs(5), +(-5), -(-5))
