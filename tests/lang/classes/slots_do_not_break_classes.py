# A class with __slots__ behaves normally for the attributes it names.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = P(3, -4)
print(p.x, p.y, p.norm1())
p.x = 10
print(p.x, p.norm1(), isinstance(p, P))
q = P(1, 1)
q.y = 7
print(q.y, p.y, [o.norm1() for o in (p, q)])
