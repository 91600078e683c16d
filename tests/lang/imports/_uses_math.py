# Helper: a helper module that itself imports a built-in module.
import math
def area(r):
    return round(math.pi * r * r, 3)
