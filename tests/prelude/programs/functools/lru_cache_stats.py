# lru_cache and cache: memoization, eviction order and statistics.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())

calls = []


@functools.lru_cache(maxsize=2)
def load(name):
    calls.append(name)
    return name.upper()


for n in ['a', 'b', 'a', 'c', 'b', 'a']:
    load(n)
print(calls, load.cache_info())
load.cache_clear()
print(load.cache_info())


@functools.cache
def square(x):
    return x * x


print([square(i % 3) for i in range(6)], square.cache_info(), square.__name__)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


@logged
def greet(name):
    """Greets."""
    return 'hi ' + name


print(greet('ann'), greet.__name__, greet.__doc__)
