# `not (a in b)` is compiled as `a not in b`, marked without the `not`.
def has(items, x):
    return not (x in items) or len(items)


print(has([1], 2))
has(None, 2)
