# namedtuple: construction, access, methods and subclassing.
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x + y, p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
print(p._replace(x=10), p._asdict(), Point._make([5, 6]), Point._fields)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

Card = namedtuple('Card', ['rank', 'suit'], defaults=['spades'])
print(Card('A'), Card('K', 'hearts'), Card._field_defaults)


class Vec(namedtuple('Vec', 'x y')):
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def length2(self):
        return self.x * self.x + self.y * self.y


v = Vec(1, 2) + Vec(3, 4)
print(v, v.length2(), type(v).__name__, v._replace(y=0))
print({Point(0, 0): 'origin'}[(0, 0)])
