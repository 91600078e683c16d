# Unbound locals read right after another load or a store (the interpreter
# runs such pairs as one instruction), and loops whose back edge lands
# between the two instructions of a pair.


def second_of_two_loads(flag):
    if flag:
        x = 1
    y = 2
    return y + x


def after_a_store(flag):
    if flag:
        z = 3
    w = 4
    return z * w


def attribute_of_unbound(flag):
    if flag:
        s = "abc"
    return s.upper()


def method_of_unbound(flag):
    if flag:
        items = [3, 1, 2]
    n = 0
    return items.count(n)


def deleted_then_read():
    a = 1
    b = 2
    del b
    return a + b


for fn, arg in [(second_of_two_loads, True), (second_of_two_loads, False),
                (after_a_store, True), (after_a_store, False),
                (attribute_of_unbound, True), (attribute_of_unbound, False),
                (method_of_unbound, True), (method_of_unbound, False)]:
    try:
        print(fn.__name__, arg, fn(arg))
    except UnboundLocalError as e:
        print(fn.__name__, arg, "UnboundLocalError:", e)

try:
    deleted_then_read()
except UnboundLocalError as e:
    print("deleted:", e)


def loops(n):
    total = 0
    i = 0
    j = n
    while i < j:
        k = i
        total = total + k * j
        i = i + 1
    a = b = 0
    for x in range(n):
        a, b = b, a + x
        t = a
        u = b
        total += t - u
    return total, a, b


print(loops(10), loops(0), loops(1))


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def attrs(points):
    s = 0
    for p in points:
        q = p
        s += q.x * p.y + q.norm1()
    return s


print(attrs([P(i, -i) for i in range(5)]))
second_of_two_loads(False)
