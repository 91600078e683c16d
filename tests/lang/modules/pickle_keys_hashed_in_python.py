# Dict keys and set elements whose hash is Python code come back from loads.
import pickle
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return isinstance(o, K) and o.n == self.n
    def __repr__(self): return "K(%d)" % self.n
d = {1: "a", K(2): "b", "c": 3, K(4): [K(2)]}
s = {K(1), K(2), 3}
x = pickle.loads(pickle.dumps((d, s)))
print(x[0], sorted(x[1], key=repr))
print(x[0][K(2)], K(4) in x[0])
