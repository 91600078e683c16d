# A block statement without an indented body is an IndentationError.
print("must not be printed")
if True:
print("not indented")
