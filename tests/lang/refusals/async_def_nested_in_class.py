# expect-error: SyntaxError: 'async def' is not supported by jumpgate
# async def is refused inside a class body too.
class Service:
    def start(self):
        return 1
    async def stop(self):
        return 0
print("must not be printed")
