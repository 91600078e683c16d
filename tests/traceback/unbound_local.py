# An UnboundLocalError marks the name.
def counter():
    total = total + 1
    return total


counter()
