# expect-error: SyntaxError: the '@' operator is not supported by jumpgate
# No type of the subset supports @, so the operator is refused.
print("must not be printed")
c = a @ b
