# Nested calls: each frame underlines the call it is in.
def inner(x):
    return 10 / x


def middle(x):
    return inner(x - 1) + 1


def outer(x):
    return [middle(x), middle(x - 1)]


print(outer(3))
print(outer(2))
