# functools.reduce with and without an initial value; functools.partial binding args and kwargs.
import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(functools.reduce(lambda acc, s: acc + s.upper(), ["a", "b"], ">"), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda a, b: a + b, [], 0), functools.reduce(lambda a, b: a, [42]))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
two_to = functools.partial(power, 2)
print(square(7), cube_mod(7), two_to(10), square(3, exp=3), two_to(exp=5))
print(square.func is power, square.args, square.keywords, two_to.args)
print(functools.reduce(lambda a, b: a + b, [[1], [2]]), list(map(functools.partial(int, base=2), ["101", "11"])))
