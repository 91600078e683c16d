# An annotated assignment and an assignment expression that fail.
def f(values):
    if (n := len(values)) > 2:
        return n
    ratio: float = n / (n - 1)
    return ratio


print(f([1, 2, 3]))
print(f([1]))
