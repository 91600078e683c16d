# list.index with start/stop and list.count, using == for comparison.
a = [1, 2, 3, 2, 1, 2.0, True]
print(a.index(2), a.index(2, 2), a.index(2, 4), a.index(1, 1, 5), a.count(2), a.count(1))
print(a.count("x"), [[1], [1]].count([1]), [None, None].index(None), a.index(3, -5))
words = "the quick the lazy the end".split()
print(words.count("the"), words.index("the", 1), words.index("end"))
