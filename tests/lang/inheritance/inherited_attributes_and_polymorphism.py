# Attribute lookup walks the single-inheritance chain; overriding is per class.
class Shape:
    name = "shape"
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area()}"
class Rect(Shape):
    name = "rect"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    name = "square"
    def __init__(self, s):
        super().__init__(s, s)
for s in [Shape(), Rect(2, 3), Square(4)]:
    print(s.describe(), type(s).__name__, isinstance(s, Rect))
print(Square.area is Rect.area, Square.describe is Shape.describe)
