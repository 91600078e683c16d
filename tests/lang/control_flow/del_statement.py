# del on names, attributes, dict keys and several targets at once.
a, b, c = 1, 2, 3
del a, b
try:
    a
except NameError as e:
    print(type(e).__name__, e)
print(c)
class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x
print(hasattr(o, "x"), o.y)
d = {"k": 1, "j": 2, "m": 3}
del d["k"], d["m"]
print(d)
lst = [1, 2, 3]
del lst[0], lst[0]
print(lst)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del o.nope
except AttributeError as e:
    print(type(e).__name__, e)
