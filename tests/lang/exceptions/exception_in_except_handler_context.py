# An exception raised while handling another records it as __context__.
class Resource:
    def close(self):
        raise OSErrorLike("close failed")
class OSErrorLike(Exception):
    pass
try:
    try:
        raise ValueError("primary")
    except ValueError:
        Resource().close()
except OSErrorLike as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
try:
    try:
        raise ValueError("a")
    finally:
        raise TypeError("from finally")
except TypeError as e:
    print(e, "| context:", repr(e.__context__))
try:
    try:
        {}["k"]
    except KeyError as first:
        try:
            [][0]
        except IndexError as second:
            raise RuntimeError("third")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
