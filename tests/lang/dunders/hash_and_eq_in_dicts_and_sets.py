# User __eq__/__hash__ make instances usable as dict keys and set members; __eq__ alone
# makes a class unhashable.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
d = {Point(1, 2): "a"}
d[Point(1, 2)] = "b"
d[Point(2, 1)] = "c"
print(d, len(d), d[Point(1, 2)], Point(2, 1) in d, Point(0, 0) in d)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), Point(1, 1) in s, sorted(s, key=lambda p: (p.x, p.y)))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly() == 5, hash(Point(3, 4)) == hash(Point(3, 4)))
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.v == o.v
cs = {Collide(1): 1, Collide(2): 2, Collide(1): 3}
print(len(cs), [c.v for c in cs], list(cs.values()))
