# Exceptions propagate out of __init__, properties and dunder methods called implicitly.
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
        self.v = v
    def __eq__(self, o):
        raise RuntimeError("no comparing")
    def __len__(self):
        raise KeyError("len")
    def __repr__(self):
        raise TypeError("no repr")
for thunk in [lambda: Strict(-1), lambda: Strict(1) == 1, lambda: len(Strict(1)),
              lambda: [Strict(1)].index(0), lambda: repr([Strict(1)]), lambda: bool(Strict(2)),
              lambda: Strict(1) in [1]]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)
