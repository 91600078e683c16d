# A tab inside the line counts as one character for the carets.
def f(a, b):
    return a	+ b


f(1, None)
