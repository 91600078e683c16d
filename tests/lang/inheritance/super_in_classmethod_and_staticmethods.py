# super() inside classmethods and overriding class attributes used by inherited methods.
class A:
    registry = []
    @classmethod
    def create(cls):
        obj = cls()
        A.registry.append(cls.__name__)
        return obj
    def who(self):
        return "A"
class B(A):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.extra = True
        return obj
    def who(self):
        return "B>" + super().who()
b = B.create()
print(type(b).__name__, b.extra, b.who(), A.registry)
a = A.create()
print(type(a).__name__, hasattr(a, "extra"), A.registry)
class C(B):
    @staticmethod
    def helper():
        return "static in C"
c = C.create()
print(type(c).__name__, c.who(), C.helper(), c.helper(), A.registry)
