# A recursive call repeated many times is collapsed after three lines.
def countdown(n):
    if n == 0:
        return 1 / n
    return countdown(n - 1) + 1


countdown(40)
