# Deleting a function call.
print("must not be printed")
del f()
