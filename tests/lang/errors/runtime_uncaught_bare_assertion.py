# An uncaught assert without a message prints just AssertionError.
print("checking")
assert 1 + 1 == 3
