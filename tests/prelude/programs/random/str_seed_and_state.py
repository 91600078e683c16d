# str, bytes and float seeds; getstate/setstate replays the same numbers.
import random

for seed in ['level-1', '', 'ünïcode ✓', b'raw bytes', 3.75, -12, 2 ** 100]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randrange(1000))
r = random.Random('save')
r.gauss()
state = r.getstate()
first = [r.random(), r.gauss(), r.randint(0, 9)]
r.setstate(state)
print(first == [r.random(), r.gauss(), r.randint(0, 9)], state[0], len(state[1]))
random.seed('x', version=1)
print(random.random())
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.sample({1, 2}, 1),
            lambda: random.randint(3, 1), lambda: random.seed([1])]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
