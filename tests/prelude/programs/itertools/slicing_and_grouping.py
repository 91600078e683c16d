# count, cycle, repeat, chain, islice, groupby, accumulate and friends.
import itertools

print(list(itertools.islice(itertools.count(10, 5), 4)), repr(itertools.count(3)))
print(list(itertools.islice(itertools.cycle('xyz'), 7)), list(itertools.repeat('k', 3)))
print(list(itertools.chain('ab', [1], range(2))), list(itertools.chain.from_iterable(['cd', 'e'])))
print(list(itertools.islice('abcdefgh', 2, None, 3)), list(itertools.islice(range(10), 3)))
for key, group in itertools.groupby('aaabccdddd'):
    print(key, list(group))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted([3, 1, 3, 2, 1, 3]))])
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 5, 2], max, initial=3)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.zip_longest('abc', [1], fillvalue=0)), list(itertools.pairwise('abcd')))
print(list(itertools.compress('abcdef', [1, 0, 1])), list(itertools.filterfalse(None, [0, 1, '', 'x'])))
a, b = itertools.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
try:
    itertools.islice('abc', -1)
except ValueError as e:
    print('ValueError', e)
