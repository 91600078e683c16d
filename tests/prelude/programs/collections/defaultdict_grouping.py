# defaultdict for grouping, counting and nested trees.
from collections import defaultdict

words = 'apple avocado banana blueberry cherry cranberry apricot'.split()
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(dict(by_letter))

counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts['z'], len(counts))
print(counts.get('q'), 'q' in counts)

tree = lambda: defaultdict(tree)
t = tree()
t['world']['zone1']['room'] = 3
print(t['world']['zone1']['room'], list(t['world']))
print(defaultdict(None, {'a': 1}), defaultdict(set).default_factory)
try:
    defaultdict(None)['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
c = counts.copy()
c['new'] += 5
print(type(c).__name__, c['new'], counts.get('new'))
