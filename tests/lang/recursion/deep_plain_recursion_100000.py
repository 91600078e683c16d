# Plain Python recursion 100,000 deep works once the recursion limit allows it.
import sys
sys.setrecursionlimit(200000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
def total(n, acc):
    if n == 0:
        return acc
    return total(n - 1, acc + n)
def ping(n):
    return "done" if n == 0 else pong(n - 1)
def pong(n):
    return "done" if n == 0 else ping(n - 1)
print(depth(100000))
print(total(100000, 0))
print(ping(60001), pong(50000))
print(sys.getrecursionlimit())
