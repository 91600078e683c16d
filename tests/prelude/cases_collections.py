"""Cases for vm/lib/collections.py: each is run with the prelude and with CPython."""

import random as _stdrandom


def _log(fn):
    # Runs fn() and returns its result, or the exception as a comparable tuple.
    try:
        return fn()
    except Exception as e:
        return ('raises', type(e).__name__, str(e))


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


class Mutator:
    # Equal to nothing; clears its deque the first time it is compared.
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        if self.d:
            self.d.clear()
        return False


class KeysOnly:
    def keys(self):
        return ['k1', 'k2']

    def __getitem__(self, key):
        return key.upper()


def _deque_ops(seed, maxlen):
    rng = _stdrandom.Random(seed)
    ops = []
    for i in range(120):
        op = rng.choice(['append', 'appendleft', 'pop', 'popleft', 'extend',
                         'extendleft', 'rotate', 'insert', 'remove', 'del', 'get',
                         'set', 'index', 'count', 'in', 'reverse', 'len', 'clear',
                         'copy', 'iadd', 'mul', 'eq', 'lt', 'reversed'])
        ops.append((op, rng.randint(-12, 12), rng.randint(0, 9)))
    return ops


def _run_deque(m, seed, maxlen):
    d = m.collections.deque([], maxlen)
    out = []
    for op, n, x in _deque_ops(seed, maxlen):
        if op == 'append':
            out.append(_log(lambda: d.append(x)))
        elif op == 'appendleft':
            out.append(_log(lambda: d.appendleft(x)))
        elif op == 'pop':
            out.append(_log(d.pop))
        elif op == 'popleft':
            out.append(_log(d.popleft))
        elif op == 'extend':
            out.append(_log(lambda: d.extend(range(x))))
        elif op == 'extendleft':
            out.append(_log(lambda: d.extendleft(range(x))))
        elif op == 'rotate':
            out.append(_log(lambda: d.rotate(n)))
        elif op == 'insert':
            out.append(_log(lambda: d.insert(n, x)))
        elif op == 'remove':
            out.append(_log(lambda: d.remove(x)))
        elif op == 'del':
            def delete():
                del d[n]
            out.append(_log(delete))
        elif op == 'get':
            out.append(_log(lambda: d[n]))
        elif op == 'set':
            def assign():
                d[n] = x
            out.append(_log(assign))
        elif op == 'index':
            out.append(_log(lambda: d.index(x)))
        elif op == 'count':
            out.append(_log(lambda: d.count(x)))
        elif op == 'in':
            out.append(x in d)
        elif op == 'reverse':
            out.append(_log(d.reverse))
        elif op == 'len':
            out.append(len(d))
        elif op == 'clear':
            if x == 0:
                d.clear()
        elif op == 'copy':
            out.append(repr(d.copy()))
        elif op == 'iadd':
            d += [x, n]
        elif op == 'mul':
            out.append(repr(d * (x % 3)))
        elif op == 'eq':
            out.append(d == m.collections.deque(list(d)))
        elif op == 'lt':
            out.append(_log(lambda: d < m.collections.deque([x, n])))
        elif op == 'reversed':
            out.append(list(reversed(d)))
        out.append(repr(d))
    return out


def register(case):
    def C(label, fn):
        case('collections', label, fn)

    # ---------------------------------------------------------------- deque
    C('deque repr', lambda m: m.collections.deque([1, 2]))
    C('deque empty repr', lambda m: m.collections.deque())
    C('deque maxlen repr', lambda m: m.collections.deque([1, 2, 3], maxlen=2))
    C('deque maxlen 0', lambda m: m.collections.deque([1, 2], maxlen=0))
    C('deque maxlen negative', lambda m: m.collections.deque(maxlen=-1))
    C('deque maxlen float', lambda m: m.collections.deque('abc', 2.5))
    C('deque maxlen attribute', lambda m: m.collections.deque(maxlen=3).maxlen)
    C('deque maxlen None attribute', lambda m: m.collections.deque().maxlen)
    C('deque from string', lambda m: m.collections.deque('hello'))
    C('deque from generator', lambda m: m.collections.deque(i * i for i in range(5)))
    C('deque not iterable', lambda m: m.collections.deque(5))
    C('deque pop empty', lambda m: m.collections.deque().pop())
    C('deque popleft empty', lambda m: m.collections.deque().popleft())
    C('deque remove missing', lambda m: m.collections.deque([1, 2]).remove(9))
    C('deque index missing', lambda m: m.collections.deque([1, 2]).index(9))
    C('deque index start', lambda m: m.collections.deque([1, 2, 1]).index(1, 1))
    C('deque index start stop miss', lambda m: m.collections.deque([1, 2, 3]).index(3, 0, -1))
    C('deque index negative start', lambda m: m.collections.deque([1, 2, 3]).index(3, -1))
    C('deque getitem out of range', lambda m: m.collections.deque([1])[5])
    C('deque getitem negative', lambda m: m.collections.deque([1, 2, 3])[-1])
    C('deque getitem too negative', lambda m: m.collections.deque([1, 2, 3])[-4])
    C('deque getitem slice', lambda m: m.collections.deque([1, 2])[0:1])
    C('deque getitem str', lambda m: m.collections.deque([1, 2])['a'])
    C('deque getitem bool', lambda m: m.collections.deque([1, 2])[True])
    C('deque insert full', lambda m: m.collections.deque([1], maxlen=1).insert(0, 2))
    C('deque hash', lambda m: hash(m.collections.deque()))
    C('deque rotate float', lambda m: m.collections.deque([1, 2]).rotate(1.5))
    C('deque add list', lambda m: m.collections.deque([1]) + [2])
    C('deque add deque keeps left maxlen',
      lambda m: m.collections.deque([1, 2], maxlen=2) + m.collections.deque([3]))
    C('deque add right maxlen ignored',
      lambda m: m.collections.deque([1, 2]) + m.collections.deque([3], maxlen=1))
    C('deque mul', lambda m: m.collections.deque([1, 2]) * 3)
    C('deque rmul', lambda m: 2 * m.collections.deque([1]))
    C('deque mul maxlen', lambda m: m.collections.deque([1, 2, 3], maxlen=4) * 2)
    C('deque mul negative', lambda m: m.collections.deque([1]) * -1)
    C('deque eq list', lambda m: m.collections.deque([1, 2]) == [1, 2])
    C('deque ne', lambda m: m.collections.deque([1, 2]) != m.collections.deque([1, 2]))
    C('deque lt prefix', lambda m: m.collections.deque([1, 2]) < m.collections.deque([1, 2, 0]))
    C('deque ge', lambda m: m.collections.deque([1, 2]) >= m.collections.deque([1, 1, 5]))
    C('deque le equal', lambda m: m.collections.deque([1, 2]) <= m.collections.deque([1, 2]))
    C('deque gt', lambda m: m.collections.deque([2]) > m.collections.deque([1, 9]))
    C('deque bool', lambda m: (bool(m.collections.deque()), bool(m.collections.deque([0]))))
    C('deque contains', lambda m: (2 in m.collections.deque([1, 2]), 5 in m.collections.deque([1])))
    C('deque contains nan identity',
      lambda m: (lambda x: x in m.collections.deque([x]))(float('nan')))
    C('deque count', lambda m: m.collections.deque('abracadabra').count('a'))
    C('deque index clamps', lambda m: [m.collections.deque([1, 2, 3]).index(x, a, b) for x, a, b in
                                       [(1, -10, 10), (3, 1, 10 ** 30), (2, -2, -1)]])
    C('deque index stop negative', lambda m: m.collections.deque([1, 2, 3]).index(1, 0, -10))
    C('deque huge index', lambda m: m.collections.deque([1])[2 ** 70])
    C('deque insert huge', lambda m: m.collections.deque([1]).insert(2 ** 70, 1))
    C('deque index __index__', lambda m: m.collections.deque('abc')[Idx(1)])

    def mutating_eq(m, method):
        d = m.collections.deque([Mutator(d_ref) for d_ref in [None] * 3])
        for item in d:
            item.d = d
        try:
            if method == 'count':
                return d.count(0)
            if method == 'index':
                return d.index(0)
            if method == 'in':
                return 0 in d
            return d.remove(0)
        except Exception as e:
            return type(e).__name__, str(e)
    for method in ('count', 'index', 'in', 'remove'):
        C('deque mutated during %s' % method, lambda m, method=method: mutating_eq(m, method))

    def compare_all(m):
        D = m.collections.deque
        out = []
        pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1]), ([1], [1, 2]), ([], []),
                 ([2], [1, 5]), (['a'], ['a', 'b'])]
        for a, b in pairs:
            x, y = D(a), D(b)
            out.append((x == y, x != y, x < y, x <= y, x > y, x >= y))
        x = D([1])
        out.append((x == x, x != x, x <= x))
        out.append(_log(lambda: D([1]) < D(['a'])))
        out.append(D([1]).__eq__([1]))
        return out
    C('deque comparisons', compare_all)
    C('deque subclass copy maxlen', lambda m: (lambda D: repr(D([1, 2], 2).copy()))(
        type('Sub', (m.collections.deque,), {})))

    def extend_self(m):
        d = m.collections.deque([1, 2])
        d.extend(d)
        d.extendleft(d)
        return d
    C('deque extend itself', extend_self)

    def maxlen_semantics(m):
        d = m.collections.deque([1, 2, 3], maxlen=2)
        out = [repr(d)]
        d.appendleft(0)
        out.append(repr(d))
        d.extendleft([7, 8])
        out.append(repr(d))
        d.append(9)
        out.append(repr(d))
        d.extend(range(5))
        out.append(repr(d))
        return out
    C('deque maxlen trimming', maxlen_semantics)

    def insert_del(m):
        d = m.collections.deque(range(10))
        del d[3]
        del d[-1]
        d.insert(-2, 'x')
        d.insert(100, 'y')
        d.insert(-100, 'z')
        d.insert(0, 'a')
        d.insert(4, 'b')
        return d
    C('deque insert and del', insert_del)

    def rotations(m):
        out = []
        for n in (0, 1, -1, 3, -3, 4, -4, 5, -5, 7, -7, 100, -100, 10 ** 20, -(10 ** 20) - 1):
            d = m.collections.deque(range(7))
            out.append(_log(lambda: d.rotate(n)))
            out.append(list(d))
        d = m.collections.deque(range(8))     # a full ring
        d.rotate(3)
        out.append(list(d))
        d.rotate()
        out.append(list(d))
        return out
    C('deque rotate', rotations)

    def mutate_during_iteration(m):
        out = []
        for mutate in ('rotate', 'setitem', 'append', 'append_after_end', 'reverse', 'pop'):
            d = m.collections.deque([1, 2, 3])
            it = iter(d)
            if mutate == 'append_after_end':
                next(it), next(it), next(it)
                d.append(4)
            else:
                next(it)
                if mutate == 'rotate':
                    d.rotate(1)
                elif mutate == 'setitem':
                    d[0] = 5
                elif mutate == 'append':
                    d.append(4)
                elif mutate == 'reverse':
                    d.reverse()
                elif mutate == 'pop':
                    d.pop()
            out.append(_log(lambda: next(it)))
        d = m.collections.deque([1, 2])
        it = iter(d)
        d.append(3)
        out.append(_log(lambda: next(it)))
        return out
    C('deque mutated during iteration', mutate_during_iteration)

    def deque_subclass(m):
        class D(m.collections.deque):
            pass
        return [repr(D([1], 3)), repr(D([1]).copy()), repr(D([1]) + D([2])),
                type(D([1]).copy()).__name__]
    C('deque subclass', deque_subclass)

    def recursive(m):
        d = m.collections.deque()
        d.append(d)
        return repr(d)
    C('deque recursive repr', recursive)

    def iadd(m):
        d = m.collections.deque([1])
        d += [2, 3]
        d *= 2
        return d
    C('deque iadd imul', iadd)
    C('deque reversed', lambda m: list(reversed(m.collections.deque('abc'))))
    C('deque unpack', lambda m: (lambda a, b, *c: (a, b, c))(*m.collections.deque(range(5))))
    C('deque sorted', lambda m: sorted(m.collections.deque([3, 1, 2])))
    C('deque growth', lambda m: list(m.collections.deque(range(100)))[::7])

    def bfs(m):
        graph = {0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [5], 5: []}
        seen = {0}
        q = m.collections.deque([0])
        order = []
        while q:
            v = q.popleft()
            order.append(v)
            for w in graph[v]:
                if w not in seen:
                    seen.add(w)
                    q.append(w)
        return order
    C('deque bfs', bfs)

    for seed in range(40):
        maxlen = [None, None, 3, 0, 8, 1][seed % 6]
        C('deque random ops seed %d maxlen %s' % (seed, maxlen),
          lambda m, seed=seed, maxlen=maxlen: _run_deque(m, seed, maxlen))

    # ---------------------------------------------------------- defaultdict
    def dd_list(m):
        d = m.collections.defaultdict(list)
        d['a'].append(1)
        d['b'].append(2)
        d['a'].append(3)
        return d
    C('defaultdict list repr', dd_list)
    C('defaultdict int', lambda m: (lambda d: (d['x'], d))(m.collections.defaultdict(int)))
    C('defaultdict None factory', lambda m: m.collections.defaultdict(None)[1])
    C('defaultdict no args', lambda m: m.collections.defaultdict())
    C('defaultdict not callable', lambda m: m.collections.defaultdict(5))
    C('defaultdict with dict', lambda m: m.collections.defaultdict(int, {'a': 1}, b=2))
    C('defaultdict get does not create',
      lambda m: (lambda d: (d.get('x'), 'x' in d, len(d)))(m.collections.defaultdict(int)))
    C('defaultdict lambda factory repr shape',
      lambda m: repr(m.collections.defaultdict(lambda: 0)).startswith('defaultdict(<function'))
    C('defaultdict isinstance dict', lambda m: isinstance(m.collections.defaultdict(), dict))
    C('defaultdict factory attr', lambda m: m.collections.defaultdict(set).default_factory)

    def dd_copy(m):
        d = m.collections.defaultdict(list, a=[1])
        c = d.copy()
        c['b'].append(2)
        return [repr(d), repr(c), type(c).__name__, c.default_factory]
    C('defaultdict copy', dd_copy)

    def dd_or(m):
        d = m.collections.defaultdict(int, a=1)
        # (The TypeError for d | [1] names 'collections.defaultdict' in CPython,
        # which a class written in Python cannot; it is left out.)
        return [repr(d | {'b': 2}), repr({'c': 3} | d), type({'c': 3} | d).__name__,
                d.__or__(1), d.__ror__(1)]
    C('defaultdict or', dd_or)

    def dd_nested(m):
        tree = lambda: m.collections.defaultdict(tree)
        t = tree()
        t['a']['b']['c'] = 1
        return repr(t).replace(repr(tree), 'F')
    C('defaultdict nested', dd_nested)

    def dd_recursive(m):
        d = m.collections.defaultdict(list)
        d[0] = d
        return repr(d)
    C('defaultdict recursive repr', dd_recursive)

    def dd_counting(m):
        d = m.collections.defaultdict(int)
        for w in 'the quick the lazy the end quick'.split():
            d[w] += 1
        return sorted(d.items()), list(d)
    C('defaultdict counting', dd_counting)

    def dd_subclass_missing(m):
        class D(m.collections.defaultdict):
            def __missing__(self, key):
                return key * 2
        d = D(int)
        return d[4], len(d), repr(d)
    C('defaultdict subclass missing', dd_subclass_missing)

    # ----------------------------------------------------------- namedtuple
    def nt(m, *a, **k):
        return m.collections.namedtuple(*a, **k)

    C('namedtuple repr', lambda m: nt(m, 'Point', 'x y')(1, 2))
    C('namedtuple comma fields', lambda m: nt(m, 'P', 'x, y,z')(1, 2, 3))
    C('namedtuple list fields', lambda m: nt(m, 'P', ['a', 'b'])(b=2, a=1))
    C('namedtuple _fields', lambda m: nt(m, 'P', 'x y')._fields)
    C('namedtuple attribute', lambda m: (lambda p: (p.x, p.y, p[0], p[-1]))(nt(m, 'P', 'x y')(3, 4)))
    C('namedtuple unpack', lambda m: (lambda p: [*p])(nt(m, 'P', 'x y')(3, 4)))
    C('namedtuple eq tuple', lambda m: nt(m, 'P', 'x y')(1, 2) == (1, 2))
    C('namedtuple hash', lambda m: hash(nt(m, 'P', 'x y')(1, 2)) == hash((1, 2)))
    C('namedtuple lt', lambda m: nt(m, 'P', 'x y')(1, 2) < nt(m, 'P', 'x y')(1, 3))
    C('namedtuple len', lambda m: len(nt(m, 'P', 'x y z')(1, 2, 3)))
    C('namedtuple isinstance tuple', lambda m: isinstance(nt(m, 'P', 'x')(1), tuple))
    C('namedtuple class name', lambda m: nt(m, 'Point', 'x')(1).__class__.__name__)
    C('namedtuple single field', lambda m: nt(m, 'P', 'x')(1))
    C('namedtuple no fields', lambda m: nt(m, 'P', '')())
    C('namedtuple no fields extra', lambda m: nt(m, 'P', '')(1))
    C('namedtuple defaults', lambda m: nt(m, 'P', 'x y z', defaults=[5, 6])(1))
    C('namedtuple defaults all', lambda m: nt(m, 'P', 'x y', defaults=(1, 2))())
    C('namedtuple _field_defaults', lambda m: nt(m, 'P', 'x y z', defaults=[5, 6])._field_defaults)
    C('namedtuple too many defaults', lambda m: nt(m, 'P', 'x y', defaults=[1, 2, 3]))
    C('namedtuple missing one', lambda m: nt(m, 'Point', 'x y')(1))
    C('namedtuple missing two', lambda m: nt(m, 'Point', 'x y')())
    C('namedtuple missing three', lambda m: nt(m, 'Point', 'x y z')())
    C('namedtuple missing with default', lambda m: nt(m, 'Point', 'x y', defaults=[5])())
    C('namedtuple too many', lambda m: nt(m, 'Point', 'x y')(1, 2, 3))
    C('namedtuple too many with defaults', lambda m: nt(m, 'Point', 'x y', defaults=[5])(1, 2, 3))
    C('namedtuple one field too many', lambda m: nt(m, 'Point', 'x')(1, 2))
    C('namedtuple unexpected kw', lambda m: nt(m, 'Point', 'x y')(1, z=2))
    C('namedtuple multiple values', lambda m: nt(m, 'Point', 'x y')(1, x=2))
    C('namedtuple kw and too many', lambda m: nt(m, 'Point', 'x y')(1, 2, 3, z=1))
    C('namedtuple _make', lambda m: nt(m, 'P', 'x y')._make([1, 2]))
    C('namedtuple _make iterator', lambda m: nt(m, 'P', 'x y')._make(iter('ab')))
    C('namedtuple _make wrong', lambda m: nt(m, 'P', 'x y')._make([1]))
    C('namedtuple _replace', lambda m: nt(m, 'P', 'x y')(1, 2)._replace(y=5))
    C('namedtuple _replace bad', lambda m: nt(m, 'P', 'x y')(1, 2)._replace(z=3))
    C('namedtuple _asdict', lambda m: nt(m, 'P', 'x y')(1, 2)._asdict())
    C('namedtuple _asdict type', lambda m: type(nt(m, 'P', 'x y')(1, 2)._asdict()).__name__)
    C('namedtuple getnewargs', lambda m: nt(m, 'P', 'x y')(1, 2).__getnewargs__())
    C('namedtuple from dict', lambda m: nt(m, 'P', 'x y')(**{'x': 1, 'y': 2}))
    C('namedtuple bad identifier', lambda m: nt(m, 'P', 'x 1y'))
    C('namedtuple bad type name', lambda m: nt(m, 'my-type', 'x'))
    C('namedtuple keyword field', lambda m: nt(m, 'P', 'x def'))
    C('namedtuple keyword type', lambda m: nt(m, 'class', 'x'))
    C('namedtuple underscore', lambda m: nt(m, 'P', 'x _y'))
    C('namedtuple duplicate', lambda m: nt(m, 'P', 'x x'))
    C('namedtuple rename', lambda m: nt(m, 'P', 'x def _y x 1a ok', rename=True)._fields)
    C('namedtuple unicode field', lambda m: nt(m, 'P', 'é ñ2')(1, 2))
    C('namedtuple symbol field', lambda m: nt(m, 'P', 'a-b'))
    C('namedtuple unicode symbol field', lambda m: nt(m, 'P', 'a°'))
    C('namedtuple unicode digit start', lambda m: nt(m, 'P', '٣x'))
    C('namedtuple empty type name', lambda m: nt(m, '', 'x'))
    C('namedtuple field int', lambda m: nt(m, 'P', [1]))
    C('namedtuple doc', lambda m: nt(m, 'Point', 'x y').__doc__)
    C('namedtuple set attr', lambda m: setattr(nt(m, 'P', 'x')(1), 'z', 3))
    C('namedtuple index count', lambda m: (lambda p: (p.index(2), p.count(1)))(nt(m, 'P', 'x y z')(1, 2, 1)))
    C('namedtuple sort', lambda m: sorted([nt(m, 'P', 'x y')(2, 1), nt(m, 'P', 'x y')(1, 5)]))
    C('namedtuple in dict key', lambda m: {nt(m, 'P', 'x y')(1, 2): 'a'}[(1, 2)])
    C('namedtuple field shadows method', lambda m: nt(m, 'P', 'count index')(5, 6).count)
    C('namedtuple nested repr', lambda m: nt(m, 'P', 'a b')(nt(m, 'Q', 'c')('s'), [1]))

    def nt_subclass(m):
        class Vec(nt(m, 'Vec', 'x y')):
            def norm2(self):
                return self.x * self.x + self.y * self.y

            def __add__(self, other):
                return Vec(self.x + other.x, self.y + other.y)
        v = Vec(1, 2) + Vec(3, 4)
        return [repr(v), v.norm2(), repr(v._replace(x=0)), type(v._replace(x=0)).__name__,
                repr(Vec._make([5, 6]))]
    C('namedtuple subclass', nt_subclass)

    # ---------------------------------------------------------- OrderedDict
    C('OrderedDict repr', lambda m: m.collections.OrderedDict([('a', 1), ('b', 2)]))
    C('OrderedDict empty repr', lambda m: m.collections.OrderedDict())
    C('OrderedDict kwargs', lambda m: m.collections.OrderedDict(b=1, a=2))
    C('OrderedDict too many args', lambda m: m.collections.OrderedDict({}, {}))
    C('OrderedDict update too many', lambda m: m.collections.OrderedDict().update({}, {}))
    for pairs in ([1], [()], [(1,)], [(1, 2, 3)], ['ab'], [[1, 2]], [range(2)]):
        C('OrderedDict pairs %r' % (pairs,), lambda m, pairs=pairs: m.collections.OrderedDict(pairs))
    C('OrderedDict pairs iterator', lambda m: m.collections.OrderedDict([iter((1, 2))]))
    C('OrderedDict from keys object', lambda m: m.collections.OrderedDict(KeysOnly()))
    C('OrderedDict eq lengths', lambda m: m.collections.OrderedDict(a=1) == m.collections.OrderedDict(a=1, b=2))
    C('OrderedDict ne other', lambda m: (m.collections.OrderedDict(a=1) != 5,
                                         m.collections.OrderedDict(a=1).__ne__(5)))
    C('OrderedDict or other', lambda m: (m.collections.OrderedDict().__or__(5),
                                         m.collections.OrderedDict().__ror__(5)))
    C('OrderedDict popitem empty', lambda m: m.collections.OrderedDict().popitem())
    C('OrderedDict move_to_end missing', lambda m: m.collections.OrderedDict().move_to_end(1))

    def od_ops(m):
        od = m.collections.OrderedDict.fromkeys('abcde', 0)
        out = [repr(od)]
        od.move_to_end('b')
        out.append(list(od))
        od.move_to_end('d', last=False)
        out.append(list(od))
        out.append(od.popitem())
        out.append(od.popitem(last=False))
        out.append(od.popitem(False))
        od['z'] = 9
        od['c'] = 7
        out.append(repr(od))
        out.append(list(reversed(od)))
        out.append(od.pop('z'))
        out.append(od.setdefault('q', 3))
        out.append(repr(od.copy()))
        out.append(type(od.copy()).__name__)
        out.append(list(od.keys()))
        out.append(list(od.values()))
        out.append(list(od.items()))
        return out
    C('OrderedDict operations', od_ops)

    def od_eq(m):
        OD = m.collections.OrderedDict
        a = OD([(1, 'a'), (2, 'b')])
        b = OD([(2, 'b'), (1, 'a')])
        return [a == b, a != b, a == dict(b), dict(b) == a, a == OD(a), a != {1: 'a'},
                a == [(1, 'a')]]
    C('OrderedDict equality order', od_eq)

    def od_or(m):
        OD = m.collections.OrderedDict
        a = OD(a=1)
        c = a | {'b': 2}
        d = {'z': 0} | a
        a |= {'q': 5}
        return [repr(c), repr(d), repr(a)]
    C('OrderedDict or', od_or)

    def od_recursive(m):
        od = m.collections.OrderedDict()
        od['self'] = od
        return repr(od)
    C('OrderedDict recursive repr', od_recursive)

    def od_lru_subclass(m):
        class LRU(m.collections.OrderedDict):
            def __init__(self, size):
                super().__init__()
                self.size = size

            def __setitem__(self, key, value):
                if key in self:
                    self.move_to_end(key)
                super().__setitem__(key, value)
                if len(self) > self.size:
                    self.popitem(last=False)

            def __getitem__(self, key):
                value = super().__getitem__(key)
                self.move_to_end(key)
                return value
        c = LRU(3)
        for k in 'abcabdeaf':
            c[k] = k.upper()
            if k in 'ab':
                c[k]
        return repr(c)
    C('OrderedDict LRU subclass', od_lru_subclass)

    def od_update_calls_setitem(m):
        seen = []

        class Log(m.collections.OrderedDict):
            def __setitem__(self, key, value):
                seen.append(key)
                super().__setitem__(key, value)
        Log([('a', 1)], b=2).update({'c': 3}, d=4)
        return seen
    C('OrderedDict update goes through setitem', od_update_calls_setitem)

    # --------------------------------------------------------------- Counter
    C('Counter string', lambda m: m.collections.Counter('abracadabra'))
    C('Counter empty', lambda m: m.collections.Counter())
    C('Counter missing zero', lambda m: m.collections.Counter('ab')['z'])
    C('Counter from dict', lambda m: m.collections.Counter({'a': 3, 'b': 1}))
    C('Counter kwargs', lambda m: m.collections.Counter(a=3, b=5))
    C('Counter iterable kwarg', lambda m: m.collections.Counter(iterable=3))
    C('Counter two args', lambda m: m.collections.Counter('a', 'b'))
    C('Counter most_common', lambda m: m.collections.Counter('abracadabra').most_common())
    C('Counter most_common 2', lambda m: m.collections.Counter('abracadabra').most_common(2))
    C('Counter most_common 1', lambda m: m.collections.Counter('abcab').most_common(1))
    C('Counter most_common 0', lambda m: m.collections.Counter('abc').most_common(0))
    C('Counter most_common big', lambda m: m.collections.Counter('abc').most_common(10))
    C('Counter most_common ties', lambda m: m.collections.Counter('zyxwzyxq').most_common(3))
    C('Counter elements', lambda m: list(m.collections.Counter(a=2, b=0, c=-1, d=3).elements()))
    C('Counter total', lambda m: m.collections.Counter('hello').total())
    C('Counter fromkeys', lambda m: m.collections.Counter.fromkeys('ab'))
    C('Counter eq dict', lambda m: m.collections.Counter(a=1) == {'a': 1})
    C('Counter eq zero', lambda m: m.collections.Counter(a=1, b=0) == m.collections.Counter(a=1))
    C('Counter ne', lambda m: m.collections.Counter(a=1) != m.collections.Counter(a=2))
    C('Counter le', lambda m: m.collections.Counter(a=1) <= m.collections.Counter(a=1, b=2))
    C('Counter lt', lambda m: m.collections.Counter(a=1) < m.collections.Counter(a=1))
    C('Counter ge gt', lambda m: (m.collections.Counter(a=2) >= m.collections.Counter(a=1),
                                  m.collections.Counter(a=2) > m.collections.Counter(a=2)))
    C('Counter lt dict', lambda m: m.collections.Counter(a=1) < {'a': 2})
    C('Counter comparisons with dict', lambda m: [
        getattr(m.collections.Counter(a=1), op)({'a': 1}) for op in
        ('__eq__', '__ne__', '__le__', '__lt__', '__ge__', '__gt__', '__add__', '__sub__',
         '__or__', '__and__')])
    C('Counter ge fails', lambda m: m.collections.Counter(a=1) >= m.collections.Counter(a=2))
    C('Counter le fails', lambda m: m.collections.Counter(a=3) <= m.collections.Counter(a=2))
    C('Counter unorderable repr', lambda m: m.collections.Counter({'a': 'x', 'b': 3}))

    def counter_arith(m):
        Co = m.collections.Counter
        a = Co(a=3, b=1, c=-2)
        b = Co(a=1, b=2, d=4)
        return [repr(a + b), repr(a - b), repr(a | b), repr(a & b), repr(+a), repr(-a),
                repr(b - a)]
    C('Counter arithmetic', counter_arith)
    C('Counter add dict', lambda m: m.collections.Counter(a=1) + {'a': 1})

    def counter_inplace(m):
        Co = m.collections.Counter
        out = []
        for op in ('+=', '-=', '|=', '&='):
            a = Co(a=3, b=1, c=-2)
            b = Co(a=1, b=2, d=4)
            if op == '+=':
                a += b
            elif op == '-=':
                a -= b
            elif op == '|=':
                a |= b
            else:
                a &= b
            out.append(repr(a))
        return out
    C('Counter in-place', counter_inplace)

    def counter_update(m):
        c = m.collections.Counter('which')
        c.update('witch')
        c.update(m.collections.Counter('watch'))
        c.update({'h': 10}, z=2)
        c.subtract('hhh')
        c.subtract({'w': 5})
        c.subtract(z=1)
        del c['missing']
        del c['t']
        c['new'] += 1
        return [repr(c), c.most_common(3), sorted(c.elements())]
    C('Counter update subtract', counter_update)

    def counter_copy(m):
        c = m.collections.Counter('aab')
        d = c.copy()
        d['a'] = 0
        return [repr(c), repr(d), type(d).__name__]
    C('Counter copy', counter_copy)

    def counter_words(m):
        text = 'the cat and the hat and the bat sat on the mat with a cat'
        c = m.collections.Counter(text.split())
        return [c.most_common(4), repr(c), len(c), sum(c.values())]
    C('Counter words', counter_words)

    def counter_random(m):
        rng = _stdrandom.Random(5)
        data = [rng.randint(0, 30) for _ in range(500)]
        c = m.collections.Counter(data)
        return [c.most_common(), c.most_common(7), repr(c)]
    C('Counter random data ordering', counter_random)

    def counter_subclass(m):
        class MyCounter(m.collections.Counter):
            pass
        c = MyCounter('aab')
        return [repr(c), repr(MyCounter()), type(c.copy()).__name__, repr(c + c)]
    C('Counter subclass', counter_subclass)
