# Two closures over the same variable share it; closures over mutables see mutations.
def pair():
    value = []
    def add(x):
        value.append(x)
    def read():
        return list(value)
    return add, read
add, read = pair()
add(1); add(2)
print(read())
def shared():
    n = 0
    def bump():
        nonlocal n
        n += 1
    def peek():
        return n
    return bump, peek
bump, peek = shared()
bump(); bump(); bump()
print(peek())
def cell_after_def():
    def f():
        return late
    late = "bound after def"
    return f()
print(cell_after_def())
