# nonlocal binds the nearest enclosing function scope; global skips to the module.
v = "module"
def outer():
    v = "outer"
    def mid():
        v = "mid"
        def inner_nl():
            nonlocal v
            v = "set by inner_nl"
        def inner_gl():
            global v
            v = "set by inner_gl"
        inner_nl()
        inner_gl()
        return v
    return mid(), v
print(outer(), v)
def counter_factory():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
s1 = counter_factory()
print(s1(), s1(), v)
total = 0
def add_global(n):
    global total
    for i in range(n):
        total += i
    return total
print(add_global(5), total)
