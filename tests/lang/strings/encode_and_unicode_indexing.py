# Strings index by code point; encode gives UTF-8 bytes.
s = "héllo wörld 日本 😀"
print(len(s), s[1], s[-1], s[12:14], s[::-1])
print(s.encode(), s.encode("utf-8"), len(s.encode("utf-8")))
print("abc".encode("ascii"), b"caf\xc3\xa9".decode("utf-8"), b"caf\xc3\xa9".decode())
print(ord("é"), ord("😀"), chr(233), chr(0x1F600), chr(26085))
for ch in "aé日😀":
    print(ch, ord(ch), len(ch.encode()))
