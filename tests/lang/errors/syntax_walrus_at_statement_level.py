# An unparenthesized := at statement level is invalid syntax.
print("must not be printed")
y := 5
