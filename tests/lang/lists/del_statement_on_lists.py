# del on list items and slices, including extended slices.
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[:]
print(a, len(a))
b = [1, 2, 3]
del b[1:1]
print(b)
