# An exception in __enter__ skips the body and __exit__; one in __exit__ replaces the body's.
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise KeyError("exit failed")
try:
    with BadEnter():
        print("body should not run")
except RuntimeError as e:
    print("caught", e)
try:
    with BadExit():
        raise ValueError("body failed")
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))
class Selective:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, LookupError)
for exc in [KeyError("k"), IndexError("i"), ValueError("v")]:
    try:
        with Selective():
            raise exc
        print("suppressed", type(exc).__name__)
    except ValueError as e:
        print("escaped", repr(e))
