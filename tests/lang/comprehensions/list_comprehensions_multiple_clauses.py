# List comprehensions with several for and if clauses, nesting and conditionals.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([(x, y) for x in range(4) if x > 1 for y in "ab" if y != "b" or x == 3])
print([[j for j in range(i)] for i in range(4)])
print([x if x % 2 else -x for x in range(5)], [c.upper() for c in "abc"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([n for row in matrix for n in row], [[row[i] for row in matrix] for i in range(3)])
