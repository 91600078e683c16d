# Two-character operators are marked with two carets: //, **, <<.
def scale(x, y):
    r = x // 1
    r = r ** 2
    r = (r << 1) + x // y
    return r


scale(10, 0)
