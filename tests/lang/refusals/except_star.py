# expect-error: SyntaxError: 'except*' is not supported by jumpgate
# Exception groups (except*) are outside the subset.
print("must not be printed")
try:
    pass
except* ValueError:
    pass
