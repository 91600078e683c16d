# return with no value, several values, early returns, and falling off the end.
def nothing():
    pass
def bare():
    return
def pair():
    return 1, "two"
def sign(x):
    if x < 0:
        return -1
    elif x == 0:
        return 0
    return 1
print(nothing(), bare(), pair(), type(pair()).__name__, [sign(v) for v in (-5, 0, 5)])
a, b = pair()
print(a, b)
def loop_return():
    for i in range(10):
        if i * i > 20:
            return i
    return None
print(loop_return())
