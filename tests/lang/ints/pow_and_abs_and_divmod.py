# pow with two and three arguments, keyword arguments, negative exponents, and divmod.
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2, 0.5))
print(pow(3, 4, 5), pow(7, 0, 1), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97))
print(pow(base=2, exp=8), pow(2, 8, mod=10))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), divmod(-7.5, 2))
print(abs(-3), abs(3), abs(-0), abs(-2.5), abs(True))
for args in [(2, -1, 4), (1, 2, 0)]:
    try:
        pow(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
