# id() is stable and distinct for live objects; hash() agrees with == for numbers.
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c, type(id(a)).__name__)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False))
print(hash(7), hash(-1), hash(-2), hash(10 ** 3), hash(0.5) == hash(0.5), hash(None) == hash(None))
print(hash((1, 2)) == hash((1, 2)), hash("abc") == hash("abc"), hash(b"x") == hash(b"x"))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(2.0) == 2, hash(-7))
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)
