# randint, choice and shuffle after seeding reproduce CPython's results.
import random
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice(["a", "b", "c", "d"]))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print([random.randint(0, 100) for _ in range(10)])
print([random.choice("xyz") for _ in range(10)])
big = list(range(52))
random.shuffle(big)
print(big)
print(random.randint(-(10 ** 20), 10 ** 20), random.randint(5, 5))
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
