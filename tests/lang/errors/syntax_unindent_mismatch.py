# Dedenting to a column that matches no outer block is an IndentationError.
print("must not be printed")
if True:
        x = 1
    y = 2
