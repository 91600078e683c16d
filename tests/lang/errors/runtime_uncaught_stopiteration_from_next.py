# next() on an exhausted iterator at module level raises an uncaught StopIteration.
it = iter([1])
print(next(it))
print(next(it))
