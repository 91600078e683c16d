# nonlocal naming a variable no enclosing function binds.
print("must not be printed")
def f():
    def g():
        nonlocal nowhere
        nowhere = 1
    return g
