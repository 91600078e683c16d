# *args collects extra positionals as a tuple, **kwargs extra keywords as a dict.
def f(a, *args, **kwargs):
    return a, args, kwargs
print(f(1), f(1, 2, 3), f(1, x=2), f(1, 2, y=3, z=4))
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), total(*range(10)))
def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())
print(describe(name="x", size=3), describe(), describe(**{"b": 1, "a": 2}))
def mixed(a, b=0, *rest, key="k", **other):
    return a, b, rest, key, other
print(mixed(1), mixed(1, 2, 3, 4, key="K", extra=5))
