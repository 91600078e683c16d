# Two starred targets in one assignment.
print("must not be printed")
*a, *b = [1, 2, 3]
