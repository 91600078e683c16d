# Unbounded recursion raises RecursionError, which can be caught; the program carries on.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("caught:", type(e).__name__, "|", e, "|", isinstance(e, RuntimeError))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(200) % 1000007)
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print("repr recursion caught:", type(e).__name__)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return "bottom reached"
print(count(0))
