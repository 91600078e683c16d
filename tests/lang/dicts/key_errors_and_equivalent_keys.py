# KeyError reprs its key; 1, 1.0 and True are the same key; unhashable keys raise.
d = {1: "one"}
d[1.0] = "float one"
d[True] = "true"
print(d, len(d))
for key in ["missing", 42, (1, 2), None, "quote's"]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[{}]
except TypeError as e:
    print(e)
