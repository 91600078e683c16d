# find / rfind / index / rindex with start and end, and the ValueError of index.
s = "hello world, hello there"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.find("o", 5), s.find("o", 5, 7))
print(s.index("world"), s.rindex("l"), s.find(""), s.rfind(""), s.find("h", -5))
print("in" in s, "xyz" not in s, s.find("there", 0, 10), s.rfind("o", 0, 10))
try:
    s.index("zzz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("zzz")
except ValueError as e:
    print(e)
