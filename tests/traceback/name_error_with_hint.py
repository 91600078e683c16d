# A NameError with a suggestion and a caret line.
def area(radius):
    return 3.14 * raduis ** 2 + 1


area(2)
