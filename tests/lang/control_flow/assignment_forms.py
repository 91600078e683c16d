# Chained, augmented, annotated, subscript and attribute assignments.
a = b = c = 5
a += 1
print(a, b, c)
x = [0, 0, 0]
i = 0
i, x[i] = 1, 9
print(i, x)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 10
print(d)
class O: pass
o = O()
o.v = [1]
o.v += [2]
o.v[0] *= 5
print(o.v)
m: int = 3
m **= 2
print(m)
s = "ab"
s *= 2
s += "!"
print(s)
t = (1, 2)
first, second = t
first += second
print(first, t)
