# list, tuple, set, dict, frozenset, str, bool constructors from various inputs.
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list(x for x in [5]))
print(tuple(), tuple([1]), tuple("hi"), set(), sorted(set([3, 1, 3])), frozenset("aa"))
print(dict(), dict(a=1), dict([("x", 1)], y=2), dict({"p": 1}, q=2), dict(zip("ab", [1, 2])))
print(str(), str(5), str([1]), str(b"x", "utf-8"), str(object=3.5), bool(), bool([0]))
print(float(), int(), type(list()).__name__)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
