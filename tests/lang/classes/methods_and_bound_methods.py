# Methods bind self; bound methods are values; calling through the class passes self explicitly.
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self
    def value(self):
        return self.n
c = Counter()
c.inc().inc(5).inc()
print(c.value(), Counter.value(c))
m = c.inc
m(10)
print(c.n, m.__name__, callable(m))
fns = [Counter().inc for _ in range(2)]
print([f(3).value() for f in fns])
print(type(c).__name__, type(c) is Counter, isinstance(c, Counter), Counter.__name__)
