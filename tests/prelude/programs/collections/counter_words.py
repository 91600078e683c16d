# Counter: counting, most_common ordering, arithmetic and the repr.
from collections import Counter

text = 'the quick brown fox jumps over the lazy dog the fox'
c = Counter(text.split())
print(c)
print(c.most_common(2), c.most_common()[-3:], c['cat'], c.total())
letters = Counter('abracadabra')
print(letters, sorted(letters.elements()))
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
a.update('aab')
a.subtract({'d': 1})
print(a, a == Counter(a=5, b=2, c=-2, d=-1))
a += Counter(z=1)
print(a, Counter(), Counter({'x': 'not a number', 'y': 2}))
inv = Counter({'arrow': 20, 'potion': 3})
inv['potion'] -= 1
del inv['nothing']
print(inv, inv.most_common(1))
