# An exception raised with no arguments prints just its class name as the last line.
print("about to fail")
raise ValueError
