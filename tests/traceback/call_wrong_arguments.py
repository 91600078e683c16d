# A call with a bad keyword argument fails at the call site.
def move(x, y, speed=1):
    return x + y * speed


print(move(1, 2))
print(move(1, 2, sped=3))
