# Errors raised by the test of an if and a while.
def loop(items, limit):
    i = 0
    while i < len(items) and items[i] < limit:
        i += 1
    if items and items[0].real > limit.imag:
        return i
    return -1


print(loop([1, 2], 5))
loop([1, "x"], 5)
