# __getattr__ is called only for attributes not found normally.
class Proxy:
    def __init__(self, target):
        self.target = target
        self.misses = []
    def __getattr__(self, name):
        self.misses.append(name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.misses, p.count(3), p.misses)
class Dyn:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.x_hello, getattr(d, "x_y"), hasattr(d, "x_z"), hasattr(d, "other"), getattr(d, "q", "dflt"))
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
