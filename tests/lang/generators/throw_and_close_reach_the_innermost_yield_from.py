# throw() and close() on a generator suspended in `yield from` go to the
# innermost generator first (PEP 380), through every level of the chain.
def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield 99
    finally:
        print("inner finally")


def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3


g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
g2 = outer()
next(g2)
g2.close()
print("closed")


def deep(n):
    if n == 0:
        try:
            yield 0
        finally:
            print("innermost finally")
        return
    yield from deep(n - 1)


g3 = deep(50)
next(g3)
try:
    g3.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
