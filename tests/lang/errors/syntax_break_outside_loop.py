# break outside a loop is a SyntaxError.
print("must not be printed")
if True:
    break
