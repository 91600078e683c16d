# compare-stderr: traceback
# The traceback lists every frame from the module down to the raise, with function names.
def a(n):
    return b(n + 1)
def b(n):
    return c(n * 2)
def c(n):
    if n > 3:
        raise ValueError(f"n too large: {n}")
    return n
print(a(0))
print(a(5))
