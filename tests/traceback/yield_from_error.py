# An error raised by a delegated generator, through yield from.
def inner():
    yield 1
    raise LookupError("inner failed")


def outer():
    yield from inner()


for x in outer():
    print(x)
