# Without __contains__, `in` iterates with __iter__ and compares with ==.
class Evens:
    def __iter__(self):
        return iter(range(0, 10, 2))
print(4 in Evens(), 5 in Evens(), 5 not in Evens())
class Always:
    def __contains__(self, x):
        return "yes"
print(1 in Always(), 1 not in Always())
class Tracker:
    def __init__(self):
        self.seen = []
    def __eq__(self, o):
        self.seen.append(o)
        return o == 3
t = Tracker()
print(t in [1, 2, 3, 4], t.seen)
print(t in (5, 6), t.seen)
