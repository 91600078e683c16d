# __iter__/__next__ drive for loops, list(), unpacking, in, sum, zip and enumerate.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for v in Countdown(3):
    print(v)
print(list(Countdown(4)), sum(Countdown(10)), 2 in Countdown(5), 9 in Countdown(5))
a, b, c = Countdown(3)
print(a, b, c, list(zip(Countdown(3), "xyz")), list(enumerate(Countdown(2))))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), [x * y for x in r for y in r], max(r), sorted(Range2(4), reverse=True))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
