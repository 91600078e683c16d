# A seeded generator gives CPython's sequence for every function.
import random

random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randrange(0, 50, 5), random.getrandbits(70))
print(random.choice('abcdefg'), random.choices(range(10), k=4), random.choices('ab', [9, 1], k=5))
deck = list(range(12))
random.shuffle(deck)
print(deck, random.sample(deck, 4), random.sample(range(10 ** 9), 3))
print(random.uniform(-1, 1), random.triangular(0, 10, 3), random.gauss(0, 1), random.gauss(0, 1))
print(random.normalvariate(10, 2), random.expovariate(0.5), random.lognormvariate(0, 1))
print(random.betavariate(2, 3), random.gammavariate(2.5, 1), random.vonmisesvariate(0, 1))
print(random.paretovariate(2), random.weibullvariate(1, 1.5))

r = random.Random(2024)
print([r.randint(1, 6) for _ in range(20)])
print(r.sample(['gold', 'gem', 'key', 'map'], counts=[3, 1, 1, 2], k=4))
