# Big products, sums and comparisons between big and small ints.
import math
f = math.factorial(50)
print(f)
print(f // math.factorial(48), f % (10 ** 9 + 7), f > 10 ** 64, f < 10 ** 65)
s = sum(range(10 ** 6)) * 10 ** 20
print(s, s - 10 ** 20 * 499999500000)
print(abs(-f) == f, -f + f, f * 0, f - f + 1, f // f)
fib = [0, 1]
for i in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300], len(str(fib[300])))
print(max(2 ** 65, 3, -2 ** 70), min(2 ** 65, 3, -2 ** 70), sorted([2 ** 64, -1, 2 ** 63]))
