# throw() raises inside the generator at the paused yield; it may catch and continue.
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught inside:", e)
            n = -1
        n += 1
g = resilient()
print(next(g), next(g), g.throw(ValueError("reset")), next(g))
def fragile():
    yield 1
    yield 2
h = fragile()
next(h)
try:
    h.throw(KeyError("out"))
except KeyError as e:
    print("propagated", repr(e))
print(next(h, "closed after throw"))
