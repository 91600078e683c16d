# Tuples are hashable when their items are; tuples of lists are not.
d = {(0, 0): "origin", (1, 2): "pt"}
print(d[(0, 0)], d[1, 2], (1, 2) in d, hash((1, 2)) == hash((1, 2)))
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), sorted(s))
try:
    {([1], 2): 0}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(([],))
except TypeError as e:
    print(e)
