# An uncaught failing assert with a message.
def check(n):
    assert n >= 0, f"negative input: {n}"
    return n
print(check(3))
print(check(-3))
