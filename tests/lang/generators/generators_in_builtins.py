# Generators feed zip, enumerate, map, filter, sorted, dict and str.join lazily.
def letters():
    for c in "abcd":
        yield c
def nums():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip(letters(), nums())), dict(zip(letters(), nums())))
print(list(enumerate(letters(), 1)), "-".join(letters()), sorted(letters(), reverse=True))
print(list(map(str.upper, letters())), list(filter(lambda c: c > "b", letters())))
total = 0
for v in nums():
    if v > 5:
        break
    total += v
print(total, sum(n for n, _ in zip(nums(), range(4))))
print(max(letters()), min(letters()), "c" in letters(), any(c == "z" for c in letters()))
