# zip stops at the shortest input; strict=True raises on unequal lengths.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(3), "xyz")))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters, dict(zip(letters, nums)))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
