# globals() is the module namespace: reading and writing through it affects globals.
x = 10
g = globals()
print(g["x"], "x" in g, "undefined" in g, g["__name__"], type(g).__name__)
g["made_dynamically"] = 42
print(made_dynamically)
def f():
    globals()["from_function"] = "hi"
    return globals() is g
print(f(), from_function)
x = 11
print(g["x"], sorted(k for k in g if not k.startswith("__")))
