# Calls that do not match the signature raise TypeError with CPython's messages.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
no_args = lambda: 0
class K:
    def m(self, x):
        return x
calls = [lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, 2, z=3), lambda: f(1, a=1),
         lambda: g(1), lambda: K().m(), lambda: K().m(1, 2), lambda: no_args(1),
         lambda: f(*[1, 2, 3]), lambda: f(**{"a": 1, "b": 2, "c": 3})]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
