# &, |, ^, ~, << and >> on non-negative and negative ints.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-1 & 0xFF, -256 | 15, -6 ^ 3, ~-1, ~0)
print(-16 >> 2, -1 >> 10, -17 >> 1, 1 << 0, 5 >> 10)
print((1 << 70) >> 68, -(1 << 70) >> 69)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
