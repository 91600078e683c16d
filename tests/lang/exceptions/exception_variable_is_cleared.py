# The name bound by `except E as e` is deleted at the end of the except block.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", repr(e))
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
saved = None
try:
    {}["k"]
except KeyError as exc:
    saved = exc
print(repr(saved), saved.args)
