# Two parameters with the same name.
print("must not be printed")
def f(x, x):
    return x
