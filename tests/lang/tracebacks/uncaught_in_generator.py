# compare-stderr: traceback
# An exception raised inside a generator propagates out through the consuming for loop.
def gen():
    yield 1
    yield 2
    raise IndexError("generator ran dry")
for v in gen():
    print("got", v)
