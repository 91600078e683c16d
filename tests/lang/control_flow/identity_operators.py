# is / is not compare identity: None checks, aliases versus equal copies, singletons.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
x = None
print(x is None, x is not None, None is None, type(None) is type(x))
print(True is True, (1 == 1) is True, (not None) is True, [] is not [], () == ())
def f():
    pass
print(f() is None, f is f, print is print, len is not None)
flags = [False, 0, None, ""]
print([v is None for v in flags], [v == None for v in flags], [v is False for v in flags])
