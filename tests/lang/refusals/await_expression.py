# expect-error: SyntaxError: 'await' is not supported by jumpgate
# await is the one expression form outside the subset.
print("must not be printed")
result = await compute()
