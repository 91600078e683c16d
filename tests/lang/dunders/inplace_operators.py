# __iadd__ and friends mutate in place; without them += falls back to __add__ and rebinds.
class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __isub__(self, item):
        self.items.remove(item)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
b = Bag()
alias = b
b += 1; b += 2; b += 1; b -= 1; b *= 2
print(b.items, alias is b)
n = Num(1)
m = n
n += 5
print(n.v, m.v, n is m)
lst = [1]
lst2 = lst
lst += [2]
t = (1,)
t2 = t
t += (2,)
print(lst, lst2, t, t2)
