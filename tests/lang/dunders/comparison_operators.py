# __eq__, __lt__ etc.; __ne__ defaults to the inverse of __eq__; reflected comparisons.
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return isinstance(o, V) and self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __repr__(self):
        return f"V{self.n}"
a, b = V(1), V(2)
print(a == V(1), a != V(1), a == b, a != b, a < b, a <= b, a > b, b >= a)
print(sorted([V(3), V(1), V(2)]), max([V(5), V(9)]), min(V(4), V(0)))
print(V(1) in [V(0), V(1)], [V(1)].index(V(1)), [V(1), V(2), V(1)].count(V(1)), a == 1)
try:
    a < 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
class NoOrder:
    pass
try:
    NoOrder() < NoOrder()
except TypeError as e:
    print(type(e).__name__, e)
