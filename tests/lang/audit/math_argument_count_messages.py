# math functions called with wrong argument counts, keywords and types: CPython 3.11 messages
import math
names = sorted(n for n in dir(math) if not n.startswith("_") and callable(getattr(math, n)))
for n in names:
    f = getattr(math, n)
    for args, kw in (((), {}), ((1, 2, 3, 4), {}), ((1,), {"zz": 1}), ((1, 1), {"zz": 1}), (("a",), {}), ((1, "a"), {})):
        try:
            f(*args, **kw)
            print(n, len(args), kw, "ok")
        except Exception as e:
            print(n, len(args), kw, type(e).__name__, e)
