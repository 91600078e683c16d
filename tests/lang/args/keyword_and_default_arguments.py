# Positional, keyword and default arguments bind the same way CPython binds them.
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c=9), f(c=0, a=7), f(1, 2, 3), f(b=1, a=0))
def g(x, y):
    return x - y
print(g(y=1, x=10), g(10, y=1))
def h(*, only=1):
    return only
print(h(), h(only=2), f(*[4]), f(4, **{"c": 6}))
