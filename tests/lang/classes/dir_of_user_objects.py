# dir() of a user instance lists its attributes and methods, sorted.
class Shape:
    sides = 0
    def __init__(self):
        self.name = "shape"
    def area(self):
        return 0
class Square(Shape):
    sides = 4
    def __init__(self, s):
        super().__init__()
        self.s = s
    def area(self):
        return self.s ** 2
sq = Square(3)
print([n for n in dir(sq) if not n.startswith("__")])
print([n for n in dir(Square) if not n.startswith("__")])
print("area" in dir(sq), "__init__" in dir(sq), dir(sq) == sorted(dir(sq)))
def f():
    local_b = 1
    local_a = 2
    return dir()
print(f())
