# Breaking out of nested loops via flags, functions and for/else.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        if val == 6:
            found = (r, c)
            break
    if found:
        break
print(found)
def locate(target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                return r, c
    return None
print(locate(8), locate(10))
for row in grid:
    for val in row:
        if val == 5:
            break
    else:
        print("row without 5:", row)
        continue
    print("row with 5:", row)
