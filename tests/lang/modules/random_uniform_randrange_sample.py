# Other random functions games use: uniform, randrange, sample, choices, Random instances.
import random
random.seed(7)
print(random.uniform(1, 10), random.randrange(10), random.randrange(0, 100, 5), random.randrange(3, 9))
print(random.sample(range(100), 5), random.sample("abcdefg", 3))
print(random.choices(["r", "g", "b"], k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
r = random.Random(99)
print(r.random(), r.randint(1, 6), r.choice([1, 2, 3]))
r2 = random.Random(99)
print(r2.random() == random.Random(99).random())
random.seed(7)
print(random.uniform(1, 10))
