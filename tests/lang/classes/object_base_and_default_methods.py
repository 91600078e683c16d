# object() instances and the default __eq__/__hash__/__str__ behaviour of user classes.
o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 != o2, type(o1).__name__, isinstance(o1, object))
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a is b, hash(a) == hash(a), len({a, b, a}), str(a) == repr(a))
print(issubclass(Plain, object), Plain.__name__, Plain().__class__ is Plain)
try:
    o1.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
