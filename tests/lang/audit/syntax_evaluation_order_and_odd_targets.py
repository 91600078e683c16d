# less common statement and expression forms: evaluation order, odd targets, decorators with arguments
log = []
def f(tag, v=None):
    log.append(tag)
    return v if v is not None else tag
def deco(prefix):
    def wrap(fn):
        def inner(*a, **k):
            return prefix + str(fn(*a, **k))
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco("<")
@deco("[")
def val(x, *, scale=1):
    return x * scale
print(val(3, scale=2), val.__name__)
def cls_deco(c):
    c.tagged = True
    return c
@cls_deco
class T:
    pass
print(T.tagged)
d = {}
d[f("k")] = f("v")
print(log); log.clear()
a = [0, 0, 0]
i = 0
i = a[i] = 2
print(i, a)
x = y = [1]
x += [2]
print(y)
def args(*a, **k):
    return a, k
print(args(*[1, 2], 3, *(4,), k=1, **{"m": 2}, z=3))
print(args(f("a"), f("b"), c=f("c"), **{"d": f("d")}), log); log.clear()
print([f("l1"), f("l2")][f("idx", 0)], log); log.clear()
print({f("k1"): f("v1"), f("k2"): f("v2")}, log); log.clear()
print(f("x", 1) + f("y", 2) * f("z", 3), log); log.clear()
print(f("c1", 0) or f("c2", 0) or f("c3", 5), log); log.clear()
print(f("cmp1", 1) < f("cmp2", 2) < f("cmp3", 0), log); log.clear()
[p, *q] = "hey"
(r, s), *t = [(1, 2), 3, 4]
print(p, q, r, s, t)
for k, *rest in [(1, 2, 3), (4,)]:
    print(k, rest)
class Ctx:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): return False
with Ctx() as (m, n):
    print(m, n)
nums = [1, 2, 3, 4, 5, 6]
del nums[1:5:2], nums[0]
print(nums)
obj = type("O", (), {})()
obj.items = {"a": [1, 2]}
obj.items["a"][0] += 10
print(obj.items)
g = 0
def outer():
    def inner():
        global g
        g += 5
    inner()
outer()
print(g)
funcs = [lambda i=i: i * 10 for i in range(3)]
print([fn() for fn in funcs])
print([lambda: i for i in range(2)][0]())
while (nxt := f("w", len(log))) < 3:
    pass
print(log); log.clear()
try:
    pass
except Exception:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")
print(f"{'a' if True else 'b'}", f"{ {'k': [1, 2]}['k'][1] }", f"{'{'}{'}'}", f"""{"quote's"}""", f'{"x"!r:^7}')
print(*(c for c in "abc"), sep="-")
print(1 if [] else 2 if {} else 3)
print(not 1 == 2, not (1 == 2), -2 ** -1, (-2) ** -1, 2 ** -1 ** 2)
print(0b1_0, 0o7_7, 0x_F_F, 1_0.5_0, 1e1_0)
print("a" "b" f"{1}" 'c', rb"\x" + b"y", Rb"\n", BR"q", F"{2}", fR"\{3}")
if True: print("one-liner"); print("two")
for q in range(2): print("loop", q)
class Empty: ...
def stub(): ...
print(stub(), Empty.__name__)
lst = [1, 2, 3]
lst[::-1] = [7, 8, 9]
lst[len(lst):] = [10]
print(lst)
print(list(map(lambda *xs: sum(xs), [1, 2], [3, 4], [5, 6])))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True)[0])
