# e.args, str(e) and repr(e) for zero, one and several arguments.
for args in [(), ("one",), ("a", 2), (None,), (42,), ([1, 2],)]:
    e = ValueError(*args)
    print(repr(e), "|", str(e), "|", e.args, len(e.args))
k = KeyError("key")
print(str(k), repr(k), str(KeyError()), str(KeyError("a", "b")), str(IndexError("i")))
e = Exception("x")
e.args = ("changed", 1)
print(e, e.args)
