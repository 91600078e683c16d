# namedtuple: fields by name and index, repr, _replace, _asdict, _fields, unpacking, defaults.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), tuple(p), list(p))
x, y = p
print(x, y, p._replace(x=10), p._asdict(), Point._fields, type(p).__name__)
Color = namedtuple("Color", "r g b", defaults=[0])
print(Color(1, 2), Color(1, 2, 3), Color._make([4, 5, 6]))
print(sorted([Point(2, 1), Point(1, 5)]), Point(1, 2) in {Point(1, 2)}, hash(p) == hash((1, 2)))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__)
print(Point(y=4, x=3), Point(*[5, 6]), p.count(1), p.index(2))
