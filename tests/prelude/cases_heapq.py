"""Cases for vm/lib/heapq.py: each is run with the prelude and with CPython."""

import random as _stdrandom


class Item:
    # Orders by 'key' only, so that where equal keys end up is visible.
    def __init__(self, key, tag):
        self.key = key
        self.tag = tag

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return '%s%s' % (self.key, self.tag)


def _data(seed, n, lo=0, hi=20):
    rng = _stdrandom.Random(seed)
    return [rng.randint(lo, hi) for _ in range(n)]


def _items(seed, n):
    rng = _stdrandom.Random(seed)
    return [Item(rng.randint(0, 5), chr(97 + i % 26)) for i in range(n)]


def register(case):
    def C(label, fn):
        case('heapq', label, fn)

    C('heappop empty', lambda m: m.heapq.heappop([]))
    C('heapreplace empty', lambda m: m.heapq.heapreplace([], 1))
    C('heappushpop empty', lambda m: m.heapq.heappushpop([], 1))
    C('heappush tuple', lambda m: m.heapq.heappush((), 1))
    C('heappop int', lambda m: m.heapq.heappop(5))
    C('heapify None', lambda m: m.heapq.heapify(None))
    C('heapreplace tuple', lambda m: m.heapq.heapreplace((1,), 1))
    C('heappushpop tuple', lambda m: m.heapq.heappushpop((1,), 1))
    C('heappush incomparable', lambda m: (lambda h: (m.heapq.heappush(h, 1), m.heapq.heappush(h, 'a')))([]))

    def push_pop(m, seed, n):
        h = []
        for x in _data(seed, n):
            m.heapq.heappush(h, x)
        snapshot = list(h)
        out = [m.heapq.heappop(h) for _ in range(len(h))]
        return snapshot, out

    for seed in range(10):
        C('push then pop seed %d' % seed, lambda m, seed=seed: push_pop(m, seed, 3 + seed * 7))

    def heapify_layout(m, seed, n):
        h = _data(seed, n)
        m.heapq.heapify(h)
        return h

    for seed in range(10):
        C('heapify layout seed %d' % seed, lambda m, seed=seed: heapify_layout(m, seed, seed * 5))

    def stable_items(m, seed):
        h = []
        for it in _items(seed, 30):
            m.heapq.heappush(h, it)
        return [m.heapq.heappop(h) for _ in range(len(h))]

    for seed in range(6):
        C('equal keys order seed %d' % seed, lambda m, seed=seed: stable_items(m, seed))

    def mixed_ops(m, seed):
        rng = _stdrandom.Random(seed)
        h = []
        out = []
        for _ in range(200):
            op = rng.randrange(5)
            x = rng.randint(0, 50)
            try:
                if op == 0:
                    m.heapq.heappush(h, x)
                elif op == 1:
                    out.append(m.heapq.heappop(h))
                elif op == 2:
                    out.append(m.heapq.heappushpop(h, x))
                elif op == 3:
                    out.append(m.heapq.heapreplace(h, x))
                else:
                    h.append(x)
                    m.heapq.heapify(h)
            except IndexError as e:
                out.append(str(e))
            out.append(list(h))
        return out

    for seed in range(8):
        C('mixed heap ops seed %d' % seed, lambda m, seed=seed: mixed_ops(m, seed))

    def tuples(m):
        h = []
        for prio, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa'), (0, 'z')]:
            m.heapq.heappush(h, (prio, name))
        return [m.heapq.heappop(h) for _ in range(len(h))]
    C('priority tuples', tuples)

    def dijkstra(m):
        graph = {'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('a', 7), ('c', 10), ('d', 15)],
                 'c': [('a', 9), ('b', 10), ('d', 11), ('f', 2)], 'd': [('b', 15), ('c', 11), ('e', 6)],
                 'e': [('d', 6), ('f', 9)], 'f': [('a', 14), ('c', 2), ('e', 9)]}
        dist = {'a': 0}
        pq = [(0, 'a')]
        order = []
        while pq:
            d, u = m.heapq.heappop(pq)
            if d > dist.get(u, 1e9):
                continue
            order.append(u)
            for v, w in graph[u]:
                nd = d + w
                if nd < dist.get(v, 1e9):
                    dist[v] = nd
                    m.heapq.heappush(pq, (nd, v))
        return order, sorted(dist.items())
    C('dijkstra', dijkstra)

    # nlargest / nsmallest: every n around the size, with and without key.
    for seed in range(6):
        for n in (-1, 0, 1, 2, 5, 9, 10, 11, 30):
            C('nsmallest n=%d seed %d' % (n, seed),
              lambda m, seed=seed, n=n: m.heapq.nsmallest(n, _data(seed, 10)))
            C('nlargest n=%d seed %d' % (n, seed),
              lambda m, seed=seed, n=n: m.heapq.nlargest(n, _data(seed, 10)))
            C('nsmallest iterator n=%d seed %d' % (n, seed),
              lambda m, seed=seed, n=n: m.heapq.nsmallest(n, iter(_data(seed, 10))))
            C('nlargest iterator n=%d seed %d' % (n, seed),
              lambda m, seed=seed, n=n: m.heapq.nlargest(n, iter(_data(seed, 10))))
            C('nsmallest key n=%d seed %d' % (n, seed),
              lambda m, seed=seed, n=n: m.heapq.nsmallest(n, iter(_data(seed, 10)), key=lambda x: x % 7))
            C('nlargest key n=%d seed %d' % (n, seed),
              lambda m, seed=seed, n=n: m.heapq.nlargest(n, iter(_data(seed, 10)), key=lambda x: -x % 5))
            C('nlargest items n=%d seed %d' % (n, seed),
              lambda m, seed=seed, n=n: m.heapq.nlargest(n, iter(_items(seed, 12))))
            C('nsmallest items n=%d seed %d' % (n, seed),
              lambda m, seed=seed, n=n: m.heapq.nsmallest(n, iter(_items(seed, 12))))
            C('nlargest items key n=%d seed %d' % (n, seed),
              lambda m, seed=seed, n=n: m.heapq.nlargest(n, _items(seed, 12), key=lambda i: i.key))
    C('nlargest empty', lambda m: m.heapq.nlargest(3, []))
    C('nsmallest empty iterator', lambda m: m.heapq.nsmallest(3, iter([])))
    C('nlargest 1 empty', lambda m: m.heapq.nlargest(1, []))
    C('nlargest dict items', lambda m: m.heapq.nlargest(2, {'a': 3, 'b': 1, 'c': 3}.items(),
                                                         key=lambda kv: kv[1]))
    C('nsmallest strings', lambda m: m.heapq.nsmallest(3, 'the quick brown fox'.split(), key=len))

    # merge
    C('merge', lambda m: list(m.heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
    C('merge key', lambda m: list(m.heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
    C('merge reverse', lambda m: list(m.heapq.merge([7, 5, 1], [8, 2, 0], reverse=True)))
    C('merge reverse key', lambda m: list(m.heapq.merge([7, 5, 1], [8, 2, 0], key=lambda x: x * 2,
                                                        reverse=True)))
    C('merge none', lambda m: list(m.heapq.merge()))
    C('merge key with empty', lambda m: list(m.heapq.merge([], [3, 1], [2], key=lambda x: -x)))
    C('nsmallest key list', lambda m: m.heapq.nsmallest(5, [5, 3, 9, 1], key=lambda x: -x))
    C('nlargest key list', lambda m: m.heapq.nlargest(5, [5, 3, 9, 1], key=lambda x: -x))
    C('merge one', lambda m: list(m.heapq.merge(iter([1, 2]))))
    C('merge lazy', lambda m: next(m.heapq.merge(iter([1, 2]), iter([0]))))
    C('merge not iterable', lambda m: list(m.heapq.merge([1], 5)))

    def merge_stable(m, seed):
        rng = _stdrandom.Random(seed)
        runs = []
        for r in range(4):
            items = sorted([Item(rng.randint(0, 4), '%d%d' % (r, i)) for i in range(6)],
                           key=lambda it: it.key)
            runs.append(items)
        return list(m.heapq.merge(*runs)), list(m.heapq.merge(*runs, key=lambda it: it.key))

    for seed in range(5):
        C('merge equal keys seed %d' % seed, lambda m, seed=seed: merge_stable(m, seed))
