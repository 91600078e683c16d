# super() reaches the parent's methods, including __init__, through several levels.
class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base.__init__"]
    def greet(self):
        return "Base greets " + self.name
    def kind(self):
        return "base"
class Mid(Base):
    def __init__(self, name, level):
        super().__init__(name)
        self.level = level
        self.log.append("Mid.__init__")
    def greet(self):
        return super().greet() + " via Mid"
class Leaf(Mid):
    def __init__(self):
        super().__init__("leaf", 3)
        self.log.append("Leaf.__init__")
    def greet(self):
        return super().greet() + " via Leaf"
    def kind(self):
        return "leaf/" + super().kind()
x = Leaf()
print(x.greet(), x.kind(), x.level, x.log)
print(isinstance(x, Base), issubclass(Leaf, Mid), Mid("m", 1).greet())
class Child(Base):
    pass
c = Child("kid")
print(c.greet(), c.log)
print(Leaf.__name__, type(x).__name__)
