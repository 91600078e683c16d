# Several with-items enter left to right and exit right to left.
class R:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
with R("a") as a, R("b") as b, R("c"):
    print("body", a.name, b.name)
try:
    with R("x"), R("y"):
        raise ValueError("v")
except ValueError:
    print("handled")
with (R("p") as p,
      R("q") as q):
    print("parenthesised", p.name, q.name)
