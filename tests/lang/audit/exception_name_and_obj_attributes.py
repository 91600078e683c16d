# AttributeError.name/.obj and NameError.name (set by CPython 3.10+ when the error is raised)
try:
    None.missing
except AttributeError as e:
    print(e.name, e.obj)
try:
    undefined_name
except NameError as e:
    print(e.name)
print(AttributeError("m", name="n", obj=5).name, NameError("x", name="y").name)
try:
    import nothing_at_all
except ImportError as e:
    print(e.name)
try:
    from math import nope
except ImportError as e:
    print(repr(e.name), repr(e.path), repr(e.msg))
e = ImportError('m', name='n', path='p')
print(e.name, e.path, e.msg, e.args)
e = AttributeError('m')
print(e.name, e.obj)
e.name = 'z'
e.obj = [1]
print(e.name, e.obj, e.args)
for make in (lambda: ImportError(x=1), lambda: AttributeError(x=1), lambda: NameError(obj=1),
             lambda: ValueError(name=1)):
    try:
        make()
    except TypeError as t:
        print(t)
