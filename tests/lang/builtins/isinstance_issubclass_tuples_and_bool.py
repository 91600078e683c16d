# isinstance/issubclass with nested tuples and built-in types, bool being an int.
print(isinstance(1, (str, (float, int))), isinstance("x", ()), isinstance(None, type(None)))
print(isinstance([], (list, tuple)), isinstance({}, dict), isinstance(range(1), range))
print(issubclass(bool, int), issubclass(int, bool), issubclass(bool, (str, int)), issubclass(float, object))
print(isinstance(int, type), isinstance(type, object), isinstance(ValueError("x"), Exception))
try:
    issubclass(5, int)
except TypeError as e:
    print(type(e).__name__, e)
