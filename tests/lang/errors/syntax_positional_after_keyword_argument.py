# A positional argument after a keyword argument in a call.
print("must not be printed")
print(sep="", "x")
