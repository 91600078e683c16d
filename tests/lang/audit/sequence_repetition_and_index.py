# sequence repetition with __index__ counts, reflected __rmul__, and the non-int error message
class Idx:
    def __index__(self): return 2
class D:
    pass
class BadIdx:
    def __index__(self): return "x"
class M:
    def __rmul__(self, o): return "rmul"
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))
for s in ("ab", b"ab", [1], (1,)):
    t("rep", lambda: (s * Idx(), Idx() * s))
    t("rep D", lambda: s * D())
    t("rep D r", lambda: D() * s)
    t("rep bad", lambda: s * BadIdx())
    t("rep M", lambda: s * M())
    def inpl():
        x = s
        x *= Idx()
        return x
    t("inplace", inpl)
    def inpl2():
        x = s
        x *= D()
        return x
    t("inplace D", inpl2)
    t("rep float", lambda: s * 2.0)
    t("rep none", lambda: None * s)
class S(str):
    pass
class R:
    def __radd__(self, o): return "radd:" + o
    def __rmul__(self, o): return "rmul:" + o
print(S("a") + R(), "b" + R(), S("x") * R(), "y" * R())
class T(str):
    def __add__(self, o):
        return T(super().__add__(o))
print(T("a") + "b", type(T("a") + "b").__name__)
try:
    T("a") + 1
except TypeError as e:
    print(e)
print("ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(3))
