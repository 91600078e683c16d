# The type names of built-in functions, methods and iterators.
for v in [len, print, "s".upper, iter([]), iter(()), iter(""), iter({}), iter(range(2)),
          reversed([]), enumerate([]), zip(), map(len, []), filter(None, [])]:
    print(type(v).__name__)
