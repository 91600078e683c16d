# Bitwise operators on big negative ints behave as infinite two's complement.
a = -(2 ** 100) + 12345
b = 2 ** 90 - 1
print(a & b, a | b, a ^ b, ~a)
print(a >> 50, a >> 200, a << 10, -(2 ** 100) >> 100)
print((-1) & (2 ** 80 - 1) == 2 ** 80 - 1, ~(2 ** 70) == -(2 ** 70) - 1)
print(-(2 ** 65) & -(2 ** 64), -(2 ** 65) | (2 ** 64), (2 ** 128 - 1) ^ -(2 ** 128))
print((2 ** 100) & -(2 ** 100), (-(2 ** 100 + 1)) >> 1)
