# built-in functions and module functions called with wrong argument counts and a bad keyword
import random, time, sys, json, heapq, itertools, functools, collections, string, math
fns = [abs, all, any, bin, bool, callable, chr, dict, dir, divmod, enumerate, filter, float, format, frozenset, getattr, globals, hasattr, hash, hex, id, int, isinstance, issubclass, iter, len, list, map, max, min, next, object, oct, ord, pow, print, range, repr, reversed, round, set, setattr, slice, sorted, str, sum, super, tuple, type, zip, delattr, ascii, bytes]
def run(label, f):
    for args, kw in (((), {}), ((1, 2, 3, 4, 5, 6), {}), ((), {"zz": 1}), ((1,), {"zz": 1})):
        try:
            f(*args, **kw)
            res = "ok"
        except Exception as e:
            res = type(e).__name__ + ": " + str(e)
        print(label, len(args), bool(kw), res)
for f in fns:
    run(f.__name__, f)
for mod, fns in ((random, ["random", "randint", "choice", "shuffle", "uniform", "randrange", "sample", "seed", "choices", "gauss", "getrandbits"]),
                 (time, ["time", "monotonic", "perf_counter", "sleep"]),
                 (sys, ["exit", "setrecursionlimit", "getrecursionlimit"]),
                 (json, ["dumps", "loads"]),
                 (itertools, ["count", "chain", "islice", "product", "permutations", "combinations", "repeat", "cycle", "accumulate", "groupby", "zip_longest",
                              "starmap", "takewhile", "dropwhile", "filterfalse", "compress", "pairwise", "tee", "combinations_with_replacement"]),
                 (functools, ["reduce", "partial"]),
                 (collections, ["deque", "defaultdict", "namedtuple", "OrderedDict", "Counter"])):
    for n in fns:
        if mod is sys and n == "exit":
            continue
        run(mod.__name__ + "." + n, getattr(mod, n))
try:
    functools.reduce(max, [1], initial=0)
except TypeError as e:
    print(e)
print(functools.reduce(max, [1], 0), list(itertools.accumulate([1, 2], initial=10)), list(itertools.permutations("ab", r=1)))
print(list(itertools.combinations(iterable="abc", r=2)), list(itertools.islice(itertools.count(step=2, start=1), 3)), list(itertools.repeat(times=2, object="x")))
print(list(itertools.zip_longest("a", "bc", fillvalue=0)), collections.deque(maxlen=2, iterable=range(5)), [k for k, g in itertools.groupby("aab", key=str.upper)])
