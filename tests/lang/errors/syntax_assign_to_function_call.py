# Assigning to a function call.
print("must not be printed")
len(x) = 3
