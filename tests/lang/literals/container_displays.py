# List, tuple, dict and set displays including empty ones, nesting and trailing commas.
print([], (), {}, set())
print([1, 2, 3,], (1,), (1, 2,), {"a": 1, "b": 2,}, {1, 2, 3})
print([[1, [2, [3]]], (4, (5,))])
print({"k": [1, {"n": (2, 3)}]})
print(type(()).__name__, type({}).__name__, type({1}).__name__)
t = 1, 2, 3
print(t, type(t).__name__)
e = ()
print(len(e), len(((),)), [()] * 2)
