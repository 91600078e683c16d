# str.split / rsplit with and without a separator, with maxsplit.
s = "  a  b c   d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
t = "a,b,,c,"
print(t.split(","), t.split(",", 2), t.rsplit(",", 2), t.split(",", maxsplit=1))
print(t.rsplit(",", maxsplit=0), "".split(), "".split(","), "abc".split("abc"))
print("a::b::c".split("::"), "1<>2<>3".rsplit("<>", 1), "x".split("y"))
print("line1\nline2\r\nline3".split(), "tab\tsep\tvalues".split("\t"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
