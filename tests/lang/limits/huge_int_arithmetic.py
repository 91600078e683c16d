# Ints with tens of thousands of digits: arithmetic, modulo and bit_length (printed compactly).
a = 3 ** 50000
b = 7 ** 30000
print(a.bit_length(), b.bit_length(), a % 1000000007, b % 998244353)
c = a * b
print(c.bit_length(), c % (10 ** 12), (c // b) == a, c % a)
print((a - 1) % 10 ** 9, (a << 1000).bit_length(), (a >> 79000).bit_length())
print(pow(a, 3, 10 ** 9 + 7), (a * a) // (a * b // b) == a, (-a) // b < 0)
