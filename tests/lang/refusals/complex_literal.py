# expect-error: SyntaxError: complex literals are not supported by jumpgate
# Imaginary literals (complex numbers) are outside the subset.
print("must not be printed")
z = 3 + 4j
