# except matches by class, by tuple, by parent; the first matching clause wins.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError:
        return "lookup"
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
    except BaseException as e:
        return "base " + type(e).__name__
for exc in [KeyError("k"), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(),
            ValueError(), KeyboardInterrupt(), SystemExit(3), RecursionError(), UnboundLocalError()]:
    print(classify(exc))
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not here")
except TypeError as e:
    print("propagated", e)
