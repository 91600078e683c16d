# The | and |= operators and ** unpacking in dict displays.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b}, {**a, "w": 0, **b})
a |= b
print(a)
a |= [("q", 9)]
print(a)
print(dict(a, extra=True), {**{}}, {"k": 1, **{"k": 2}})
print(a == {"x": 1, "y": 20, "z": 30, "q": 9}, {1: 2} != {1: 3}, {} == dict())
