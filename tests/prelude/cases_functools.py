"""Cases for vm/lib/functools.py: each is run with the prelude and with CPython."""


def add(a, b):
    return a + b


def show(*args, **kw):
    return args, kw


def register(case):
    def C(label, fn):
        case('functools', label, fn)

    # reduce
    C('reduce', lambda m: m.functools.reduce(add, [1, 2, 3, 4]))
    C('reduce initial', lambda m: m.functools.reduce(add, [1, 2], 10))
    C('reduce initial None', lambda m: m.functools.reduce(lambda a, b: [a, b], [1], None))
    C('reduce empty initial', lambda m: m.functools.reduce(add, [], 'x'))
    C('reduce empty', lambda m: m.functools.reduce(add, []))
    C('reduce one', lambda m: m.functools.reduce(add, ['only']))
    C('reduce not iterable', lambda m: m.functools.reduce(add, 5))
    C('reduce generator', lambda m: m.functools.reduce(lambda a, b: a * b, (i for i in range(1, 8))))
    C('reduce strings', lambda m: m.functools.reduce(add, 'abc'))
    C('reduce error in func', lambda m: m.functools.reduce(add, [1, 'a']))
    C('reduce max', lambda m: m.functools.reduce(max, [3, 9, 2]))

    # partial
    C('partial call', lambda m: m.functools.partial(show, 1, a=2)(3, b=4))
    C('partial override kw', lambda m: m.functools.partial(show, a=1)(a=5))
    C('partial attrs', lambda m: (lambda p: (p.func is show, p.args, p.keywords))(m.functools.partial(show, 1, x=2)))
    C('partial repr', lambda m: repr(m.functools.partial(max, 1, key=abs)))
    C('partial repr no args', lambda m: repr(m.functools.partial(max)))
    C('partial repr strings', lambda m: repr(m.functools.partial(max, 'a', default='b')))
    C('partial nested', lambda m: repr(m.functools.partial(m.functools.partial(max, 1), 2, key=abs)))
    C('partial nested attrs', lambda m: (lambda p: (p.args, p.keywords))(
        m.functools.partial(m.functools.partial(show, 1, a=1), 2, a=2, b=3)))
    C('partial not callable', lambda m: m.functools.partial(5))
    C('partial no func', lambda m: m.functools.partial())
    C('partial int base', lambda m: m.functools.partial(int, base=2)('1011'))
    C('partial in map', lambda m: list(map(m.functools.partial(pow, 2), range(5))))
    C('partial callable', lambda m: callable(m.functools.partial(max)))

    def partial_subclass(m):
        class P(m.functools.partial):
            pass
        return repr(P(max, 1)), P(max, 1)(5)
    C('partial subclass repr', partial_subclass)

    # cmp_to_key
    def by_len_then_alpha(a, b):
        if len(a) != len(b):
            return len(a) - len(b)
        return (a > b) - (a < b)
    C('cmp_to_key sort', lambda m: sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=m.functools.cmp_to_key(by_len_then_alpha)))
    C('cmp_to_key reverse', lambda m: sorted([3, 1, 2], key=m.functools.cmp_to_key(lambda a, b: b - a)))
    C('cmp_to_key compare', lambda m: (lambda K: (K(1) < K(2), K(1) > K(2), K(1) == K(1), K(1) != K(1),
                                                  K(1) <= K(1), K(2) >= K(3)))(m.functools.cmp_to_key(lambda a, b: a - b)))
    C('cmp_to_key other', lambda m: m.functools.cmp_to_key(lambda a, b: 0)(1) < 1)
    C('cmp_to_key hash', lambda m: hash(m.functools.cmp_to_key(lambda a, b: 0)(1)))
    C('cmp_to_key obj', lambda m: m.functools.cmp_to_key(lambda a, b: 0)('x').obj)
    C('cmp_to_key max', lambda m: max([4, 9, 2], key=m.functools.cmp_to_key(lambda a, b: (a % 5) - (b % 5))))

    # lru_cache / cache
    def fib_cache(m):
        calls = []

        @m.functools.lru_cache(maxsize=None)
        def fib(n):
            calls.append(n)
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        return fib(30), len(calls), repr(fib.cache_info())
    C('lru_cache fib', fib_cache)

    def bare_decorator(m):
        @m.functools.lru_cache
        def f(x):
            return x * 2
        f(1)
        f(1)
        f(2)
        return repr(f.cache_info()), f.__name__, f.cache_parameters()
    C('lru_cache bare', bare_decorator)

    def cache(m):
        @m.functools.cache
        def sq(x):
            return x * x
        r = [sq(i % 4) for i in range(10)]
        return r, repr(sq.cache_info()), sq.__name__, sq.__doc__
    C('cache', cache)

    def lru_eviction(m, maxsize, calls_seq, typed=False):
        log = []

        @m.functools.lru_cache(maxsize=maxsize, typed=typed)
        def f(x, y=0):
            log.append((x, y))
            return (x, y)
        for c in calls_seq:
            if isinstance(c, tuple):
                f(*c)
            elif isinstance(c, dict):
                f(**c)
            else:
                f(c)
        return log, repr(f.cache_info())

    seqs = [
        [1, 2, 3, 1, 4, 2, 5, 1, 2, 3],
        [1, 1, 1, 2, 2, 3, 3, 1],
        [1, 1.0, True, '1', (1, 0), {'x': 1}, {'x': 1, 'y': 0}, {'y': 0, 'x': 1}, 1],
        [i % 7 for i in range(50)] + [i % 3 for i in range(20)],
    ]
    for maxsize in (0, 1, 2, 3, 128, None, -5):
        for i, seq in enumerate(seqs):
            C('lru_cache maxsize=%r seq %d' % (maxsize, i),
              lambda m, maxsize=maxsize, seq=seq: lru_eviction(m, maxsize, seq))
            C('lru_cache typed maxsize=%r seq %d' % (maxsize, i),
              lambda m, maxsize=maxsize, seq=seq: lru_eviction(m, maxsize, seq, typed=True))

    def cache_clear(m):
        @m.functools.lru_cache(maxsize=2)
        def f(x):
            return x
        f(1), f(2), f(1), f(3)
        before = repr(f.cache_info())
        f.cache_clear()
        after = repr(f.cache_info())
        f(1)
        return before, after, repr(f.cache_info())
    C('lru_cache clear', cache_clear)
    C('lru_cache bad maxsize', lambda m: m.functools.lru_cache('x'))

    def reentrant(m):
        calls = []

        @m.functools.lru_cache(maxsize=3)
        def f(n):
            calls.append(n)
            if len(calls) == 1:
                f(n)
            return n
        return f(5), f(5), calls, repr(f.cache_info())
    C('lru_cache reentrant same key', reentrant)
    C('lru_cache unhashable', lambda m: m.functools.lru_cache()(lambda x: x)([1]))

    def cache_exception(m):
        n = []

        @m.functools.lru_cache(maxsize=4)
        def f(x):
            n.append(x)
            raise ValueError(x)
        for i in (1, 1):
            try:
                f(i)
            except ValueError:
                pass
        return n, repr(f.cache_info())
    C('lru_cache does not cache exceptions', cache_exception)

    def cache_method(m):
        class A:
            def __init__(self, k):
                self.k = k

            @m.functools.lru_cache(maxsize=None)
            def times(self, x):
                return self.k * x
        a = A(3)
        return a.times(2), a.times(2), A(4).times(2), A.times.cache_info().hits
    C('lru_cache on method', cache_method)

    def cache_info_fields(m):
        @m.functools.lru_cache(maxsize=10)
        def f(x):
            return x
        f(1)
        info = f.cache_info()
        return info.hits, info.misses, info.maxsize, info.currsize, info._fields, tuple(info)
    C('cache_info fields', cache_info_fields)

    # wraps / update_wrapper
    def wraps_case(m):
        def deco(fn):
            @m.functools.wraps(fn)
            def wrapper(*a, **k):
                return fn(*a, **k)
            return wrapper

        @deco
        def greet(name):
            """Say hello."""
            return 'hi ' + name
        return greet('bob'), greet.__name__, greet.__doc__
    C('wraps', wraps_case)

    def update_wrapper_case(m):
        def target():
            """doc"""

        def wrapper():
            pass
        w = m.functools.update_wrapper(wrapper, target)
        return w is wrapper, w.__name__, w.__doc__
    C('update_wrapper', update_wrapper_case)

    def wraps_missing_attr(m):
        class Callable:
            def __call__(self):
                return 1

        def wrapper():
            pass
        m.functools.update_wrapper(wrapper, Callable())
        return wrapper.__name__
    C('update_wrapper missing attribute', wraps_missing_attr)

    # total_ordering
    def total_ordering_case(m, root):
        class V:
            def __init__(self, v):
                self.v = v

            def __eq__(self, other):
                return self.v == other.v
        if root == '__lt__':
            V.__lt__ = lambda self, other: self.v < other.v
        elif root == '__le__':
            V.__le__ = lambda self, other: self.v <= other.v
        elif root == '__gt__':
            V.__gt__ = lambda self, other: self.v > other.v
        else:
            V.__ge__ = lambda self, other: self.v >= other.v
        V = m.functools.total_ordering(V)
        out = []
        for op in ('__lt__', '__le__', '__gt__', '__ge__'):
            if op != root:
                out.append(getattr(V(1), op)(V(2)))
        for a in (1, 2, 3):
            for b in (1, 2, 3):
                x, y = V(a), V(b)
                out.append((x < y, x <= y, x > y, x >= y))
        out.append([v.v for v in sorted([V(3), V(1), V(2)])])
        return out

    for root in ('__lt__', '__le__', '__gt__', '__ge__'):
        C('total_ordering from %s' % root, lambda m, root=root: total_ordering_case(m, root))

    def total_ordering_none(m):
        class N:
            pass
        return m.functools.total_ordering(N)
    C('total_ordering without root', total_ordering_none)

    def total_ordering_notimplemented(m):
        class V:
            def __init__(self, v):
                self.v = v

            def __lt__(self, other):
                if not isinstance(other, V):
                    return NotImplemented
                return self.v < other.v
        V = m.functools.total_ordering(V)
        return V(1) >= V(0), V(1).__ge__(5)
    C('total_ordering NotImplemented', total_ordering_notimplemented)

    def total_ordering_notimplemented_all(m, root):
        class V:
            pass

        def cmp(self, other):
            return NotImplemented
        setattr(V, root, cmp)
        V = m.functools.total_ordering(V)
        return [getattr(V(), op)(1) for op in ('__lt__', '__le__', '__gt__', '__ge__') if op != root]
    for root in ('__lt__', '__le__', '__gt__', '__ge__'):
        C('total_ordering NotImplemented from %s' % root,
          lambda m, root=root: total_ordering_notimplemented_all(m, root))
