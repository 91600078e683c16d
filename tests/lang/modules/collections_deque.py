# deque: appends and pops at both ends, maxlen, rotate, extend, indexing and repr.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1])
d.extend([7, 8]); d.extendleft([-1, -2])
print(d, list(d), 7 in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
b = deque(maxlen=3)
for i in range(5):
    b.append(i)
print(b, b.maxlen, list(b))
b.appendleft(9)
print(b, deque("ab"), deque(), deque(range(3), 2))
print(d.count(7), d.index(8), list(reversed(d)), d == deque(list(d)))
d.remove(7); d.clear()
print(d, bool(d))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
