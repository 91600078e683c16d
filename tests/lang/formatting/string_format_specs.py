# Format specs on strings: alignment, fill, width, precision (truncation).
s = "jumpgate"
for spec in ["", "s", "12", "<12", ">12", "^12", "*^12", "-<12", ".4", "10.3", ">10.2s", "^3"]:
    print(repr(spec), "[" + format(s, spec) + "]")
print("[" + format("", "5") + "]", "[%s]" % format("é日", "^6"))
try:
    format("abc", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(12, "s")
except ValueError as e:
    print(type(e).__name__, e)
