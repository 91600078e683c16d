# The exceptions raised by list methods and indexing.
a = [1, 2, 3]
tests = [lambda: a.index(7), lambda: a.remove(7), lambda: [].pop(), lambda: a.pop(10),
         lambda: a[3], lambda: a[-4], lambda: a["0"], lambda: a.insert("x", 1)]
for t in tests:
    try:
        t()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a[5] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[9]
except IndexError as e:
    print(type(e).__name__, e)
