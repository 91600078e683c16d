# a < b < c evaluates b once and short-circuits.
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 < 2 <= 2 != 3 == 3 > 0 >= 0, 1 < 3 > 2, 0 <= 5 < 10)
x2 = 2
print(1 == 1 in [1], "a" < "b" < "c" not in "xyz", x2 is not None is not False)
x = 15
print(10 < x < 20, 10 < x < 12, x == 15 == 15.0)
