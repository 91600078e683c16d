# expect-error: SyntaxError: 'async def' is not supported by jumpgate
# Coroutines are outside the subset: the whole program is refused before it runs.
print("must not be printed")
async def fetch():
    return 1
