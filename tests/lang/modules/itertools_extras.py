# More itertools that game scripts reach for: cycle, repeat, accumulate, groupby, zip_longest.
import itertools
cyc = itertools.cycle("ab")
print([next(cyc) for _ in range(5)], list(itertools.repeat("x", 3)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)))
print([(k, list(g)) for k, g in itertools.groupby("aaabccaa")])
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
