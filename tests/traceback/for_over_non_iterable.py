# Iterating over something that is not iterable.
def walk(n):
    total = 0
    for i in n:
        total += i
    return total


print(walk([1, 2]))
print(walk(5))
