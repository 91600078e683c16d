# Name lookup goes Local, Enclosing, Global, Builtin; shadowing builtins is local to a scope.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    def local():
        x = "local"
        return x
    return inner(), local()
print(outer(), x)
def uses_len(v):
    return len(v)
def shadows_len(v):
    len = lambda s: "shadowed"
    return len(v)
print(uses_len("abc"), shadows_len("abc"), len("ab"))
list = "not a list"
print(list)
del list
print(list("ab"))
