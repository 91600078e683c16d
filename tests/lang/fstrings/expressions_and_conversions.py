# f-strings evaluate arbitrary expressions and apply !r and !s.
name = "Ada"
items = [1, 2, 3]
d = {"key": "val"}
print(f"hello {name}!", f"{name!r}", f"{name!s}", f"{len(items) * 2}")
print(f"{items[0] + items[-1]}", f"{d['key']}", f"{'nested ' + name}", f"{name.upper()}")
print(f"{1 if items else 0}", f"{[x * x for x in items]}", f"{ {'a': 1}['a'] }")
print(f"{{braces}}", f"{{{name}}}", f"a{''}b", f"")
class T:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
print(f"{T()} {T()!r} {T()!s}", f"{None} {True} {3.0}")
