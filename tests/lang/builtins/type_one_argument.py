# type(x) of built-in values prints <class '...'>; classes compare by identity.
for v in [1, 1.0, "s", b"b", [], (), {}, set(), frozenset(), range(1), slice(1), None, True,
          (x for x in []), lambda: 0, type, object()]:
    print(type(v), type(v).__name__)
class Mine:
    pass
print(type(Mine()), type(Mine), type(int), type(5) is int, type(True) is not int)
