# set and frozenset methods, operators, ordering of small ints and error messages
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

def mut(fn):
    s = {5, 1, 3}
    r = fn(s)
    return r, s

t("add", lambda: mut(lambda s: (s.add(2), s.add(1))))
t("discard", lambda: mut(lambda s: (s.discard(1), s.discard(99))))
t("remove", lambda: mut(lambda s: s.remove(5)))
t("remove miss", lambda: mut(lambda s: s.remove(99)))
t("remove miss str", lambda: set().remove("k"))
t("remove miss tuple", lambda: set().remove((1,)))
t("pop", lambda: mut(lambda s: s.pop()))
t("pop empty", lambda: set().pop())
t("clear", lambda: mut(lambda s: s.clear()))
t("copy", lambda: mut(lambda s: s.copy()))
t("union", lambda: mut(lambda s: (s.union([7]), s.union(), s.union([8], (9,), "")), ))
t("intersection", lambda: mut(lambda s: (s.intersection([1, 5, 8]), s.intersection(), s & {1})))
t("difference", lambda: mut(lambda s: (s.difference([1]), s - {3}, s.difference([1], [3]))))
t("symdiff", lambda: mut(lambda s: (s.symmetric_difference([1, 2]), s ^ {5, 6})))
t("update", lambda: mut(lambda s: (s.update([10], [11]), s.intersection_update({1, 10, 11, 3}), s.difference_update([1]), s.symmetric_difference_update([3, 4]))))
t("ops in place", lambda: mut(lambda s: (s.__ior__({0}), s.__iand__({0, 1, 3}), s.__isub__({0}), s.__ixor__({9}))))
t("predicates", lambda: ({1}.issubset([1, 2]), {1, 2}.issuperset({1}), {1}.isdisjoint({2}), {1} <= {1}, {1} < {1}, {1, 2} > {1}, {1} >= {1, 2}))
t("op with list", lambda: {1} | [2])
t("op with list2", lambda: {1} - [2])
t("cmp list", lambda: {1} < [1])
t("frozenset", lambda: (frozenset([3, 1]), frozenset(), frozenset("a") | {1} == {1, "a"}, type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__))
t("frozen hash", lambda: (hash(frozenset()) == hash(frozenset()), {frozenset([1]): 1}[frozenset([1])]))
t("frozen add", lambda: frozenset().add(1))
t("set hash", lambda: hash(set()))
t("order", lambda: ({10, 3, 7, 100, 64, 33, 1}, set(range(20, 0, -3)), {-1, -5, 2}, {2 ** 40, 1}, {(1, 2), (0, 1), (2, 0)}, {1.5, 0.5, 2.0}))
t("set()", lambda: (set(), set("aa"), set([1, 1, 2]), set({1: 2}), set(range(3))))
t("set bad", lambda: set(5))
t("set unhashable", lambda: set([[1]]))
t("in unhashable", lambda: [1] in {1})
t("in set of set", lambda: {1} in {frozenset([1])})
t("eq", lambda: ({1, 2} == frozenset([2, 1]), {1} == [1], set() == set()))
t("len bool", lambda: (len({1, 2}), bool(set())))
t("comprehension", lambda: {x % 3 for x in range(10)})
t("repr empty", lambda: (set(), frozenset(), frozenset({1})))
t("sorted", lambda: sorted({3, 1, 2}, reverse=True))
t("iter modify", lambda: mut(lambda s: [s.add(x + 100) for x in s]))
t("attr", lambda: set().append)
t("min max sum", lambda: (min({3, 1}), max({3, 1}), sum({3, 1})))
t("isdisjoint bad", lambda: {1}.isdisjoint(5))
