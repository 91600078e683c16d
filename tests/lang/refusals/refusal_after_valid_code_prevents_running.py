# expect-error: SyntaxError: 'async def' is not supported by jumpgate
# The refusal happens before anything runs, even when the construct is at the end.
import sys
print("must not be printed")
sys.stdout.write("nor this\n")
def fine():
    return 1
async def late():
    pass
