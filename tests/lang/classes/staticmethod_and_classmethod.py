# @staticmethod takes no self; @classmethod receives the class, including subclasses.
class Temp:
    unit = "C"
    def __init__(self, deg):
        self.deg = deg
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit
class Kelvin(Temp):
    unit = "K"
print(Temp.c_to_f(100), Temp(0).c_to_f(-40), Temp.from_f(212).deg)
k = Kelvin.from_f(32)
print(type(k).__name__, k.deg, Kelvin.describe(), Temp.describe(), k.describe())
print(Kelvin.c_to_f(0), Temp.unit, Kelvin.unit)
f = Temp.c_to_f
print(f(10), Kelvin.from_f(50).deg)
