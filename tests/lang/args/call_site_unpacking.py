# f(*xs, **kw) spreads any iterable and any mapping; several of each are allowed.
def show(*args, **kwargs):
    return args, kwargs
xs = [1, 2]
kw = {"a": 1}
print(show(*xs), show(*xs, **kw), show(0, *xs, 3, *"ab", **kw, b=2, **{"c": 3}))
print(show(*range(3)), show(*{"k": 1}), show(*(x * 2 for x in range(3))))
def pt(x, y, z=0):
    return x + y * 10 + z * 100
print(pt(*[1, 2]), pt(*[1], **{"y": 2, "z": 3}), pt(**dict(x=1, y=1)))
