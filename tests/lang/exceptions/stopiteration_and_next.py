# next() raises StopIteration at the end unless given a default; StopIteration.value.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args, e.value)
def g():
    yield 1
    return "result"
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("value:", e.value, e.args)
e = StopIteration(7)
print(e.value, StopIteration().value)
