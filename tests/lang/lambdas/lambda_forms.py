# Lambdas with defaults, *args, conditional bodies, immediate calls and as sort keys.
square = lambda x: x * x
add = lambda a, b=10: a + b
variadic = lambda *a, **k: (a, k)
print(square(7), add(1), add(1, 2), variadic(1, 2, z=3), (lambda: "now")())
classify = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([classify(n) for n in (-1, 0, 1)])
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])), list(filter(lambda s: s, ["", "a", ""])))
print((lambda f, n: f(f, n))(lambda self, n: 1 if n == 0 else n * self(self, n - 1), 10))
print(type(square).__name__, square.__name__)
