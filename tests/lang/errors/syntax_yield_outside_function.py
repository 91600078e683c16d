# yield at module level is a SyntaxError.
print("must not be printed")
yield 1
