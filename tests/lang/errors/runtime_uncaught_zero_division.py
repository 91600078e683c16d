# An uncaught exception ends the program with status 1 after the output so far.
def ratio(a, b):
    return a / b
print(ratio(1, 2))
print(ratio(1, 0))
print("never")
