# Unbounded recursion ends with an uncaught RecursionError, never a crash.
def down(n):
    return down(n + 1)
print("recursing")
down(0)
