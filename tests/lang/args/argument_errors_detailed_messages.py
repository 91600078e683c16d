# CPython's longer signature-mismatch messages: ranges of counts, keyword-only notes, **/* misuse.
def g(a, b=1, *, c):
    return a
def show(*args, **kwargs):
    return args
for call in [lambda: g(1, 2, 3, c=1), lambda: show(**{"a": 1}, a=2), lambda: show(*5),
             lambda: show(**[1])]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
