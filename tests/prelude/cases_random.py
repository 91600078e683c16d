"""Cases for vm/lib/random.py: each is run with the prelude and with CPython.

Both sides run over CPython's _random, so these check the Python layer; the
Mersenne Twister core itself is checked against CPython by tests/vm/test_mt19937.c.
"""

class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


SEEDS = [0, 1, 42, 12345, -7, 2 ** 32, 2 ** 32 - 1, 2 ** 100 + 17, -(2 ** 64), True,
         3.5, -0.0, 1e300, 2.0, -1.5, 'hello', '', 'ünïcödé 😀 €', 'x' * 200, b'bytes', b'']


def _seeded(m, seed, version=2):
    r = m.random.Random()
    r.seed(seed, version)
    return r


def _draws(r):
    out = [r.random() for _ in range(3)]
    out += [r.randrange(10), r.randrange(3, 30), r.randrange(0, 100, 7), r.randrange(50, -50, -3),
            r.randint(1, 6), r.randint(-5, 5), r.randrange(2 ** 80), r.getrandbits(5),
            r.getrandbits(70), r.getrandbits(0)]
    seq = list(range(20))
    out.append(r.choice(seq))
    out.append(r.choice('abcdef'))
    r.shuffle(seq)
    out.append(list(seq))
    out.append(r.sample(range(100), 5))
    out.append(r.sample(range(10), 10))
    out.append(r.sample(['a', 'b', 'c'], 2))
    out.append(r.choices('abc', k=5))
    out.append(r.choices('abc', [5, 1, 1], k=5))
    out.append(r.choices(range(4), cum_weights=[1, 2, 3, 10], k=4))
    out.append(r.uniform(1, 10))
    out.append(r.triangular())
    out.append(r.triangular(0, 10, 2))
    out.append(r.gauss())
    out.append(r.gauss(5, 2))
    out.append(r.normalvariate(0, 1))
    out.append(r.expovariate(1.5))
    out.append(r.lognormvariate(0, 0.5))
    out.append(r.vonmisesvariate(1.0, 4.0))
    out.append(r.gammavariate(0.5, 1.0))
    out.append(r.gammavariate(1.0, 2.0))
    out.append(r.gammavariate(3.0, 1.0))
    out.append(r.betavariate(2.0, 5.0))
    out.append(r.paretovariate(3.0))
    out.append(r.weibullvariate(1.0, 2.0))
    out.append(r.randbytes(5))
    out.append(r.random())
    return out


def register(case):
    def C(label, fn):
        case('random', label, fn)

    for seed in SEEDS:
        C('every function seed %r' % (seed,), lambda m, seed=seed: _draws(_seeded(m, seed)))
        C('constructor seed %r' % (seed,), lambda m, seed=seed: _draws(m.random.Random(seed)))
    for seed in [0, 5, 'abc', b'abc', '', 'ünï']:
        C('version 1 seed %r' % (seed,), lambda m, seed=seed: _draws(_seeded(m, seed, 1)))

    def module_level(m):
        R = m.random
        R.seed(2024)
        out = [R.random(), R.randint(1, 100), R.choice('xyz'), R.randrange(5), R.uniform(0, 1),
               R.gauss(0, 1), R.getrandbits(16), R.sample(range(50), 3), R.choices([1, 2], k=3),
               R.triangular(1, 2), R.expovariate(2)]
        lst = list(range(10))
        R.shuffle(lst)
        out.append(lst)
        state = R.getstate()
        a = [R.random() for _ in range(3)]
        R.setstate(state)
        b = [R.random() for _ in range(3)]
        out.append(a == b)
        return out
    C('module-level functions', module_level)

    def long_run(m):
        r = m.random.Random(99)
        return [r.randint(0, 1000) for _ in range(2000)][-10:], [r.random() for _ in range(700)][-3:]
    C('long sequence', long_run)

    def state_roundtrip(m):
        r = m.random.Random(7)
        r.gauss()            # leaves gauss_next set
        st = r.getstate()
        a = [r.gauss(), r.random(), r.randrange(1000)]
        r2 = m.random.Random()
        r2.setstate(st)
        b = [r2.gauss(), r2.random(), r2.randrange(1000)]
        return a == b, st[0], len(st[1]), st[2] is not None
    C('getstate setstate', state_roundtrip)

    def state_version2(m):
        r = m.random.Random(3)
        v, internal, g = r.getstate()
        signed = tuple(x - 2 ** 32 if x >= 2 ** 31 else x for x in internal[:-1]) + (internal[-1],)
        r2 = m.random.Random()
        r2.setstate((2, signed, None))
        return [r2.random() for _ in range(3)] == [r.random() for _ in range(3)]
    C('setstate version 2', state_version2)
    C('setstate bad version', lambda m: m.random.Random().setstate((9, (), None)))
    C('setstate version 2 bad entries', lambda m: m.random.Random().setstate((2, ('a',), None)))

    def pickle_hooks(m):
        r = m.random.Random(5)
        cls, args, state = r.__reduce__()
        r2 = m.random.Random()
        r2.__setstate__(r.__getstate__())
        return cls.__name__, args, state == r.getstate(), r2.random() == r.random()
    C('pickle hooks', pickle_hooks)
    C('randrange __index__', lambda m: m.random.Random(3).randrange(Idx(10), Idx(20), Idx(3)))
    C('gammavariate rejection', lambda m: [m.random.Random(s).gammavariate(1.5, 1) for s in range(40)])
    C('betavariate tiny alpha', lambda m: [m.random.Random(s).betavariate(0.01, 0.01) for s in range(40)])
    C('seed bad type', lambda m: m.random.Random().seed([1, 2]))
    C('seed bad type dict', lambda m: m.random.seed({}))

    # Errors
    r = lambda m: m.random.Random(1)
    C('randrange empty', lambda m: r(m).randrange(0))
    C('randrange empty range', lambda m: r(m).randrange(5, 5))
    C('randrange empty step', lambda m: r(m).randrange(5, 1, 2))
    C('randrange zero step', lambda m: r(m).randrange(1, 5, 0))
    C('randrange step without stop', lambda m: r(m).randrange(5, step=2))
    C('randrange None stop step', lambda m: r(m).randrange(5, None, 1))
    C('randrange float', lambda m: r(m).randrange(5.0))
    C('randrange float stop', lambda m: r(m).randrange(0, 5.0))
    C('randrange float step', lambda m: r(m).randrange(0, 10, 2.0))
    C('randrange non-integer', lambda m: r(m).randrange(5.5))
    C('randrange non-integer stop', lambda m: r(m).randrange(0, 5.5))
    C('randrange non-integer step', lambda m: r(m).randrange(0, 5, 1.5))
    C('randrange str', lambda m: r(m).randrange('5'))
    C('randrange bool', lambda m: r(m).randrange(True))
    C('randint reversed', lambda m: r(m).randint(5, 1))
    C('randint float', lambda m: r(m).randint(1.0, 3.0))
    C('choice empty', lambda m: r(m).choice([]))
    C('choice dict', lambda m: r(m).choice({0: 'a', 1: 'b'}))
    C('sample set', lambda m: r(m).sample({1, 2, 3}, 2))
    C('sample dict', lambda m: r(m).sample({'a': 1}, 1))
    C('sample too big', lambda m: r(m).sample([1, 2], 3))
    C('sample negative', lambda m: r(m).sample([1, 2], -1))
    C('sample tuple', lambda m: r(m).sample((1, 2, 3, 4), 2))
    C('sample str', lambda m: r(m).sample('abcdef', 3))
    C('sample deque', lambda m: r(m).sample(m.collections.deque(range(10)), 3))
    C('sample counts', lambda m: r(m).sample(['red', 'blue'], counts=[4, 2], k=5))
    C('sample counts mismatch', lambda m: r(m).sample(['a'], counts=[1, 2], k=1))
    C('sample counts float', lambda m: r(m).sample(['a', 'b'], counts=[1.0, 2.0], k=1))
    C('sample counts zero', lambda m: r(m).sample(['a', 'b'], counts=[0, 0], k=1))
    C('sample large population', lambda m: r(m).sample(range(10 ** 6), 30))
    C('sample many', lambda m: r(m).sample(range(1000), 400)[-5:])
    C('choices weights and cum', lambda m: r(m).choices('ab', [1, 1], cum_weights=[1, 2]))
    C('choices weight count mismatch', lambda m: r(m).choices('ab', [1]))
    C('choices zero total', lambda m: r(m).choices('ab', [0, 0]))
    C('choices inf total', lambda m: r(m).choices('ab', [1, float('inf')]))
    C('choices k positional', lambda m: r(m).choices('ab', 3))
    C('choices bad weight', lambda m: r(m).choices('ab', [1, 'x']))
    C('choices k float', lambda m: r(m).choices('ab', k=2.5))
    C('choices k zero', lambda m: r(m).choices('ab', k=0))
    C('choices float weights', lambda m: r(m).choices(range(5), [0.1, 0.2, 0.3, 0.15, 0.25], k=20))
    C('choices empty population', lambda m: r(m).choices([], k=1))
    C('gammavariate bad', lambda m: r(m).gammavariate(0, 1))
    C('expovariate zero', lambda m: r(m).expovariate(0))
    C('triangular degenerate', lambda m: r(m).triangular(2, 2))
    C('triangular degenerate mode', lambda m: r(m).triangular(2, 2, 2))
    C('triangular mode outside', lambda m: [r(m).triangular(0, 1, 5) for _ in range(3)])
    C('vonmises small kappa', lambda m: r(m).vonmisesvariate(0, 0))
    C('getrandbits negative', lambda m: r(m).getrandbits(-1))
    C('shuffle tuple', lambda m: r(m).shuffle((1, 2)))
    C('shuffle empty', lambda m: (lambda x: (r(m).shuffle(x), x))([]))
    C('random class name', lambda m: type(m.random.Random()).__name__)
    C('Random with two args', lambda m: m.random.Random(1, 2))
    C('random VERSION', lambda m: m.random.Random.VERSION)

    def subclass(m):
        class Dice(m.random.Random):
            def roll(self):
                return self.randint(1, 6)
        d = Dice(11)
        return [d.roll() for _ in range(10)], d.random()
    C('Random subclass', subclass)

    def game_loop(m):
        rng = m.random.Random('dungeon-7')
        rooms = []
        for i in range(20):
            kind = rng.choices(['empty', 'monster', 'treasure', 'trap'], [5, 3, 1, 1])[0]
            loot = rng.sample(['gold', 'gem', 'scroll', 'key', 'potion'], rng.randint(0, 2))
            hp = max(1, int(rng.gauss(20, 5)))
            rooms.append((kind, loot, hp, rng.random() < 0.25))
        return rooms
    C('procedural generation', game_loop)
