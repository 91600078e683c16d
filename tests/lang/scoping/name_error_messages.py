# NameError for undefined names in module, function and nested scopes.
def f():
    return undefined_in_f
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    print(not_defined_anywhere)
except NameError as e:
    print(e)
def g():
    def h():
        return free_var
    return h()
try:
    g()
except NameError as e:
    print(e)
def nested_late():
    def h():
        return z
    try:
        return h()
    except NameError as e:
        return "h: " + str(e)
    z = 1
print(nested_late())
