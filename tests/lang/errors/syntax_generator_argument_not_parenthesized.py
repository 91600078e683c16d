# A bare generator expression next to another argument must be parenthesized.
print("must not be printed")
print(x for x in range(3), 1)
