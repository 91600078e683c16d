# iter() on iterables and with a callable and sentinel; next() with a default.
it = iter([10, 20])
print(next(it), next(it), next(it, "end"))
data = [3, 2, 1, 0, 5]
pos = iter(data)
print(list(iter(lambda: next(pos), 0)))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
d = {"a": 1, "b": 2}
print(list(iter(d)), next(iter("xyz")), list(iter((1, 2))), sorted(iter({3, 1})))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
