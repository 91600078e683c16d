# Conditional expressions and the := operator in if, while and comprehensions.
for n in range(4):
    print(n, "even" if n % 2 == 0 else "odd", "big" if n > 2 else "small" if n > 0 else "zero")
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long list", n)
it = iter(data)
while (item := next(it, None)) is not None:
    print("item", item)
print([y for x in data if (y := x * 2) > 5], y)
print((z := 10) + z, z)
