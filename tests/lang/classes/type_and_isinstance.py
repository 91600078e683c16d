# type() of values and instances; isinstance and issubclass with tuples.
class Animal: pass
class Cat(Animal): pass
c = Cat()
print(type(c), type(Cat), type(1), type("s"), type(None), type([]), type(len))
print(isinstance(c, Cat), isinstance(c, Animal), isinstance(c, (int, Animal)), isinstance(c, (int, str)))
print(issubclass(Cat, Animal), issubclass(Animal, Cat), issubclass(Cat, (int, object)), issubclass(Cat, Cat))
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", object))
print(type(c) == Cat, type(c) is Animal, type(type(c)).__name__, Cat.__name__, c.__class__.__name__)
try:
    isinstance(c, "Cat")
except TypeError as e:
    print(type(e).__name__, e)
