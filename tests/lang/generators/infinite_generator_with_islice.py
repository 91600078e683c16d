# Infinite generators consumed partially keep their state.
import itertools
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print(list(itertools.islice(p, 10)))
print(list(itertools.islice(p, 5)))
print(next(p))
