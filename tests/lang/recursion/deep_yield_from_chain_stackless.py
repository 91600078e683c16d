# expect-error: RuntimeError: stackless ok: [0, 1, 2] 50000
# jumpgate only: a chain of 50,000 generators delegating with yield from.
import sys
sys.setrecursionlimit(1000000)
def chain(n):
    if n == 0:
        yield 0
        yield 1
        yield 2
        return 50000
    result = yield from chain(n - 1)
    return result
def run():
    g = chain(50000)
    out = []
    try:
        while True:
            out.append(next(g))
    except StopIteration as stop:
        return out, stop.value
values, ret = run()
raise RuntimeError(f"stackless ok: {values} {ret}")
