# built-in functions id..zip with keyword arguments and error messages
import sys
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

class A:
    pass
class B(A):
    pass
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class Rev:
    def __len__(self): return 2
    def __getitem__(self, i): return "xy"[i]

t("id", lambda: id(A) == id(A))
t("int", lambda: (int("ff", 16), int("0o17", 0), int(" 7 "), int("-1_0"), int(x="5") if False else 0, int("Z", base=36)))
t("int bad base", lambda: int("9", 8))
t("int 0 base", lambda: int("010", 0))
t("isinstance", lambda: (isinstance(B(), A), isinstance(1, (str, int)), isinstance(True, int), isinstance(1, float), isinstance([], (tuple, (list,)))))
t("isinstance bad", lambda: isinstance(1, 5))
t("issubclass", lambda: (issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(B, (int, A)), issubclass(A, object)))
t("issubclass bad", lambda: issubclass(B(), A))
t("iter", lambda: (list(iter([1, 2])), list(iter(Seq())), list(iter(iter("ab"))), next(iter({1: 2}))))
t("iter sentinel", lambda: list(iter(iter([1, 2, 0, 3]).__next__, 0)))
t("iter bad", lambda: iter(5))
t("iter bad sentinel", lambda: iter(5, 0))
t("len", lambda: (len("abc"), len([1]), len({}), len(range(5)), len(Rev())))
t("len bad", lambda: len(A()))
t("list", lambda: list(Seq()))
t("map", lambda: (list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5]))))
t("map bad", lambda: map(len))
t("map bad2", lambda: list(map(len, 5)))
t("max", lambda: (max(3, 1), max("a", "b", key=str.upper), max([], key=len, default=None), max([(1, "a"), (1, "b")]), max([1, 3, 3], key=lambda v: 0)))
t("max mixed", lambda: max(1, "a"))
t("max bad kw", lambda: max([1], foo=1))
t("min default none", lambda: min([], default=None))
t("next", lambda: (next(iter([1])), next(iter([]), "d")))
t("next stop", lambda: next(iter([])))
t("next bad", lambda: next([1]))
t("object", lambda: (type(object()).__name__, object.__name__))
t("object attr", lambda: setattr(object(), "x", 1))
t("oct", lambda: (oct(8), oct(-8), oct(0)))
t("ord", lambda: (ord("a"), ord("\n"), ord(b"a")))
t("ord empty", lambda: ord(""))
t("ord int", lambda: ord(5))
t("pow", lambda: (pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3, 5), pow(base=2, exp=3), pow(2, 3, mod=3)))
t("pow bad", lambda: pow("a", 2))
t("pow mod float", lambda: pow(2, 3, 1.5))
def pr():
    print("a", 1, None, sep="|", end="$\n")
    print()
    print("x", end="")
    print("y")
    print(1, 2, sep=None, end=None)
    print("to", "err", file=sys.stdout)
    print(*[1, 2, 3], sep=", ")
    print("", sep="")
    print("flush", flush=True)
t("print", pr)
t("print bad sep", lambda: print("a", sep=5))
t("print bad end", lambda: print("a", end=1))
t("print bad kw", lambda: print("a", foo=1))
t("range", lambda: list(range(3, -3, -2)))
t("repr", lambda: (repr(1), repr("a"), repr([A]) .startswith("[<class"), repr(None), repr(1.0), repr(...)))
t("reversed", lambda: (list(reversed("ab")), list(reversed((1, 2))), list(reversed(Rev())), list(reversed(range(3)))))
t("reversed bad", lambda: reversed({1, 2}))
t("reversed iter", lambda: reversed(iter([1])))
t("round", lambda: (round(0.5), round(1.5), round(-1.5), round(3.14159, 3), round(10, 2), round(1e300, 2), round(-7, -1), round(5.5, None)))
t("round bad", lambda: round("a"))
t("round bad nd", lambda: round(1.5, 1.5))
t("set", lambda: set("hello") == {"h", "e", "l", "o"})
t("setattr", lambda: (setattr(A, "k", 1), A.k))
t("setattr builtin", lambda: setattr([], "x", 1))
t("slice", lambda: (slice(1, 2, 3), slice(5)))
t("sorted", lambda: (sorted([3, 1, 2]), sorted("cba"), sorted({2: 1, 1: 2}), sorted([[2], [1, 0]]), sorted([1, 2, 3], key=lambda x: -x)))
t("sorted noarg", lambda: sorted())
t("sorted bad kw", lambda: sorted([1], cmp=1))
t("str", lambda: (str(5), str("a"), str(A).startswith("<class '__main__.A'>"), str(object=3), str(b"ab", "utf-8"), str(b"ab", errors="strict")))
t("str bad enc", lambda: str(5, "utf-8"))
t("sum", lambda: (sum(range(101)), sum([0.5, 0.25]), sum([[1]], start=[0]), sum((x * x for x in range(4)))))
t("sum str", lambda: sum(["a"], ""))
t("sum bytes", lambda: sum([b"a"], b""))
t("sum bad", lambda: sum([1, "a"]))
t("tuple", lambda: tuple(Seq()))
t("type", lambda: (type(1), type("a"), type([]), type(None), type(type), type(A()), type(len), type(t), type(1.0), type(range(1)), type({}.keys())))
t("type names", lambda: [type(x).__name__ for x in (iter([]), iter(()), iter(""), iter({}), iter(set()), iter(range(1)), map(str, []), filter(None, []), zip(), enumerate([]), reversed([]), (x for x in []), {}.items(), {}.values())])
t("type 3 args", lambda: type("X", (), {}).__name__)
t("zip", lambda: (list(zip()), list(zip("ab", [1, 2, 3])), list(zip("ab", "cd", "ef")), dict(zip("ab", range(2)))))
t("zip strict", lambda: list(zip("ab", [1], strict=True)))
t("zip strict2", lambda: list(zip("a", [1, 2], strict=True)))
t("zip bad", lambda: zip(5))
t("super", lambda: super)
