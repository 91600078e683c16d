# Closures capture variables, not values: all see the final loop value unless bound early.
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
gs = []
for i in range(3):
    def make(j):
        return lambda: j
    gs.append(make(i))
print([g() for g in gs])
i = 42
print([f() for f in fs])
def builder():
    acts = []
    for n in range(3):
        acts.append(lambda m=n: m * 10)
    return acts
print([a() for a in builder()])
