# Container protocol: __getitem__/__setitem__/__delitem__/__contains__/__len__.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, pos):
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
    def __contains__(self, pos):
        return pos in self.cells
    def __len__(self):
        return len(self.cells)
g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
print(g[0, 0], g[5, 5], (1, 2) in g, (3, 3) in g, (3, 3) not in g, len(g))
del g[0, 0]
print(len(g), (0, 0) in g)
g[1, 2] += "!"
print(g[1, 2])
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])
