# inheritance: overriding properties, super() through several levels, class attributes through instances
class Shape:
    count = 0
    sides = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
        self.count += 100           # creates an instance attribute from the class value
    @property
    def area(self):
        return 0.0
    @property
    def label(self):
        return f"{self.name}({self.sides})"
    def describe(self):
        return f"{self.label} area={self.area:.2f}"
    def __eq__(self, other):
        return type(self) is type(other) and self.name == other.name
    def __hash__(self):
        return hash((type(self).__name__, self.name))
    def __lt__(self, other):
        return self.area < other.area
class Rect(Shape):
    sides = 4
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    def scale(self, k):
        return type(self)(self.w * k, self.h * k)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, name="square")
    @property
    def label(self):
        return "SQ:" + super().label
    def describe(self):
        return super().describe().upper()
class Circle(Shape):
    def __init__(self, r):
        super(Circle, self).__init__("circle")
        self.r = r
    @property
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(2), Circle(1), Square(3).scale(2) if False else Square(1)]
for s in shapes:
    print(s.describe(), s.count, Shape.count)
print(sorted(shapes)[0].name, max(shapes).name, len(set(shapes + [Square(2)])))
print(Square(2) == Square(2), Square(2) == Rect(2, 2), Rect(2, 2) != Rect(2, 2, "rect"))
print([type(s).__name__ for s in sorted(shapes, key=lambda s: (-s.sides, s.area))])
print(Square.__mro__[1].__name__, isinstance(Square(1), Rect), issubclass(Circle, Rect))
print(Rect(1, 2).scale(3).area, type(Square(2).scale(2)).__name__ if False else "skip")
try:
    Square(2).scale(2)
except TypeError as e:
    print("TypeError", e)
class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "base"
class Mixinless(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mixinless")
    def hello(self):
        return "child>" + super().hello()
class Leaf(Mixinless):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
    def hello(self):
        return "leaf>" + super().hello()
print(Leaf().log, Leaf().hello())
class Registry:
    items = []
    def add(self, x):
        self.items.append(x)        # shared class list
        return self
r1, r2 = Registry(), Registry()
r1.add(1); r2.add(2)
print(Registry.items, r1.items is r2.items)
class Counter:
    n = 0
    def inc(self):
        self.n += 1                 # instance shadows class
        return self.n
c1, c2 = Counter(), Counter()
print(c1.inc(), c1.inc(), c2.inc(), Counter.n)
class WithClassMethod:
    instances = 0
    @classmethod
    def create(cls):
        cls.instances += 1
        return cls()
class Sub(WithClassMethod):
    pass
Sub.create(); Sub.create(); WithClassMethod.create()
print(WithClassMethod.instances, Sub.instances)
