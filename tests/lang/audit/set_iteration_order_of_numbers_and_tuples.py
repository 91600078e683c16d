# set iteration order for ints, negative ints, big ints, floats and tuples through growth and deletions
import random
rng = random.Random(11)
s = set()
for step in range(2000):
    v = rng.randint(-500, 5000)
    if rng.random() < 0.3 and s:
        s.discard(rng.choice(sorted(s)))
    else:
        s.add(v)
    if step % 400 == 0:
        print(list(s)[:40])
print(len(s), list(s)[:60])
print(list({2 ** 61 - 1, 2 ** 61, 2 ** 70, -2 ** 61, 10 ** 20, 7, -1, -2}))
print(list({0.5, 1.5, 2.25, -0.0, 1e10, 3.0, 1e-5, float("inf")}))
# (None hashes by its address in CPython 3.11, so a tuple holding it has no
# fixed place: it is only looked up.)
print(list({(1, 2), (2, 1), (0, 0), (5, -5), (1, (2, 3)), (), (True, False)}))
print((None,) in {(1, 2), (None,), ()}, (None, 1) in {(None,)})
print(list(frozenset(range(100, 0, -7))))
s2 = set(range(50))
for i in range(0, 50, 3):
    s2.remove(i)
s2.update(range(100, 120))
print(list(s2))
print(list({x * 37 % 101 for x in range(60)}))
d = {}
for i in range(30):
    d[i * 7 % 13, i] = i
print(list(set(d)))
s3 = {1, 2, 3}
s3 |= {1000, 2000}
s3 &= {2, 1000, 3}
s3 ^= {5, 3}
print(s3, s3 - {5}, {9, 8} | s3, s3.union(range(20, 10, -3)))
