# Errors of starred calls and starred unpacking.
def f(*args):
    return args


try:
    f(1, *None)
except TypeError:
    first, *rest = 5
