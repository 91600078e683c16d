# An attribute of None; the whole line is the expression, so no carets are printed.
def find(items, key):
    for item in items:
        if item == key:
            return item


hit = find([1, 2, 3], 9)
hit.value
