# * and ** unpacking in list/tuple/set/dict displays and in calls.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0, *b), {*a, *a}, [*"hi", *range(2)], (*a,))
d1, d2 = {"x": 1}, {"y": 2}
print({**d1, **d2, "z": 3})
def f(p, q, r, s, *extra, **kw):
    return p, q, r, s, extra, kw
print(f(*a, *b), f(0, *a, 9, *b, k=1), f(*range(4), **d1, **d2), f(**{"p": 1, "q": 2, "r": 3, "s": 4}))
print(*a, *b, sep="-")
