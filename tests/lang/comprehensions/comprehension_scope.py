# The loop variable of a comprehension does not leak; := binds in the enclosing scope.
x = "outer"
squares = [x * 2 for x in range(3)]
print(x, squares)
data = [1, 5, 8, 3]
if any((big := v) > 4 for v in data):
    print("first big:", big)
total = 0
sums = [total := total + v for v in data]
print(sums, total)
def f():
    ys = [y for y in range(3)]
    try:
        return y
    except NameError as e:
        return str(e)
print(f(), ys if False else "ok")
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs2])
