# frozenset is hashable and usable as a dict key; sets of lists are refused.
f = frozenset([1, 2, 3])
print(f, frozenset(), type(f).__name__, len(f), 2 in f)
d = {f: "fs", frozenset(): "empty"}
print(d[frozenset([3, 2, 1])], d[frozenset()], f == {1, 2, 3}, f | {4}, type(f | {4}).__name__)
print({frozenset([1]), frozenset([1])}, sorted(f - {1}))
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(e)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
