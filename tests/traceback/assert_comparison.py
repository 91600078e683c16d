# assert marks the comparison it tests.
def check(x):
    assert x < 10, "too big: " + str(x)
    return x


check(3)
check(12)
