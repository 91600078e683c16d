# Hitting the recursion limit: the collapsed line and the RecursionError.
import sys

sys.setrecursionlimit(60)


def forever(n):
    return forever(n + 1) + 1


forever(0)
