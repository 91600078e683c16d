# Uncaught AttributeError on None.
def find(d, k):
    return d.get(k)
print(find({"a": "x"}, "a").upper())
print(find({"a": "x"}, "b").upper())
