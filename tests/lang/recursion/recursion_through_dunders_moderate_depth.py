# Recursion that passes through __init__, __eq__, __len__, __getitem__, __str__ and key= functions.
import sys
sys.setrecursionlimit(20000)
N = 1500
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
    def __str__(self):
        return "." if self.next is None else "(" + str(self.next) + ")"
a, b = Node(N), Node(N)
print(a == b, len(a), a[N], a[0])
s = str(a)
print(len(s), s[:5], s[-5:])
def nested_sort(n):
    if n == 0:
        return 0
    got = []
    sorted([n], key=lambda v: got.append(nested_sort(n - 1)) or v)
    return got[0] + 1
print(nested_sort(500))
def nested_map(n):
    return 0 if n == 0 else list(map(lambda v: nested_map(v - 1), [n]))[0] + 1
print(nested_map(500))
