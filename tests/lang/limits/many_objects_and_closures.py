# Creating a hundred thousand instances and closures.
class P:
    def __init__(self, i):
        self.i = i
ps = [P(i) for i in range(100000)]
print(len(ps), ps[-1].i, sum(p.i for p in ps))
fs = [(lambda k: lambda: k)(i) for i in range(100000)]
print(fs[0](), fs[99999](), sum(f() for f in fs[:1000]))
chain = None
for i in range(100000):
    chain = (i, chain)
n = 0
while chain:
    n += 1
    chain = chain[1]
print(n)
