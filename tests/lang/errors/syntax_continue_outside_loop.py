# continue outside a loop is a SyntaxError.
print("must not be printed")
def f():
    continue
