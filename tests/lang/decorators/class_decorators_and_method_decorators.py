# Decorators applied to classes and to methods, including ones that keep state.
def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@add_greeting
class Thing:
    pass
print(Thing().greet())
def counted(fn):
    def wrapper(self, *a):
        wrapper.calls += 1
        return fn(self, *a)
    wrapper.calls = 0
    return wrapper
class Acc:
    def __init__(self):
        self.total = 0
    @counted
    def add(self, v):
        self.total += v
        return self.total
a = Acc()
print(a.add(5), a.add(7), Acc.add.calls)
b = Acc()
print(b.add(1), Acc.add.calls, hasattr(Thing, "greet"), Thing.__name__)
