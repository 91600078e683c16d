# Indexing, negative indices and the errors of out-of-range and item assignment.
s = "python"
print(s[0], s[5], s[-1], s[-6], s[2:4], s[-3:])
try:
    s[6]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "P"
except TypeError as e:
    print(type(e).__name__, e)
print("P" + s[1:], s.upper(), s)
for i, c in enumerate("abc"):
    print(i, c)
print(list("hey"), tuple("ab"), [c * 2 for c in "xyz"])
