# Common bytes methods: decode, hex, fromhex, split, strip, find, replace, upper, startswith.
b = b"  Hello, Bytes World  "
print(b.strip(), b.split(), b.split(b","), b.lower(), b.upper(), b.replace(b"l", b"L"))
print(b.find(b"Bytes"), b.count(b"l"), b.startswith(b"  H"), b.endswith(b"  "), b.index(b"W"))
print(b"\xde\xad\xbe\xef".hex(), bytes.fromhex("deadbeef"), bytes.fromhex("01 02 ff"))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b"a,b".partition(b","))
print(b"-".join([b"x", b"y", b"z"]), b"abc".isalpha(), b"123".isdigit(), b"ab".center(6, b"*"))
for x in b"hi":
    print(x)
