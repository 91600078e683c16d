# property(fget, fset) built without decorator syntax.
class C:
    def __init__(self):
        self._x = 1
    def get_x(self):
        return self._x * 10
    def set_x(self, v):
        self._x = v + 1
    x = property(get_x, set_x)
c = C()
print(c.x)
c.x = 4
print(c.x, c._x)
c.x += 1
print(c.x, c._x)
