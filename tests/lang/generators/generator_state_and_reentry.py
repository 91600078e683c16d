# A generator is its own iterator; running it re-entrantly raises ValueError.
def g():
    yield 1
    yield 2
gen = g()
print(iter(gen) is gen, list(gen), list(gen))
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def pipeline():
    nums = (i for i in range(10))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)
print(pipeline())
