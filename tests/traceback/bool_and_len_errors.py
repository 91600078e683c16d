# Errors raised by built-ins called on the failing line.
def size(x):
    return len(x) + 1


print(size("abc"))
print(size(5))
