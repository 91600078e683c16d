# yield from delegates to a sub-generator and evaluates to its return value.
def inner(n):
    for i in range(n):
        yield i
    return f"inner done {n}"
def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    yield from [10, 20]
    yield from "xy"
    return "outer done"
g = outer()
print(list(g))
def wrapper():
    result = yield from outer()
    yield result
print(list(wrapper()))
def acc():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def delegator(out):
    out.append((yield from acc()))
res = []
d = delegator(res)
next(d)
for v in [1, 2, 3]:
    d.send(v)
try:
    d.send(None)
except StopIteration:
    pass
print(res)
