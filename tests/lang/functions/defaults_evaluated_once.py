# Default values are evaluated once at def time; a mutable default is shared across calls.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
n = 10
def show(v=n):
    return v
n = 20
print(show(), show(5))
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
