# return at module level is a SyntaxError.
print("must not be printed")
return 5
