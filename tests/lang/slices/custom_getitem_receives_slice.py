# __getitem__ receives ints, slice objects and tuples as written at the call site.
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[1:2], p[::3], p[1:2, 3], p[:, 0], p["k"], p[-1:])
print(type(p[1:2]).__name__, p[1:2].stop, p[::].step)
print(p[...], p[1:2:3], p[(1, 2)], p[None:None])
