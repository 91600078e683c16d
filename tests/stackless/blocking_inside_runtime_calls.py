# A tasklet can block anywhere in Python code the runtime calls for it: a
# sorted() key function, __init__, __eq__ inside list.index, a generator.
import stackless

ch = stackless.channel()
out = []


def key(v):
    return ch.receive() * v


def sorter():
    out.append(sorted([3, 1, 2], key=key))


class Slow:
    def __init__(self, v):
        self.v = ch.receive() + v

    def __eq__(self, other):
        return ch.receive() == other


def gen():
    for i in range(3):
        yield ch.receive() + i


def feeder():
    for v in [1, 5, -1]:
        ch.send(v)
    out.append(Slow(100).v)
    out.append([5, 6, 7].index(Slow(0)))
    out.append(list(gen()))


def sender_side():
    for v in [10, 7, 0, 6, 10, 20, 30]:
        ch.send(v)


stackless.tasklet(sorter)()
stackless.tasklet(feeder)()
stackless.tasklet(sender_side)()
stackless.run()
print(out, ch.balance)
