"""Cases for vm/lib/itertools.py: each is run with the prelude and with CPython."""


def take(it, n=30):
    # At most n items, so infinite iterators can be compared.
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


def drain(it, n=50):
    # Items until exhausted or n items, then what the next next() does.
    out = []
    try:
        while len(out) < n:
            out.append(next(it))
    except StopIteration:
        out.append('<stop>')
    except Exception as e:
        out.append(('raises', type(e).__name__, str(e)))
    return out


class Counted:
    # An iterator that records how far it was consumed.
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


class Weird:
    # __eq__ that is true for everything, to see which side compares.
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return True

    def __repr__(self):
        return 'W%s' % self.v


def register(case):
    def C(label, fn):
        case('itertools', label, fn)

    # count
    C('count', lambda m: take(m.itertools.count(), 5))
    C('count start step', lambda m: take(m.itertools.count(10, -3), 5))
    C('count float', lambda m: take(m.itertools.count(1.5, 0.25), 6))
    C('count int float step', lambda m: take(m.itertools.count(1, 0.1), 12))
    C('count bool', lambda m: take(m.itertools.count(True), 3))
    C('count bool step', lambda m: take(m.itertools.count(True, 2), 3))
    C('count big', lambda m: take(m.itertools.count(2 ** 70, 2 ** 65), 3))
    C('count keywords', lambda m: take(m.itertools.count(step=2, start=1), 3))
    C('count str', lambda m: m.itertools.count('a'))
    C('count fraction', lambda m: take(m.itertools.count(__import__('fractions').Fraction(1, 3)), 3))
    C('repeat length_hint', lambda m: (__import__('operator').length_hint(m.itertools.repeat(1, 3)),
                                       __import__('operator').length_hint(m.itertools.repeat(1), -5)))
    C('count step str', lambda m: m.itertools.count(1, 'a'))
    for args in [(), (1,), (2, 3), (2, 1.0), (2.0, 1), (1.5,), (5, -1), (True,), (1, True), (0, 0)]:
        C('count repr %r' % (args,), lambda m, args=args: repr(m.itertools.count(*args)))

    def count_repr_after(m):
        c = m.itertools.count(1.5, 0.5)
        next(c)
        d = m.itertools.count()
        next(d)
        next(d)
        e = m.itertools.count(3, 1)
        next(e)
        return repr(c), repr(d), repr(e)
    C('count repr after next', count_repr_after)

    # cycle / repeat
    C('cycle', lambda m: take(m.itertools.cycle('abc'), 8))
    C('cycle empty', lambda m: drain(m.itertools.cycle([])))
    C('cycle not iterable', lambda m: m.itertools.cycle(1))
    C('cycle generator', lambda m: take(m.itertools.cycle(x * 2 for x in range(3)), 7))
    C('repeat', lambda m: take(m.itertools.repeat('x'), 4))
    C('repeat times', lambda m: list(m.itertools.repeat(1, 3)))
    C('repeat negative', lambda m: list(m.itertools.repeat(1, -2)))
    C('repeat times keyword', lambda m: list(m.itertools.repeat('a', times=2)))
    C('repeat float times', lambda m: m.itertools.repeat(1, 2.5))
    C('repeat repr', lambda m: (repr(m.itertools.repeat('a')), repr(m.itertools.repeat('a', 2)),
                                repr(m.itertools.repeat([1], -3))))

    def repeat_repr_after(m):
        r = m.itertools.repeat('a', 2)
        next(r)
        a = repr(r)
        next(r)
        return a, repr(r), drain(r)
    C('repeat repr after next', repeat_repr_after)
    C('repeat in map', lambda m: list(map(pow, range(5), m.itertools.repeat(2))))

    # chain
    C('chain', lambda m: list(m.itertools.chain('ab', [1, 2], (), range(2))))
    C('chain empty', lambda m: list(m.itertools.chain()))
    C('chain from_iterable', lambda m: list(m.itertools.chain.from_iterable(['ab', 'cd', []])))
    C('chain from_iterable generator',
      lambda m: list(m.itertools.chain.from_iterable(range(i) for i in range(4))))
    C('chain not iterable lazy', lambda m: drain(m.itertools.chain([1], 5)))
    C('chain from_iterable not iterable', lambda m: m.itertools.chain.from_iterable(1))
    C('chain from_iterable item not iterable',
      lambda m: drain(m.itertools.chain.from_iterable([[1], 2])))
    C('chain is iterator', lambda m: (lambda c: iter(c) is c)(m.itertools.chain([1])))
    C('chain next', lambda m: next(m.itertools.chain([], [7])))

    # islice
    for args in [(3,), (None,), (0,), (2, 5), (2, None), (None, 4), (1, 9, 2), (0, 10, 3),
                 (5, 2), (1, None, 3), (None, None, None), (20,), (4, 4)]:
        C('islice %r' % (args,), lambda m, args=args: list(m.itertools.islice(range(10), *args)))
    for args in [(-1,), (-2,), (1, -1), (-1, 5), (0, 1, 0), (0, 1, -1), ('a',), (1.5,),
                 (0, 5, 1.5), (2 ** 70,), (1, 2, 3, 4), ()]:
        C('islice bad %r' % (args,), lambda m, args=args: m.itertools.islice('abc', *args))
    C('islice not iterable', lambda m: m.itertools.islice(5, 3))
    C('islice start past end', lambda m: drain(m.itertools.islice(iter(range(3)), 5, 10)))
    C('islice __index__', lambda m: list(m.itertools.islice('abcdef', Idx(1), Idx(5), Idx(2))))
    C('islice infinite', lambda m: list(m.itertools.islice(m.itertools.count(), 2, 12, 4)))

    def islice_consumption(m):
        out = []
        for args in [(3,), (0, 5, 3), (2, 4), (0,), (10, 12), (1, 8, 4)]:
            src = Counted(20)
            sl = m.itertools.islice(src, *args)
            first = drain(sl, 1)
            after_first = src.i
            rest = drain(sl)
            out.append((args, first, after_first, rest, src.i))
        return out
    C('islice consumes as CPython', islice_consumption)

    # product, permutations, combinations
    C('product', lambda m: list(m.itertools.product('ab', range(3))))
    C('product repeat', lambda m: list(m.itertools.product([0, 1], repeat=3)))
    C('product repeat 0', lambda m: list(m.itertools.product('ab', repeat=0)))
    C('product no args', lambda m: list(m.itertools.product()))
    C('product empty pool', lambda m: list(m.itertools.product('ab', [])))
    C('product three', lambda m: list(m.itertools.product('ab', 'c', 'de')))
    C('product negative repeat', lambda m: m.itertools.product('ab', repeat=-1))
    C('product not iterable', lambda m: m.itertools.product(1))
    C('product eager', lambda m: (lambda src, p: (src.i, next(p)))(*(lambda s: (s, m.itertools.product(s, 'xy')))(Counted(3))))
    for r in [None, 0, 1, 2, 3, 4, 5]:
        C('permutations r=%r' % r, lambda m, r=r: list(m.itertools.permutations('abcd', r)))
    C('permutations empty', lambda m: list(m.itertools.permutations([])))
    C('permutations negative', lambda m: m.itertools.permutations('ab', -1))
    C('permutations float r', lambda m: m.itertools.permutations('ab', 1.0))
    C('permutations 5', lambda m: len(list(m.itertools.permutations(range(5)))))
    for r in [0, 1, 2, 3, 4, 5, 6]:
        C('combinations r=%d' % r, lambda m, r=r: list(m.itertools.combinations('abcde', r)))
        C('combinations_with_replacement r=%d' % r,
          lambda m, r=r: list(m.itertools.combinations_with_replacement('abc', r)))
    C('combinations no r', lambda m: m.itertools.combinations('abc'))
    C('combinations None r', lambda m: m.itertools.combinations('abc', None))
    C('combinations negative', lambda m: m.itertools.combinations('ab', -1))
    C('combinations negative not iterable', lambda m: m.itertools.combinations(1, -1))
    C('combinations float not iterable', lambda m: m.itertools.combinations(1, 1.5))
    C('permutations float not iterable', lambda m: m.itertools.permutations(1, 1.5))
    C('cwr no r', lambda m: m.itertools.combinations_with_replacement('abc'))
    C('combinations empty pool', lambda m: list(m.itertools.combinations('', 0)))
    C('cwr empty pool', lambda m: (list(m.itertools.combinations_with_replacement('', 0)),
                                   list(m.itertools.combinations_with_replacement('', 2))))
    C('cwr negative', lambda m: m.itertools.combinations_with_replacement('ab', -1))

    # accumulate
    C('accumulate', lambda m: list(m.itertools.accumulate([1, 2, 3, 4])))
    C('accumulate func', lambda m: list(m.itertools.accumulate([3, 1, 4, 1, 5], max)))
    C('accumulate initial', lambda m: list(m.itertools.accumulate([1, 2], initial=100)))
    C('accumulate empty initial', lambda m: list(m.itertools.accumulate([], initial=0)))
    C('accumulate empty', lambda m: list(m.itertools.accumulate([])))
    C('accumulate strings', lambda m: list(m.itertools.accumulate('abc')))
    C('accumulate floats', lambda m: list(m.itertools.accumulate([0.1] * 10)))
    C('accumulate lambda', lambda m: list(m.itertools.accumulate(range(1, 6), lambda a, b: a * b)))
    C('accumulate not iterable', lambda m: m.itertools.accumulate(1))
    C('accumulate type error', lambda m: drain(m.itertools.accumulate([1, 'a'])))

    # groupby
    C('groupby keys', lambda m: [k for k, g in m.itertools.groupby('AAAABBBCCDAABBB')])
    C('groupby groups', lambda m: [(k, list(g)) for k, g in m.itertools.groupby('AAAABBBCCD')])
    C('groupby key func', lambda m: [(k, list(g)) for k, g in m.itertools.groupby(range(10), lambda x: x // 3)])
    C('groupby empty', lambda m: list(m.itertools.groupby([])))
    C('groupby not iterable', lambda m: m.itertools.groupby(1))

    def groupby_invalidated(m):
        groups = [(k, g) for k, g in m.itertools.groupby('aabbbc')]
        return [(k, list(g)) for k, g in groups]
    C('groupby old group is empty', groupby_invalidated)

    def groupby_partial(m):
        gb = m.itertools.groupby('aaabbcdd')
        out = []
        k, g = next(gb)
        out.append((k, next(g)))
        k2, g2 = next(gb)
        out.append((k2, drain(g), list(g2)))
        out.append([(k, list(g)) for k, g in gb])
        out.append(drain(gb))
        return repr(out)
    C('groupby partial consumption', groupby_partial)

    def groupby_sorted_records(m):
        recs = sorted([('b', 2), ('a', 1), ('b', 5), ('a', 7), ('c', 0)])
        return [(k, [v for _, v in g]) for k, g in m.itertools.groupby(recs, key=lambda r: r[0])]
    C('groupby records', groupby_sorted_records)
    C('groupby nan identity', lambda m: (lambda n: [k is n for k, g in m.itertools.groupby([n, n])])(float('nan')))
    C('groupby weird eq', lambda m: repr([(k, list(g)) for k, g in m.itertools.groupby([Weird(1), Weird(2), 3])]))
    C('groupby grouper next after end', lambda m: (lambda gb: (lambda k, g: (list(g), drain(g), drain(gb)))(*next(gb)))(m.itertools.groupby('aa')))

    # starmap, takewhile, dropwhile, filterfalse, compress
    C('starmap', lambda m: list(m.itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
    C('starmap not iterable', lambda m: m.itertools.starmap(pow, 1))
    C('takewhile', lambda m: list(m.itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
    C('dropwhile', lambda m: list(m.itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
    C('dropwhile all', lambda m: list(m.itertools.dropwhile(lambda x: True, [1, 2])))

    def takewhile_consumption(m):
        src = Counted(10)
        t = m.itertools.takewhile(lambda x: x < 3, src)
        a = list(t)
        return a, src.i, drain(t), src.i
    C('takewhile consumes one past', takewhile_consumption)
    C('filterfalse', lambda m: list(m.itertools.filterfalse(lambda x: x % 2, range(10))))
    C('filterfalse None', lambda m: list(m.itertools.filterfalse(None, [0, 1, '', 'a', None, []])))
    C('compress', lambda m: list(m.itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
    C('compress short selectors', lambda m: list(m.itertools.compress('ABCDEF', [1, 1])))
    C('compress short data', lambda m: list(m.itertools.compress('AB', [0, 1, 1, 1])))

    # zip_longest, pairwise, tee
    C('zip_longest', lambda m: list(m.itertools.zip_longest('ABCD', 'xy', fillvalue='-')))
    C('zip_longest none', lambda m: list(m.itertools.zip_longest()))
    C('zip_longest one', lambda m: list(m.itertools.zip_longest('ab')))
    C('zip_longest three', lambda m: list(m.itertools.zip_longest([1], [], [3, 4, 5])))
    C('zip_longest not iterable', lambda m: m.itertools.zip_longest(1))
    C('zip_longest after end', lambda m: drain(m.itertools.zip_longest('a', 'bc')))
    C('pairwise', lambda m: list(m.itertools.pairwise('ABCDE')))
    C('pairwise short', lambda m: (list(m.itertools.pairwise('A')), list(m.itertools.pairwise(''))))
    C('pairwise not iterable', lambda m: m.itertools.pairwise(1))

    def tee_basic(m):
        a, b = m.itertools.tee(iter(range(5)))
        return next(a), next(a), list(b), list(a)
    C('tee', tee_basic)
    C('tee n', lambda m: [list(t) for t in m.itertools.tee('abc', 3)])
    C('tee zero', lambda m: m.itertools.tee(5, 0))
    C('tee negative', lambda m: m.itertools.tee('a', -1))
    C('tee not iterable', lambda m: m.itertools.tee(1))

    def tee_of_tee(m):
        a, b = m.itertools.tee('abcd')
        next(a)
        c, d = m.itertools.tee(a)
        return c is a, list(c), list(d), list(b)
    C('tee of tee', tee_of_tee)

    def tee_lazy(m):
        src = Counted(10)
        a, b = m.itertools.tee(src)
        next(a), next(a)
        n1 = src.i
        next(b)
        return n1, src.i, list(b), src.i
    C('tee consumes lazily', tee_lazy)

    # Typical uses
    C('sliding windows', lambda m: [list(m.itertools.islice(range(10), i, i + 3)) for i in range(0, 8, 2)])
    C('grid neighbours', lambda m: [(dx, dy) for dx, dy in m.itertools.product((-1, 0, 1), repeat=2)
                                    if (dx, dy) != (0, 0)])
    C('round robin', lambda m: [x for x in m.itertools.chain.from_iterable(
        m.itertools.zip_longest('ABC', 'D', 'EF')) if x is not None])
