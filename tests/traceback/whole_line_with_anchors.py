# A binary operation that is the whole line still gets its '~^~' marks.
def f(a, b):
    a - b


f(1, "x")
