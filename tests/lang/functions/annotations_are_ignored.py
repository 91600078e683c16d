# Annotations on parameters, returns and variables parse and have no runtime effect.
def f(a: int, b: "str" = "x", *args: float, k: list = None, **kw: dict) -> bool:
    return (a, b, args, k, kw)
print(f(1), f(1, 2, 3.0, k=[1], z=0))
x: int = "not an int"
y: list[int] = [1]
print(x, y)
z: float
try:
    print(z)
except NameError as e:
    print(type(e).__name__, e)
class C:
    attr: int = 5
    other: str
print(C.attr, hasattr(C, "other"))
