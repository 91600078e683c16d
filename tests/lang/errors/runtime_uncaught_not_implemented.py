# Uncaught NotImplementedError raised by an abstract method.
class Shape:
    def area(self):
        raise NotImplementedError("Shape.area")
print("shape")
Shape().area()
