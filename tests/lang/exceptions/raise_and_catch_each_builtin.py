# Every built-in exception class of the subset can be raised, caught by its own name and by
# a parent, and reports its args and str.
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           LookupError, KeyError, IndexError, ValueError, TypeError, AttributeError,
           NameError, UnboundLocalError, RuntimeError, RecursionError,
           NotImplementedError, StopIteration, AssertionError, MemoryError,
           KeyboardInterrupt, SystemExit]
for cls in classes:
    try:
        raise cls("msg", 1)
    except cls as e:
        print(type(e).__name__, e.args, str(e), repr(e), isinstance(e, Exception))
    try:
        raise cls
    except BaseException as e:
        print(" bare:", repr(e), repr(str(e)), e.args)
