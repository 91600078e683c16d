# random.seed(n) gives CPython's Mersenne Twister sequence for random().
import random
random.seed(42)
print([random.random() for _ in range(5)])
random.seed(0)
print(random.random(), random.random())
random.seed(12345)
a = [random.random() for _ in range(3)]
random.seed(12345)
b = [random.random() for _ in range(3)]
print(a == b, a)
random.seed(2 ** 100)
print(random.random())
random.seed(-7)
print(random.random())
