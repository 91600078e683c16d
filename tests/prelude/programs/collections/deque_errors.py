# The errors a deque raises, as CPython words them.
from collections import deque


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])
attempt('pop empty', lambda: deque().pop())
attempt('popleft empty', lambda: deque().popleft())
attempt('remove missing', lambda: d.remove(9))
attempt('index missing', lambda: d.index(9))
attempt('index out of range', lambda: d[5])
attempt('slice', lambda: d[0:2])
attempt('insert full', lambda: deque([1], maxlen=1).insert(0, 2))
attempt('negative maxlen', lambda: deque(maxlen=-1))
attempt('hash', lambda: hash(d))
attempt('concat list', lambda: d + [4])


def mutate():
    for x in d:
        d.append(x)


attempt('mutate while iterating', mutate)
