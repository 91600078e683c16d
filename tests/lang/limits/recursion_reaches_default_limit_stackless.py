# expect-error: RuntimeError: reached between 99000 and 100000: True
# jumpgate only: with the default limit, plain recursion gets close to 100,000 frames before a
# RecursionError (never a crash), and the program keeps running afterwards.
deepest = 0
def down(n):
    global deepest
    deepest = n
    down(n + 1)
try:
    down(1)
except RecursionError:
    pass
raise RuntimeError(f"reached between 99000 and 100000: {99000 < deepest <= 100000}")
