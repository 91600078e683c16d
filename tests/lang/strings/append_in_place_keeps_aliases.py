# 's += x' on a local that was assigned a str literal may extend the string in
# place; every other reference to the string must keep seeing the old value.
def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s

def alias(n):
    s = ""
    keep = []
    for i in range(n):
        s += str(i)
        keep.append(s)
        t = s
        s += "-"
        keep.append(t)
    return keep

def self_add():
    s = "x"
    s += s
    s += s
    return s

def nonascii():
    s = ""
    for c in "aé😀b":
        s += c
        s += "z"
    return s

def errs():
    s = ""
    try:
        s += 5
    except TypeError as e:
        print("TypeError:", e)
    s += "ok"
    return s

def ints():
    s = ""
    s = 0
    for i in range(10):
        s += i
    return s

class Sub(str):
    pass

def sub():
    s = ""
    s += "a"
    s += Sub("b")
    return type(s).__name__, s

def gen():
    s = ""
    for i in range(3):
        s += str(i)
        yield s

print(len(build(1000)), build(3))
k = alias(5)
print(k)
print(self_add(), nonascii(), errs(), ints(), sub(), list(gen()))
