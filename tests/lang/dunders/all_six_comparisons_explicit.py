# All six rich comparison methods defined explicitly, including a __ne__ that is not !__eq__.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o): print("eq", end=" "); return self.parts == o.parts
    def __ne__(self, o): print("ne", end=" "); return self.parts != o.parts
    def __lt__(self, o): print("lt", end=" "); return self.parts < o.parts
    def __le__(self, o): print("le", end=" "); return self.parts <= o.parts
    def __gt__(self, o): print("gt", end=" "); return self.parts > o.parts
    def __ge__(self, o): print("ge", end=" "); return self.parts >= o.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 == v2)
print(v1 != v2)
print(v1 < v2)
print(v1 <= v2)
print(v1 > v2)
print(v1 >= v2)
print()
quiet = sorted([Version(2), Version(1, 5), Version(1)], key=lambda v: v.parts)
print(quiet)
class Weird:
    def __eq__(self, o):
        return True
    def __ne__(self, o):
        return True
w = Weird()
print(w == 1, w != 1, 1 == w, 1 != w)
