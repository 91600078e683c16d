# / on ints always gives a float, exact for representable results.
print(7 / 2, 10 / 5, 1 / 3, -9 / 4, 0 / 7)
print(type(10 / 5).__name__, 2 ** 53 / 1, 10 ** 20 / 10 ** 10)
print(1 / 7 * 7, 3 / 10)
print(2 ** 100 / 3, 10 ** 30 / 7)
print((2 ** 64 + 1) / 2 ** 64)
