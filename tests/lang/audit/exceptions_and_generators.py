# exceptions (hierarchy, args, str/repr, chaining attributes) and generator protocol
def show(e):
    print(type(e).__name__, repr(e), str(e), e.args)

for exc in (Exception(), Exception("m"), Exception("a", 1), ValueError(5), KeyError("k"), KeyError(), KeyError("a", "b"),
            IndexError("i"), StopIteration(7), SystemExit(3), AssertionError(), RuntimeError(None), OverflowError("o"),
            NotImplementedError("ni"), RecursionError("r"), UnboundLocalError("u"), AttributeError("x"), NameError("n")):
    show(exc)
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
for a, b in ((ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
             (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (KeyboardInterrupt, Exception),
             (SystemExit, BaseException), (StopIteration, Exception), (AssertionError, Exception), (MemoryError, Exception), (Exception, BaseException)):
    print(a.__name__, b.__name__, issubclass(a, b))
print(ZeroDivisionError.__mro__ if False else [c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])

class GameError(Exception):
    def __init__(self, code, msg="bad"):
        super().__init__(msg)
        self.code = code
class MoveError(GameError):
    pass
class Plain(Exception):
    pass
class WithStr(Exception):
    def __str__(self):
        return "custom str"
for e in (GameError(1), MoveError(2, "illegal"), Plain(), Plain("x", 2), WithStr("ignored")):
    show(e)
    print(getattr(e, "code", None))
try:
    raise MoveError(3, "off board")
except GameError as e:
    print("caught base", type(e).__name__, e.code, e)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print("cause", repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during")
except RuntimeError as e:
    print("context", repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("nofrom") from None
except RuntimeError as e:
    print("from none", repr(e.__context__), e.__cause__, e.__suppress_context__)
def order():
    log = []
    for v in (0, 1, 2):
        try:
            log.append("try%d" % v)
            if v == 1:
                raise ValueError(v)
            if v == 2:
                return log
        except ValueError as e:
            log.append("except%s" % e)
        else:
            log.append("else")
        finally:
            log.append("finally")
print(order())
def fin_override():
    try:
        return "try"
    finally:
        return "finally"
print(fin_override())
def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise
        except KeyError as e2:
            return "reraised " + repr(e2)
print(reraise())
try:
    raise ValueError
except ValueError as e:
    print("class raised", repr(e), e.args)
try:
    raise TypeError("a", "b")
except (ValueError, TypeError) as e:
    print("tuple except", e)
e_var = "before"
try:
    raise ValueError("x")
except ValueError as e_var:
    pass
print("e_var" in dir())
try:
    raise Exception("with", "args")
except Exception as e:
    e.extra = 5
    print(e.extra, e.args[1], len(e.args))
e = ValueError("m")
print(e.with_traceback(None) is e)

def gen():
    received = yield 1
    print("got", received)
    try:
        yield 2
    except KeyError as k:
        print("thrown", repr(k))
        yield "after throw"
    finally:
        print("gen finally")
    return "done"
g = gen()
print(next(g), g.send("hello"), g.throw(KeyError("kk")))
try:
    next(g)
except StopIteration as s:
    print("stop value", s.value)
g2 = gen()
next(g2)
g2.close()
print("closed")
g3 = gen()
try:
    g3.send(5)
except TypeError as e:
    print(e)
def sub():
    x = yield "a"
    yield "b%s" % x
    return "subret"
def outer():
    r = yield from sub()
    yield "outer got " + r
    yield from range(2)
    yield from "xy"
o = outer()
print(next(o), o.send("!"), list(o))
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(counter(3)), sum(counter(5)), max(counter(4)), list(zip(counter(3), "ab")))
c = counter(2)
print(iter(c) is c, next(c), next(c), next(c, "end"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
gexp = (v * v for v in range(4))
print(type(gexp).__name__, list(gexp), list(gexp))
def early_stop():
    yield 1
    raise StopIteration
try:
    list(early_stop())
except RuntimeError as e:
    print("RuntimeError", e)
def gen_ret():
    return 5
    yield
try:
    next(gen_ret())
except StopIteration as e:
    print("ret", e.value)
def running():
    yield g_running.send(None) if False else 1
g_running = running()
print(list(g_running))
def thrower():
    yield 1
t = thrower()
next(t)
try:
    t.throw(ValueError("into gen"))
except ValueError as e:
    print("propagated", e)
print(next(t, "exhausted"))
def catch_close():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
cc = catch_close()
next(cc)
cc.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bc = bad_close()
next(bc)
try:
    bc.close()
except RuntimeError as e:
    print(e)
