# str()/repr()/format()/f-strings/% of user objects and of subclasses of str, int, list, dict, tuple
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))
class P:
    def __str__(self): return "P!"
class F:
    def __format__(self, spec): return "F[" + spec + "]"
class BadF:
    def __format__(self, spec): return 5
t("str only", lambda: ("{}".format(P()), f"{P()}", format(P()), f"{P()!s:>5}"))
t("str only spec", lambda: "{:>10}".format(P()))
t("str only fspec", lambda: f"{P():>10}")
t("format", lambda: (f"{F():xyz}", "{:abc}".format(F()), format(F(), "q"), f"{F()!r:>3}"[:3]))
t("bad format", lambda: format(BadF()))
t("none spec", lambda: f"{None:>5}")
t("list spec", lambda: f"{[1]:>5}")
t("tuple spec", lambda: "{:^9}".format((1, 2)))
t("dict in fmt", lambda: "{0[a]}-{0[b]}".format({"a": 1, "b": 2}))
t("obj attr fmt", lambda: "{0.__class__.__name__}".format(P()))
t("percent obj", lambda: "%s|%r|%5s" % (P(), 1.5, P()))
t("percent d obj", lambda: "%d" % P())
t("percent f str", lambda: "%f" % "1")
t("percent .2f int", lambda: "%.2f|%5.1f|%e" % (1, 2, 3))
t("type format", lambda: f"{int}")
t("bool spec", lambda: (f"{True:>6}", f"{False:d}", f"{True:.2f}", f"{True:x}"))
class S(str): pass
t("str subclass fmt", lambda: f"{S('ab'):>4}")
class I(int): pass
t("int subclass fmt", lambda: (f"{I(5):03d}", str(I(5)), repr(I(5))))
class IR(int):
    def __repr__(self): return "IR"
t("int subclass repr", lambda: (str(IR(5)), f"{IR(5)}", "%s %d" % (IR(5), IR(5)), [IR(5)]))
class IR(int):
    def __repr__(self): return "IR"
x = IR(5)
print(repr(x), str(x), type(x).__name__, x + 1, [x], (x,), {x: 1}, f"{x!r}")
class SS(str):
    def __str__(self): return "SS!"
    def __repr__(self): return "SR!"
z = SS("abc")
print(repr(z), str(z), [z], f"{z}", "%s" % z, z.upper(), len(z))
class LL(list):
    def __repr__(self): return "LL!"
print(repr(LL([1])), str(LL([1])), [LL()], f"{LL()}")
class DD(dict):
    def __repr__(self): return "DD!"
print(repr(DD()), str(DD()), [DD()])
class TT(tuple):
    def __str__(self): return "TT!"
print(repr(TT((1,))), str(TT((1,))), [TT()])
class B(int):
    pass
print(repr(B(3)), str(B(3)), B(3) + B(4), type(B(3) + B(4)).__name__)
class SS(str):
    def __str__(self): return "SS!"
z = SS("abc")
print(format(z), format(z, ""), "{}".format(z), f"{z}", f"{z:>5}", format(z, ">5"), str.__format__(z, ""))
class LS(list):
    def __str__(self): return "LS!"
print(format(LS()), f"{LS()}", "{}".format(LS()))
class B(bytes):
    def __str__(self): return "B!"
print(f"{B(b'x')}")
