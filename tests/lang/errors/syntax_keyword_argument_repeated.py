# The same keyword argument twice in one call.
print("must not be printed")
dict(a=1, a=2)
