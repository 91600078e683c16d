# int() parsing in bases 2..36 and bin/hex/oct of big and negative values.
n = int("f" * 40, 16)
print(n, hex(n), n == 16 ** 40 - 1)
print(int("1" * 100, 2) == 2 ** 100 - 1, int("zz" * 10, 36))
print(bin(2 ** 70 + 5), oct(8 ** 30 - 1), hex(-(2 ** 90)))
print(int("-" + "9" * 60), int("1_000_000_000_000_000_000_000"))
print(int(hex(3 ** 80), 16) == 3 ** 80, int(oct(-(5 ** 70)), 8) == -(5 ** 70))
print(format(2 ** 80, "x"), format(2 ** 80, "b")[:10], format(2 ** 80, ","))
