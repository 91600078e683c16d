# getattr with default, setattr, hasattr and delattr-via-del on instances and classes.
class Box:
    color = "red"
b = Box()
print(getattr(b, "color"), getattr(b, "size", 0), hasattr(b, "size"))
setattr(b, "size", 3)
print(b.size, getattr(b, "size", 0), hasattr(b, "size"))
setattr(Box, "shape", "cube")
print(b.shape, Box.shape)
del b.size
print(hasattr(b, "size"))
for name in ["color", "shape", "nope"]:
    print(name, getattr(b, name, None))
try:
    getattr(b, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
