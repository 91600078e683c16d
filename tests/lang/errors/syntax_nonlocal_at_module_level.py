# nonlocal at module level is a SyntaxError.
print("must not be printed")
nonlocal x
