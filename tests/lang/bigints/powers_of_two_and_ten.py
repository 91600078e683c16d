# Big powers print exactly and round-trip through str and int.
print(2 ** 200)
print(10 ** 50, -(10 ** 50))
print(3 ** 100)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(int(str(7 ** 300)) == 7 ** 300, 2 ** 200 // 2 ** 199, 2 ** 200 % 1000)
print(repr(-2 ** 127), (2 ** 127 - 1) * (2 ** 127 + 1) == 2 ** 254 - 1)
