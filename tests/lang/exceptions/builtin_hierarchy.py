# The built-in exception hierarchy of the subset, checked with issubclass.
names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError",
         "LookupError", "KeyError", "IndexError", "ValueError", "TypeError", "AttributeError",
         "NameError", "UnboundLocalError", "RuntimeError", "RecursionError",
         "NotImplementedError", "StopIteration", "AssertionError", "MemoryError",
         "KeyboardInterrupt", "SystemExit"]
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           LookupError, KeyError, IndexError, ValueError, TypeError, AttributeError,
           NameError, UnboundLocalError, RuntimeError, RecursionError,
           NotImplementedError, StopIteration, AssertionError, MemoryError,
           KeyboardInterrupt, SystemExit]
for name, cls in zip(names, classes):
    parents = [n for n, c in zip(names, classes) if c is not cls and issubclass(cls, c)]
    print(name, cls.__name__ == name, parents)
