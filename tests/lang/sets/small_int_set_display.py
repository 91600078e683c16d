# Sets of small non-negative ints print in ascending order; set() and comprehensions.
print({3, 1, 2}, {5, 4, 3, 2, 1, 0}, set([2, 2, 1]), set(), set(range(5)))
print({x % 4 for x in range(10)}, set("aaa"), {True, 1, 1.0}, {0, False})
s = {7, 6}
s.add(5)
print(s, len({1, 2, 3} - {2}))
