# Nested subscripts: the outer or the inner one fails.
grid = [[1, 2], [3, 4]]
index = {"row": 1}
print(grid[index["row"]][0])
print(grid[index["col"]][0])
