# PEP 479: StopIteration raised inside a generator body becomes RuntimeError.
def bad():
    yield 1
    next(iter([]))
    yield 2
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def good():
    yield 1
    return
print(list(good()), list(good()))
def early_return():
    for i in range(10):
        if i == 3:
            return i
        yield i
print(list(early_return()))
