# An error inside a comprehension: the comprehension's frame and the caller's.
values = [4, 2, 0, 1]
inverse = [1 / v for v in values]
