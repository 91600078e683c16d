# enumerate with start=, map with several iterables, filter with None, reversed on sequences.
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate(["x"], start=-1)))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(type(enumerate([])).__name__, type(map(abs, [])).__name__, type(zip()).__name__)
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
