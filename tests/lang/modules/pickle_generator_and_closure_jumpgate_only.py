# expect-error: RuntimeError: pickle ok: [3, 6, 10] [3, 6, 10] 21 12
# jumpgate only (CPython cannot pickle generators or closures): a generator paused mid-loop and
# a closure survive pickle.dumps/loads as independent copies.
import pickle
def running_total():
    total = 0
    for i in range(5):
        total += i
        yield total
g = running_total()
next(g)
next(g)
copy = pickle.loads(pickle.dumps(g))
rest_copy = list(copy)
rest_orig = list(g)
def make_scaler(k):
    def scale(x):
        return x * k
    return scale
triple = pickle.loads(pickle.dumps(make_scaler(3)))
add = pickle.loads(pickle.dumps(lambda a, b: a + b))
raise RuntimeError(f"pickle ok: {rest_copy} {rest_orig} {triple(7)} {add(5, 7)}")
