# An expression over several lines is marked to the end of its first line.
def total(a, b, c):
    return (a +
            b +
            c)


total(1, 2, "3")
