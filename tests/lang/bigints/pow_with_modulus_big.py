# Three-argument pow with big bases, exponents and moduli.
p = 2 ** 127 - 1
print(pow(3, p - 1, p))
print(pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(12345678901234567890, 98765, 10 ** 20 + 39))
print(pow(-(10 ** 25), 3, 10 ** 12), pow(10 ** 25, -1, p) * 10 ** 25 % p)
print(pow(7, 2 ** 64, 13), pow(2, 3, 1))
