# A generator expression evaluates its first iterable immediately, the rest lazily.
def source(tag):
    print("source", tag, "evaluated")
    return range(2)
g = (x for x in source("outer") for y in source("inner"))
print("generator created")
print(list(g))
try:
    gen = (x for x in undefined_iterable)
except NameError as e:
    print("eager:", e)
lazy = (y for x in [1] for y in undefined_later)
print("lazy created")
try:
    list(lazy)
except NameError as e:
    print("lazy:", e)
