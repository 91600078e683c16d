# A generator function runs lazily, pausing at each yield; locals survive between yields.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
g = count_up(2)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(next(g, "exhausted"))
print(list(count_up(3)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
