# expect-error: RuntimeError: stackless ok: 30000 30000 30000
# jumpgate only: built-ins calling back into Python (sorted key=, map, __str__ via str) nested
# 30,000 deep must not use the C stack.
import sys
sys.setrecursionlimit(1000000)
def nested_sort(n):
    if n == 0:
        return 0
    got = []
    sorted([n], key=lambda v: got.append(nested_sort(n - 1)) or v)
    return got[0] + 1
def nested_map(n):
    return 0 if n == 0 else list(map(lambda v: nested_map(v - 1), [n]))[0] + 1
class Wrap:
    def __init__(self, inner):
        self.inner = inner
    def __str__(self):
        return "x" if self.inner is None else str(self.inner) + "x"
w = None
for _ in range(30000):
    w = Wrap(w)
raise RuntimeError(f"stackless ok: {nested_sort(30000)} {nested_map(30000)} {len(str(w))}")
