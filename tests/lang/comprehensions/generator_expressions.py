# Generator expressions are lazy, single-use and accepted directly by calls.
g = (x * x for x in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 5]), sorted((c for c in "cab"), reverse=True))
log = []
def noisy(v):
    log.append(v)
    return v
g2 = (noisy(v) for v in range(3))
print(log)
print(next(g2), log)
print(list(x + y for x in "ab" for y in "12"), tuple(i for i in range(3) if i))
print(type(g).__name__, dict((k, v) for k, v in [("a", 1)]))
