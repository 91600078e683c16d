# __repr__ and __str__ are used by print, str, repr, f-strings, format and containers.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x},{self.y}>"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
p = P(1, "a")
print(p, str(p), repr(p), [p], (p,), {"k": p})
print(f"{p}", f"{p!r}", "{}".format(p), "%s %r" % (p, p), format(p))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(p, p, sep=" | ", end=" END\n")
