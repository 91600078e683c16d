# raise statements: the statement is the whole line, so no carets.
def check(n):
    if n < 0:
        raise ValueError("negative: %d" % n)
    return n


check(1)
check(-5)
