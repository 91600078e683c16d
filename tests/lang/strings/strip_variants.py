# strip, lstrip, rstrip with default whitespace and explicit character sets.
s = " \t\n hello world \r\n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("x"), "xxhixyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("   ".strip()), "www.example.com".strip("cmowz."), "--a--".strip("-"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "a".removeprefix("b"))
