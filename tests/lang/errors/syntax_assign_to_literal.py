# Assigning to a literal.
print("must not be printed")
5 = x
