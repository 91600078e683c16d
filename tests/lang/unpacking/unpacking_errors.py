# Wrong counts raise ValueError with CPython's exact messages; non-iterables raise TypeError.
cases = [lambda: eval_pair([1, 2, 3]), lambda: eval_pair([1]), lambda: eval_triple_star([1]),
         lambda: eval_pair(5)]
def eval_pair(v):
    a, b = v
    return a, b
def eval_triple_star(v):
    a, b, *c = v
    return a, b, c
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, b = "abc"
except ValueError as e:
    print(e)
