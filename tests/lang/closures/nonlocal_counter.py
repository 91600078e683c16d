# nonlocal rebinds a variable of the enclosing function; each closure has its own cell.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc1, get1 = make_counter()
inc2, get2 = make_counter(100)
print(inc1(), inc1(), inc1(5), get1(), inc2(), get2(), get1())
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x *= 10
        inner()
        inner()
        return x
    return mid()
print(outer())
def acc():
    total = 0
    def add(v):
        nonlocal total
        total = total + v
        return total
    return add
a = acc()
print([a(v) for v in (1, 2, 3)], acc()(10))
