# A long line with the failing call in the middle.
def f(x):
    return x


def g(x):
    return x.nothing


result = f(1) + f(2) + f(3) + f(4) + f(5) + f(6) + f(7) + f(8) + g(9) + f(10) + f(11) + f(12)
