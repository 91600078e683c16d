# A lambda called through sorted().
items = [3, "a", 1]
print(sorted(items, key=lambda x: x + 1))
