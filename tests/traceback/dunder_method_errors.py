# Errors inside dunder methods called by operators.
class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + other.x)

    def __repr__(self):
        return "Vec(%r)" % self.x


a = Vec(1)
print(a + Vec(2))
b = a + 3
