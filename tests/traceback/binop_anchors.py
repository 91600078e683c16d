# A binary operator failing deep in an expression: '~' under the operands, '^' under it.
def add_values(a, b, c, d):
    return a + b + c + d


print(add_values(1, 2, 3, 4))
print(add_values(1, 2, None, 4))
