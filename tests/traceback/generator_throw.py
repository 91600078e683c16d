# throw() raises at the paused yield, inside the generator and through yield from.
def inner():
    total = 0
    while True:
        total += yield total


def outer():
    result = yield from inner()
    return result


g = outer()
next(g)
g.send(5)
g.throw(ValueError("thrown in"))
