# "=" used where "==" was meant inside a condition.
print("must not be printed")
if x = 1:
    pass
