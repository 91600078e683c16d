# heapq as a priority queue, including where equal priorities end up.
import heapq

h = []
for prio, task in [(3, 'write'), (1, 'eat'), (2, 'code'), (1, 'sleep'), (5, 'test'), (2, 'ship')]:
    heapq.heappush(h, (prio, task))
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
print(heapq.heappushpop(h, (0, 'now')), heapq.heapreplace(h, (9, 'later')), h)

data = [9, 4, 7, 1, 8, 2, 2, 6, 5, 3]
heapq.heapify(data)
print(data)


class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return '%s:%d' % (self.name, self.prio)


tasks = []
for i, p in enumerate([2, 1, 2, 1, 3, 1, 2]):
    heapq.heappush(tasks, Task(p, 't%d' % i))
print([heapq.heappop(tasks) for _ in range(len(tasks))])

for fn, args in [(heapq.heappop, ([],)), (heapq.heappush, ((), 1)), (heapq.heapify, (None,))]:
    try:
        fn(*args)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
