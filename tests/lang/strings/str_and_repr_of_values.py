# str() and repr() of built-in values, including nested containers and strings with quotes.
vals = [1, -2.5, "text", 'it\'s', None, True, [1, "a"], (1,), {"k": "v"}, b"by", {1, 2},
        frozenset(), range(3), "multi\nline", "tab\t", "\\", ""]
for v in vals:
    print(str(v), "|", repr(v))
print(str(), repr(""), str(123456789), str(-0.0))
