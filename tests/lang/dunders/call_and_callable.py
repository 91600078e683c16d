# __call__ makes instances callable; callable() reports it.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *, extra=0):
        self.calls += 1
        return x * self.k + extra
triple = Multiplier(3)
print(triple(5), triple(2, extra=1), triple.calls, list(map(triple, [1, 2, 3])))
print(callable(triple), callable(Multiplier), callable(5), callable(print), callable(lambda: 0))
print(sorted([3, 1, 2], key=Multiplier(-1)))
five, text = 5, "s"
try:
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    text()
except TypeError as e:
    print(e)
