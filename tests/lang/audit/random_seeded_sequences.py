# random: seeded sequences of every function a game uses, equal to CPython's
import random
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

for seed in (0, 1, 42, 2 ** 40, -7, "hello", b"seed", 3.5, None):
    if seed is None:
        continue
    random.seed(seed)
    print("seed", repr(seed))
    print(" random", [random.random() for _ in range(3)])
    print(" randint", [random.randint(1, 6) for _ in range(10)])
    print(" choice", [random.choice("abcdefg") for _ in range(5)], random.choice([10, 20, 30]), random.choice(range(100)))
    xs = list(range(10))
    random.shuffle(xs)
    print(" shuffle", xs)
    print(" uniform", [random.uniform(-1, 1) for _ in range(2)], random.uniform(5, 5), random.uniform(10, 0))
    print(" randrange", random.randrange(10), random.randrange(5, 10), random.randrange(0, 100, 7), random.randrange(10, 0, -2), random.randrange(2 ** 70))
    print(" sample", random.sample(range(100), 5), random.sample("abcdef", 3), random.sample([1, 2, 3], k=3))
    print(" getrandbits", random.getrandbits(1), random.getrandbits(32), random.getrandbits(100))
    print(" choices", random.choices("abc", k=5), random.choices(range(5), weights=[1, 0, 0, 0, 5], k=4), random.choices("xy", cum_weights=[1, 2], k=3))
    print(" gauss", random.gauss(0, 1), random.normalvariate(10, 2))
    print(" expo", random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3))
    print(" big", random.randint(-10 ** 20, 10 ** 20), random.randrange(-5, 5))

r1 = random.Random(99)
r2 = random.Random(99)
t("instances", lambda: ([r1.random() for _ in range(2)] == [r2.random() for _ in range(2)], r1.randint(0, 100), r2.choice("xyz")))
state = r1.getstate()
a = [r1.random() for _ in range(3)]
r1.setstate(state)
t("state", lambda: a == [r1.random() for _ in range(3)])
random.seed(3)
t("shuffle strs", lambda: (lambda l: (random.shuffle(l), l)[1])(["a", "b", "c", "d", "e"]))
t("randint bad", lambda: random.randint(5, 1))
t("randint float", lambda: random.randint(1.5, 3))
t("randrange empty", lambda: random.randrange(0))
t("randrange empty2", lambda: random.randrange(5, 5))
t("randrange step0", lambda: random.randrange(0, 10, 0))
t("choice empty", lambda: random.choice([]))
t("sample too big", lambda: random.sample([1, 2], 3))
t("sample neg", lambda: random.sample([1, 2], -1))
t("sample set", lambda: random.sample({1, 2}, 1))
t("shuffle tuple", lambda: random.shuffle((1, 2)))
t("choices bad weights", lambda: random.choices("ab", weights=[1], k=2))
t("choices both", lambda: random.choices("ab", weights=[1, 1], cum_weights=[1, 2]))
t("getrandbits neg", lambda: random.getrandbits(-1))
t("uniform ints", lambda: random.uniform(1, 2) < 2)
random.seed(12345)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hand = deck[:5]
print("hand", hand)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(20)]
print("rolls", rolls, sum(rolls))
grid = [[random.choice(".#~") for _ in range(8)] for _ in range(3)]
print("\n".join("".join(row) for row in grid))
print("walk", [round(random.gauss(0, 1), 3) for _ in range(4)])
