# Dict and set comprehensions, including key collisions and filters.
words = ["apple", "bob", "cat", "avocado", "banana"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print(sorted({len(w) for w in words}), {x % 3 for x in range(10)})
print({(i, j): i * j for i in range(2) for j in range(2)})
inverse = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverse)
