# An indented line where none is expected is an IndentationError.
print("must not be printed")
x = 1
    y = 2
