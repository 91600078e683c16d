# list methods with their optional arguments, operators and error messages
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

def mut(fn):
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    r = fn(xs)
    return r, xs

t("append", lambda: mut(lambda xs: xs.append([7])))
t("extend", lambda: mut(lambda xs: xs.extend(range(2))))
t("extend str", lambda: mut(lambda xs: xs.extend("ab")))
t("extend bad", lambda: mut(lambda xs: xs.extend(5)))
t("insert", lambda: mut(lambda xs: (xs.insert(0, "a"), xs.insert(-1, "b"), xs.insert(100, "c"), xs.insert(-100, "d"))))
t("pop", lambda: mut(lambda xs: (xs.pop(), xs.pop(0), xs.pop(-2))))
t("pop empty", lambda: [].pop())
t("pop range", lambda: [1].pop(5))
t("pop bad", lambda: [1].pop("a"))
t("remove", lambda: mut(lambda xs: xs.remove(1)))
t("remove miss", lambda: [1].remove(2))
t("index", lambda: mut(lambda xs: (xs.index(1), xs.index(1, 2), xs.index(9, 0, 6))))
t("index miss", lambda: [1, 2].index(3))
t("index miss range", lambda: [1, 2, 3].index(1, 1))
t("count", lambda: mut(lambda xs: (xs.count(1), xs.count(7))))
t("sort", lambda: mut(lambda xs: xs.sort()))
t("sort rev", lambda: mut(lambda xs: xs.sort(reverse=True)))
t("sort key", lambda: mut(lambda xs: xs.sort(key=lambda v: -v)))
t("sort key none", lambda: mut(lambda xs: xs.sort(key=None)))
t("sort positional", lambda: mut(lambda xs: xs.sort(lambda v: v)))
t("sort mixed", lambda: [1, "a"].sort())
t("sort tuples", lambda: sorted([(1, "b"), (1, "a"), (0, "z")]))
t("reverse", lambda: mut(lambda xs: xs.reverse()))
t("copy", lambda: mut(lambda xs: xs.copy() is xs))
t("clear", lambda: mut(lambda xs: xs.clear()))
t("ops", lambda: ([1] + [2], [1, 2] * 2, [[]] * 2, 2 * [0], [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], 2 in [1, 2]))
t("add tuple", lambda: [1] + (2,))
t("iadd tuple", lambda: mut(lambda xs: xs.__iadd__((0,))))
t("imul", lambda: mut(lambda xs: xs.__imul__(2)))
t("slice", lambda: mut(lambda xs: (xs[1:3], xs[::-1], xs[-3:], xs[:-3], xs[::3], xs[5:1:-2], xs[100:])))
t("slice assign", lambda: mut(lambda xs: xs.__setitem__(slice(1, 3), "abc")))
t("slice del", lambda: mut(lambda xs: xs.__delitem__(slice(None, None, 2))))
def ext_slice():
    xs = [0, 1, 2, 3, 4, 5]
    xs[::2] = [9, 9]
t("ext slice bad", ext_slice)
def ext_slice_ok():
    xs = [0, 1, 2, 3, 4, 5]
    xs[::2] = "abc"
    del xs[1::2]
    xs[1:1] = [7, 8]
    xs[-1:] = []
    return xs
t("ext slice ok", ext_slice_ok)
def slice_step0():
    return [1, 2][::0]
t("step 0", slice_step0)
def idx_err():
    xs = [1, 2]
    return xs[2]
t("idx err", idx_err)
def idx_set_err():
    xs = [1, 2]
    xs[-3] = 0
t("idx set err", idx_set_err)
def idx_del_err():
    xs = []
    del xs[0]
t("idx del err", idx_del_err)
def idx_type():
    xs = [1]
    return xs["0"]
t("idx type", idx_type)
def idx_float():
    xs = [1]
    return xs[1.0]
t("idx float", idx_float)
t("list()", lambda: (list(), list("ab"), list({1: 2}), list(range(3)), list((1,))))
t("list bad", lambda: list(1))
t("list kw", lambda: list(x=1))
t("nested repr", lambda: [1, [2, [3, "a"]], (4,), {5: [6]}, None, True, 1.5])
t("self ref", lambda: (lambda a: (a.append(a), repr(a))[1])([1]))
t("hash", lambda: hash([]))
t("set of lists", lambda: {[1]})
t("dict key list", lambda: {[1]: 2})
t("len", lambda: len([1, 2, 3]))
t("sum", lambda: (sum([1, 2, 3]), sum([[1], [2]], []), sum([], 5), sum([1.5, 2], start=1)))
t("sum str", lambda: sum(["a", "b"], ""))
t("max/min", lambda: (max([3, 1, 2]), min([3, 1, 2]), max([], default=0), min("abc"), max([1, 5, 3], key=lambda v: -v), max(1, 2, 3), min([[2], [1, 5]])))
t("max empty", lambda: max([]))
t("min empty", lambda: min([]))
t("max none", lambda: max())
t("max int", lambda: max(5))
t("max default + args", lambda: max(1, 2, default=0))
t("enumerate", lambda: list(enumerate("ab", start=1)))
t("reversed", lambda: list(reversed([1, 2, 3])))
t("sorted kw", lambda: sorted([3, 1, 2], key=lambda v: v % 3, reverse=True))
t("sorted bad", lambda: sorted(5))
t("sorted pos", lambda: sorted([1], None))
t("unpack", lambda: (lambda a, b, *c: (a, b, c))(*[1, 2, 3, 4]))
def unpack_few():
    a, b, c = [1, 2]
t("unpack few", unpack_few)
def unpack_many():
    a, b = [1, 2, 3]
t("unpack many", unpack_many)
def unpack_star_few():
    a, b, *c = [1]
t("unpack star few", unpack_star_few)
def unpack_int():
    a, b = 5
t("unpack int", unpack_int)
t("comparisons", lambda: [1, 2] == (1, 2))
t("attr", lambda: [].push)
t("method on class", lambda: list.append([], 1))
t("method bad self", lambda: list.append((), 1))
t("append noarg", lambda: [].append())
t("append 2", lambda: [].append(1, 2))
t("insert 1", lambda: [].insert(1))
t("index noarg", lambda: [].index())
