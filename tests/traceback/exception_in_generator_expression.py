# An error inside a generator expression consumed by sum().
rows = [[1, 2], [3], []]
print(sum(r[0] for r in rows))
