# raise ... from None hides the context; __context__ set by hand is printed.
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise KeyError(s) from None


try:
    convert("x")
except KeyError as e:
    err = e
err2 = RuntimeError("wrapped")
err2.__context__ = err
raise err2
