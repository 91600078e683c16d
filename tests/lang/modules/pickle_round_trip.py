# pickle.dumps/loads round-trips values, shared references, cycles and user class instances.
import pickle
class Player:
    def __init__(self, name, hp):
        self.name, self.hp = name, hp
    def __eq__(self, o):
        return isinstance(o, Player) and (self.name, self.hp) == (o.name, o.hp)
    def __repr__(self):
        return f"Player({self.name!r}, {self.hp})"
def heal(p):
    p.hp += 10
    return p
values = [0, -1, 2 ** 100, 1.5, float("inf"), "text é", b"\x00bytes", None, True, [1, [2]],
          (1, "t"), {"k": [1, 2]}, {1, 2, 3}, frozenset([4]), range(2, 9, 3), Player("ann", 7)]
for v in values:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    print(type(data).__name__, back == v, repr(back))
shared = [1, 2]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair, pair[0] is pair[1])
cyc = [1]
cyc.append(cyc)
c2 = pickle.loads(pickle.dumps(cyc))
print(c2[1] is c2, c2[0])
f = pickle.loads(pickle.dumps(heal))
print(f(Player("bob", 1)))
try:
    pickle.loads(b"not a pickle at all")
except pickle.UnpicklingError as e:
    print(type(e).__name__)
