# getstate/setstate replay the same sequence.
import random
random.seed(3)
state = random.getstate()
first = [random.randint(1, 1000) for _ in range(5)]
random.setstate(state)
second = [random.randint(1, 1000) for _ in range(5)]
print(first, second, first == second)
print(random.random())
random.setstate(state)
print(random.randint(1, 1000) == first[0], [random.choice("abc") for _ in range(4)])
