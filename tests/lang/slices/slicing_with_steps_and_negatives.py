# Slices with negative indices and steps on lists, strings, tuples and ranges.
a = list(range(10))
s = "abcdefghij"
for sl in [(2, 5, None), (None, None, 2), (None, None, -1), (-3, None, None), (8, 2, -2),
           (None, -7, -3), (100, None, None), (-100, 3, None), (5, 5, None), (1, 9, 3)]:
    x = slice(*sl)
    print(sl, a[x], s[x], tuple(a)[x], list(range(10)[x]))
print(a[::-1][:3], s[-1::-2], s[:-1], s[len(s):], a[-1:-11:-1])
