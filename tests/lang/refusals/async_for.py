# expect-error: SyntaxError: 'async for' is not supported by jumpgate
# async for is refused wherever it appears.
print("must not be printed")
async for item in source:
    print(item)
