# heapq, itertools and functools: the functions a simulation uses, with errors
import heapq, itertools, functools
add = lambda a, b: a + b
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
t("heapify", lambda: h)
t("push pop", lambda: (heapq.heappush(h, 0), heapq.heappop(h), heapq.heappop(h), h))
t("pushpop", lambda: (heapq.heappushpop(h, 4), heapq.heapreplace(h, 7), h))
t("nlargest", lambda: (heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len), heapq.nsmallest(10, [3, 1])))
t("merge", lambda: (list(heapq.merge([1, 4, 7], [2, 5], [0, 9])), list(heapq.merge([3, 1], [2], key=lambda v: -v, reverse=False))))
t("pop empty", lambda: heapq.heappop([]))
t("heap tuples", lambda: [heapq.heappop(q) for q in [[(2, "b"), (1, "z"), (1, "a")]] for _ in range(1)])
def sched():
    q = []
    for i, (pri, name) in enumerate([(3, "c"), (1, "a"), (2, "b"), (1, "a2")]):
        heapq.heappush(q, (pri, i, name))
    return [heapq.heappop(q)[2] for _ in range(len(q))]
t("scheduler", sched)
t("heap bad", lambda: heapq.heappush(5, 1))
t("heap mixed", lambda: heapq.heapify([1, "a"]))
t("heappush args", lambda: heapq.heappush([]))

t("count", lambda: (list(itertools.islice(itertools.count(), 3)), list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.islice(itertools.count(0.5, 0.25), 3))))
t("count repr", lambda: (itertools.count(), itertools.count(3, 2), itertools.count(1.5)))
t("chain", lambda: (list(itertools.chain("ab", [1], ())), list(itertools.chain.from_iterable(["xy", "z"]))))
t("chain bad", lambda: list(itertools.chain(1)))
t("islice", lambda: (list(itertools.islice("abcdefg", 2)), list(itertools.islice("abcdefg", 2, 5)), list(itertools.islice("abcdefg", 0, None, 3)), list(itertools.islice("abc", 1, None))))
t("islice bad", lambda: itertools.islice("abc", -1))
t("islice bad2", lambda: itertools.islice("abc", "x"))
t("product", lambda: (list(itertools.product("ab", [0, 1])), list(itertools.product([0, 1], repeat=2)), list(itertools.product()), len(list(itertools.product(range(3), repeat=3)))))
t("permutations", lambda: (list(itertools.permutations("abc")), list(itertools.permutations([1, 2, 3], 2)), list(itertools.permutations([], 0)), list(itertools.permutations("ab", 3))))
t("combinations", lambda: (list(itertools.combinations("abcd", 2)), list(itertools.combinations(range(4), 3)), list(itertools.combinations("a", 2))))
t("combinations neg", lambda: itertools.combinations("a", -1))
t("combinations_wr", lambda: list(itertools.combinations_with_replacement("ab", 2)))
t("accumulate", lambda: (list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate([1, 2], initial=10))))
t("cycle repeat", lambda: (list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat("x", 3)), list(zip(range(3), itertools.repeat(0)))))
t("groupby", lambda: [(k, list(g)) for k, g in itertools.groupby("aabbbcdd")])
t("groupby key", lambda: [(k, list(g)) for k, g in itertools.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)])
t("zip_longest", lambda: (list(itertools.zip_longest("ab", [1, 2, 3])), list(itertools.zip_longest("a", "bc", fillvalue="-"))))
t("takewhile", lambda: (list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1]))))
t("filterfalse", lambda: list(itertools.filterfalse(lambda v: v % 2, range(6))))
t("starmap", lambda: list(itertools.starmap(pow, [(2, 3), (3, 2)])))
t("compress", lambda: list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
t("tee", lambda: [list(x) for x in itertools.tee("abc", 2)])
t("pairwise", lambda: list(itertools.pairwise("abcd")))

t("reduce", lambda: (functools.reduce(add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, range(1, 6), 1), functools.reduce(max, [3, 9, 2]), functools.reduce(add, [], 0)))
t("reduce empty", lambda: functools.reduce(add, []))
t("reduce bad", lambda: functools.reduce(add, 5))
p = functools.partial(pow, 2)
t("partial", lambda: (p(10), p.func is pow, p.args, p.keywords, functools.partial(int, base=2)("101"), functools.partial(print, sep="-")))
t("partial kw override", lambda: functools.partial(int, base=2)("11", base=3))
t("partial nested", lambda: functools.partial(functools.partial(max, 1), 5)(3))
t("partial bad", lambda: functools.partial(5))
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
t("partial user", lambda: (functools.partial(greet, "Hi")("Bob"), functools.partial(greet, punct="?")("Yo", "Al")))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
t("lru_cache", lambda: (fib(60), fib.cache_info().hits > 0))
@functools.cache
def sq(n):
    return n * n
t("cache", lambda: (sq(4), sq(4)))
def deco(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def documented():
    "doc"
    return 1
t("wraps", lambda: (documented.__name__, documented.__doc__, documented()))
t("cmp_to_key", lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class Ver:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
t("total_ordering", lambda: (Ver(1) <= Ver(2), Ver(3) >= Ver(2), Ver(1) > Ver(2)))
for f in ('heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop'):
    for a in ((), ([],), ([], 1), ([], 1, 2)):
        t(f + " " + str(len(a)), lambda: getattr(heapq, f)(*[list(x) if isinstance(x, list) else x for x in a]))
