# deque as a queue, a ring buffer and a sliding window.
from collections import deque

q = deque()
for i in range(5):
    q.append(i)
q.appendleft(-1)
print(q, len(q), q[0], q[-1])
print(q.popleft(), q.pop(), q)
q.rotate(2)
print(q)
q.rotate(-3)
print(q)
q.extend('ab')
q.extendleft('xy')
print(q, q.count('a'), 'b' in q, q.index(2))
q.insert(3, 'mid')
q.remove('x')
del q[0]
q[1] = 'one'
print(q, list(reversed(q)))
q.reverse()
print(q, q.copy() == q, q == list(q))
q.clear()
print(q, bool(q))

window = deque(maxlen=3)
for x in [5, 1, 4, 2, 8, 3]:
    window.append(x)
    print(list(window), sum(window), window.maxlen)
print(window)
print(deque('abc') + deque('de'), deque([1, 2]) * 2, deque([1, 2]) < deque([1, 3]))
