# else without a matching if.
print("must not be printed")
x = 1
else:
    pass
