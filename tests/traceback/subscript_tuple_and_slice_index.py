# Subscripts with a tuple index and a slice index.
class Grid:
    def __getitem__(self, key):
        return key[0] + key[1]


g = Grid()
print(g[1, 2])
print(g[1:2])
