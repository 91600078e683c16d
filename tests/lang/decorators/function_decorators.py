# Decorators with and without arguments, stacked in order, wrapping with *args/**kwargs.
def trace(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print("call", fn.__name__, args, kwargs, "->", result)
        return result
    return wrapper
def times(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b=0):
    return a + b
@times(3)
def hello(name):
    return "hi " + name
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "t"
add(1, b=2)
add(5)
print(hello("x"), text(), add.__name__)
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry, one is not None)
