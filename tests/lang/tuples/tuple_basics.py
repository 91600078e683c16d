# Tuple creation, single-element tuples, count/index, concatenation and immutability.
t = (1, 2, 3, 2)
print(t, (1,), (), tuple([1, 2]), tuple("ab"), 1, (1))
print(t.count(2), t.index(3), t + (4, 5), t * 2, len(t), t[1:3], t[::-1])
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9), 2 in t, max(t), sum(t))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
nested = ([1], 2)
nested[0].append(3)
print(nested)
