# Mutual recursion alternates lines, so nothing is collapsed until the end.
def ping(n):
    if n == 0:
        return [][0]
    return pong(n - 1)


def pong(n):
    return ping(n)


ping(5)
