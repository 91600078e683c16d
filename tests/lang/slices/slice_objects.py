# slice() objects: attributes, repr, indices(), and use as subscripts.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
data = list("abcdefghij")
print(data[s], "".join(data[slice(3)]), data[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    data[::0]
except ValueError as e:
    print(type(e).__name__, e)
