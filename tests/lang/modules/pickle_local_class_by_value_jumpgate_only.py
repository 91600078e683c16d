# expect-error: RuntimeError: pickle ok: 2 L 5 True
# jumpgate only (CPython refuses local classes): a class its module does not
# name is pickled by value, with its methods, and its instances with it.
import pickle
def f():
    class L:
        x = 1
        def m(self):
            return self.x + 1
    o = L()
    o.y = 5
    return o
a = f()
o, o2 = pickle.loads(pickle.dumps([a, a]))
raise RuntimeError(f"pickle ok: {o.m()} {type(o).__name__} {o.y} {o is o2}")
