# Class attributes are shared until an instance assigns its own; mutation vs rebinding.
class Dog:
    kind = "canine"
    tricks = []
    def __init__(self, name):
        self.name = name
a, b = Dog("rex"), Dog("fido")
print(a.kind, b.kind, Dog.kind)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
Dog.kind = "dog"
print(a.kind, b.kind)
a.tricks.append("roll")
print(b.tricks, Dog.tricks is a.tricks)
del a.kind
print(a.kind, hasattr(a, "name"), hasattr(a, "age"), getattr(b, "name"))
try:
    a.age
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog.missing
except AttributeError as e:
    print(type(e).__name__, e)
