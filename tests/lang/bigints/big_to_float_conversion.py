# Converting big ints to float rounds correctly or raises OverflowError.
print(float(2 ** 100), float(10 ** 22), float(-(10 ** 23)), float(2 ** 1023))
print(2 ** 1000 / 2 ** 999, (10 ** 40 + 1) / 10 ** 40, 2 ** 60 * 1.5)
print(int(1e300) == 10 ** 300, int(1e22), int(-1.5e20))
for thunk in [lambda: float(2 ** 1024), lambda: 2 ** 1024 * 1.0, lambda: 10 ** 400 / 7]:
    try:
        thunk()
    except OverflowError as e:
        print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, round(2 ** 70 / 3))
