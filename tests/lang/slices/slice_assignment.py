# Assignment to slices replaces, inserts and deletes; extended slices need equal length.
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[0:0] = [-1]
print(a)
a[len(a):] = [100]
print(a)
a[2:5] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[:] = "abc"
print(a)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
b = [1, 2, 3, 4]
b[1:3] = b
print(b)
