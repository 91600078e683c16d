# expression forms and statements of the subset, in one pass
import math
x = 10
print(7 // 2, -7 // 2, 7 % -3, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, 10 / 4, 1e-9, 1_000_000, 0x_ff, 0o17, 0b1010, 1.5e3, .5, 5., 1E+2)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 4, 256 >> 3, -1 >> 10)
print(1 < x < 20, 1 < x > 20, x == 10 != 11, 1 <= 1 < 2 <= 2, "a" < "b" < "c" > "a")
print(1 in [1], 2 not in (1,), None is None, x is not None, not x, not not x)
print(0 or "" or [] or "last", 1 and "yes", 0 and 1 / 0, [] or {}, "a" and "b" or "c", None or 0)
print("big" if x > 5 else "small", "a" if 0 else "b" if 0 else "c")
if (n := len("hello")) > 3:
    print("walrus", n)
print([y for v in range(5) if (y := v * 2) > 4], y)
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(data[1:5], data[::2], data[::-1], data[-3:], data[5:1:-1], data[:100], data[100:], data[-100:2])
data[1:3] = [10, 20, 30]
del data[::3]
print(data)
data[0], data[-1] = data[-1], data[0]
print(data)
a, *b, c = range(6)
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, [t, *u]] = ["S", "TUV"]
print(s, t, u)
first, *rest = "hello"
print(first, rest)
*init, last = [1]
print(init, last)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
m = n = o = []
m.append(1)
print(m, n, o, m is o)
cnt = 5
cnt += 2; cnt -= 1; cnt *= 3; cnt //= 4; cnt **= 2; cnt %= 7; cnt <<= 3; cnt >>= 1; cnt |= 1; cnt &= 13; cnt ^= 6
print(cnt)
f = 7.0
f /= 2
print(f)
s2 = "ab"
s2 += "cd"
s2 *= 2
print(s2)
lst = [1]
lst += (2, 3)
lst *= 2
print(lst)
dd = {"k": [1]}
dd["k"] += [2]
dd["n"] = dd.get("n", 0) + 1
print(dd)
class Obj: pass
ob = Obj()
ob.v = 1
ob.v += 5
ob.lst = [0, 0]
ob.lst[1] += 3
print(ob.v, ob.lst)
del ob.v
print(hasattr(ob, "v"))
annotated: int = 5
unset: str
print(annotated, "unset" in dir())
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({v % 3 for v in range(10)})
print(sum(i * i for i in range(5)), max((len(w), w) for w in "a bb ccc".split()))
print([[c * r for c in range(3)] for r in range(2)])
print(*[1, 2], *"ab", sep="|")
print({**{"a": 1}, **{"b": 2}}, [*range(2), *(5,)], (*"xy",), {*"aa", *"b"} == {"a", "b"})
print(r"raw\n", b"by\x00", f"{x}", "con" "cat" 'ed', """tri
ple""", '''single
triple''')
print("tab\tnew\\n", "\x41\u00e9\U0001F600\N{BULLET}", "\101", "quote\"s'")
print(f"{x!r} {x!s} {'s'!r} {x:>5} {x:<5}| {x:^6}| {x:05} {x:+} {x:x} {x:#o} {math.pi:.3f} {x * 2 = } {'nested {braces}'}")
w = 8
print(f"{math.pi:{w}.{3}f}|{'s':{'>'}{w}}|{{literal}}")
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("while", i)
else:
    print("never")
while i < 10:
    i += 1
else:
    print("while else", i)
for v in []:
    pass
else:
    print("for else empty")
for v in range(3):
    if v == 1:
        break
else:
    print("not printed")
def scope_test():
    g_val = "local"
    def inner():
        nonlocal g_val
        g_val = "changed"
    inner()
    return g_val
print(scope_test())
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
assert counter == 2, "counter"
try:
    assert counter == 3, f"counter is {counter}"
except AssertionError as e:
    print("assert", e)
pass_fn = lambda: None
print(pass_fn(), (lambda *a, **k: (a, k))(1, z=2), (lambda a, b=2, *, c=3: a + b + c)(1, c=10))
nums = [5, 3, 8]
nums.sort(key=lambda v: -v)
print(nums, sorted("bca", reverse=True))
print(type(...), ... is Ellipsis, type(NotImplemented).__name__)
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 1e300 * 10, -1e300 * 10, 3 * 1.1)
print(int("12") + float("1.5"), str(12) + "x", repr("x"), ascii("é"))
print(divmod(-7, 2), abs(-3.5), round(2.5), round(3.5), round(-2.5), round(2.675, 2))
if __name__ == "__main__":
    print("main", __name__)
