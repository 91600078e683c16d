# bytes literals, constructors, indexing (ints), slicing, repr escapes and concatenation.
b = b"hello\x00\xffworld"
print(b, len(b), b[0], b[-1], b[5], b[:5], b[6:7], type(b[0]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes("héllo", "utf-8"), bytes(range(5)))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc" == b"abc")
print(repr(b"'"), repr(b'"'), repr(b"\t\n\r\\"), b"\x7f\x80", list(b"AZ"))
print(b"abc" < b"abd", bytes(b"copy"), b"".join([b"a", b"b"]), b"x" != "x")
try:
    b"abc" + "def"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
