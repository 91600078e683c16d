# r, b, f prefixes, escapes and implicit concatenation of adjacent literals.
x = 7
print("tab:\there", 'quote:\'', "dq:\"", "back\\slash")
print(r"raw\n\t\\", R'raw2\d')
print(b"bytes\x00\xff", B'abc', rb"\x00", br"\n")
print(f"x={x}", F"{x*2}", rf"\d{x}", fr"{x}\n")
print("con" "cat" 'en' "ation", "a" f"{x}" "b")
print("\x41\u00e9\U0001F600\101\N{GREEK SMALL LETTER ALPHA}")
print(len("\u00e9"), len("\U0001F600"), len(r"\u00e9"))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr("\n\t\r\x00\x7f"))
