# expect-error: SyntaxError: 'async with' is not supported by jumpgate
# async with is refused wherever it appears.
print("must not be printed")
async with lock:
    pass
