# sum with start= (positional or keyword), all and any on empty and mixed inputs.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([1, 2], start=5), sum([]), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum(x * x for x in range(4)), sum([True, True]))
print(all([]), any([]), all([1, "a"]), all([1, 0]), any([0, "", None]), any([0, [0]]))
print(all(x > 0 for x in [1, 2]), any(c.isupper() for c in "abC"))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
