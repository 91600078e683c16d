# A parameter without a default after one with a default.
print("must not be printed")
def f(a=1, b):
    return a
