# An opening parenthesis that is never closed.
print("must not be printed")
total = (1 + 2
print(total)
