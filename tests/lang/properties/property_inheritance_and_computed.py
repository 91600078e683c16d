# Properties are inherited and can be overridden; computed properties recompute each access.
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def label(self):
        return "rect"
class Sq(Rect):
    @property
    def label(self):
        return "square " + super().label
r = Sq(2, 2)
print(r.area, r.label)
r.w = 5
print(r.area, isinstance(Rect.area, property))
calls = []
class Lazy:
    @property
    def value(self):
        calls.append(1)
        return len(calls)
l = Lazy()
print(l.value, l.value, l.value, len(calls))
