# Form feed before the statement is stripped like indentation.
def f(x):
    return x[1]


f(None)
