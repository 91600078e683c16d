# range: repr, len, indexing, slicing, membership, negative steps, equality and errors.
r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], list(r), 8 in r, 9 in r)
print(range(5), range(0), list(range(10, 0, -2)), list(range(-3)), len(range(5, 0)))
print(r.index(11), r.count(5), range(0, 6, 2) == range(0, 5, 2), range(0) == range(2, 2))
print(list(reversed(range(4))), sum(range(1, 101)), max(range(7)), range(10 ** 20)[-1])
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
