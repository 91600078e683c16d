# len() of every sized built-in type.
print(len("héllo"), len(b"ab"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}))
print(len(frozenset()), len(range(0, 10, 3)), len(""), len([[]]), len({}.keys()), len("😀"))
print(len(range(10 ** 6)), len(dict.fromkeys(range(100))), len("a" * 1000))
try:
    len(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
