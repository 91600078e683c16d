# A closing bracket without its opener.
print("must not be printed")
x = 1 + 2)
