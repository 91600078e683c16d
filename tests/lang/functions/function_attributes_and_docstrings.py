# __name__, __doc__ and user attributes on functions; functions are first-class values.
def greet(name):
    """Say hello."""
    return "hello " + name
def undocumented():
    pass
print(greet.__name__, greet.__doc__, undocumented.__doc__)
greet.calls = 3
print(greet.calls, callable(greet), type(greet).__name__)
table = {"g": greet, "u": undocumented}
print(table["g"]("bob"), [f.__name__ for f in table.values()])
alias = greet
print(alias("al"), alias.__name__, alias is greet)
