# repr() and format() as functions, including format with an empty spec.
print(repr(1), repr("a'b"), repr([None]), repr(2.0), repr((1, "x")), repr(b"\x01"))
print(format(3.14159, ".2f"), format(42), format("s", ">3"), format(1e6, ","), format(True))
print(format(255, "x"), format(-1.5, "+"), format(None), format([1, 2]))
try:
    format([1], "d")
except TypeError as e:
    print(type(e).__name__, e)
