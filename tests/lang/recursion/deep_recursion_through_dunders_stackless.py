# expect-error: RuntimeError: stackless ok: True 50000 0 50001
# jumpgate only: 50,000-deep recursion through __init__, __eq__, __len__ and __getitem__ must
# work without C recursion (CPython would overflow its C stack).  The result is reported in the
# final exception so the runner can check it.
import sys
sys.setrecursionlimit(1000000)
N = 50000
class Node:
    def __init__(self, n):
        self.n = n
        self.next = Node(n - 1) if n else None
    def __eq__(self, other):
        return self.n == other.n and (self.next is None or self.next == other.next)
    def __len__(self):
        return 1 + (len(self.next) if self.next is not None else 0)
    def __getitem__(self, i):
        return self.n if i == 0 else self.next[i - 1]
a, b = Node(N), Node(N)
raise RuntimeError(f"stackless ok: {a == b} {a[0]} {a[N]} {len(a)}")
