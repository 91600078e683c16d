# exception details: str/repr of built-in exceptions raised by operations, attributes, custom __str__/__init__
def catch(f):
    try:
        f()
    except BaseException as e:
        return e
errs = [catch(lambda: {}["k"]), catch(lambda: [][1]), catch(lambda: 1 / 0), catch(lambda: int("x")),
        catch(lambda: undefined), catch(lambda: None.attr), catch(lambda: next(iter([]))),
        catch(lambda: (_ for _ in ()).throw(ValueError)), catch(lambda: [].pop()), catch(lambda: "a" + 1)]
for e in errs:
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)
ke = catch(lambda: {}[(1, 2)])
print(ke.args, str(ke))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = E(1, 2)
print(repr(e), str(e), e.args, e.b)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(repr(n), str(n), n.args, n.x)
class Msg(Exception):
    def __str__(self):
        return "custom: " + str(self.args)
print(str(Msg(1, 2)), repr(Msg(1, 2)))
try:
    raise Msg("a")
except Exception as m:
    print(f"{m}", f"{m!r}", "%s" % m)
print(repr(ValueError()), repr(ValueError("")), str(ValueError("x", "y")), repr(KeyError("it's")))
print(repr(StopIteration()), repr(SystemExit(0)), repr(KeyboardInterrupt()))
try:
    raise KeyError
except KeyError as k:
    print(repr(k), k.args)
ex = ValueError("orig")
try:
    try:
        raise ex
    finally:
        print("finally while raising")
except ValueError as v:
    print(v is ex)
def gen_exc():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
g = gen_exc(); next(g); g.close()
try:
    raise ValueError("a") from KeyError("b")
except ValueError as v:
    print(repr(v.__cause__), v.__suppress_context__)
print(isinstance(ZeroDivisionError(), ArithmeticError), ZeroDivisionError.__bases__[0].__name__, LookupError.__subclasses__() if False else 0)
try:
    raise TypeError("bad") 
except (KeyError, TypeError) as t:
    print(type(t).__name__)
def nested_finally():
    for i in range(3):
        try:
            try:
                if i == 1:
                    continue
                if i == 2:
                    break
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
    return "done"
print(nested_finally())
