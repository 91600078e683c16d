# A number immediately followed by a name.
print("must not be printed")
x = 1abc
