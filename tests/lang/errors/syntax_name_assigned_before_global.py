# A name assigned in a function before its global declaration.
print("must not be printed")
counter = 0
def f():
    counter = 1
    global counter
