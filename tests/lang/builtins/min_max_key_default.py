# min/max over iterables and arguments, with key= and default=, and their errors.
words = ["pear", "fig", "banana", "kiwi"]
print(max(words), min(words), max(words, key=len), min(words, key=len))
print(max(3, 7, 5), min(3, 7, 5), max([1, 5], [2]), min("hello"), max(2.5, 2))
print(max([], default="none"), min([], default=0), max([4], default=9), min((), key=abs, default=-1))
print(max([-3, 2, -5], key=abs), min([-3, 2, -5], key=abs), max({"a": 3, "b": 1}))
print(max([(1, "b"), (1, "a")]), max(["x", "y", "x"], key=["x", "y"].index))
print(max([1, 3, 3, 2], key=lambda v: v % 3), min([4, 1, 7], key=lambda v: v % 3))
for thunk in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0)]:
    try:
        thunk()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
