# +, *, +=, in, ==, < on lists, and the aliasing of repeated nested lists.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
print([0] * 3, [1, 2] * 2, 3 * ["x"], [] * 5, [1] * -1)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 9
print(grid2)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [] < [0])
print(2 in [1, 2], [2] in [[2]], 5 not in [1])
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
