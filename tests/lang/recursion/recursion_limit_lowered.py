# Lowering the recursion limit makes moderately deep recursion fail; raising it again restores it.
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(400)
print(sys.getrecursionlimit(), depth(200))
try:
    depth(1000)
    print("no error")
except RecursionError:
    print("RecursionError at limit 400")
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(1000), depth(3000))
