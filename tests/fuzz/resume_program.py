# The program fuzz_resume.c runs once; its tasklets, pickled, are the seeds
# (run it as `jumpgate run resume_program.py seeds` to print them in hex).
import sys
import stackless
import pickle


class Ship:
    def __init__(self, name, x, y):
        self.name = name
        self.pos = [x, y]
        self.cargo = {"ore": 3, "fuel": 1.5}

    def __eq__(self, other):
        return isinstance(other, Ship) and self.name == other.name

    def __hash__(self):
        return hash(self.name)


def step(ship, ch, n):
    total = 0.0
    i = 0
    while i < n:
        got = ch.receive()
        ship.pos[0] += got
        total += got * 0.5
        i += 1
    return total


def pilot(ch, name):
    ship = Ship(name, 1.0, 2.0)
    seen = {ship.name: "launched"}
    fleet = [Ship("other", 0, 0), ship]
    try:
        t = step(ship, ch, 3)
    except ValueError as e:
        t = str(e)
    log = [name, t, seen[ship.name], fleet.index(ship)]
    for word in sorted(["gamma", "alpha", "beta"], key=lambda w: (len(w), w)):
        log.append(word)
        stackless.schedule()
    return log


def gen_worker(ch):
    def numbers():
        k = 0
        while True:
            k += 1
            yield k * k
    g = numbers()
    out = []
    while len(out) < 4:
        out.append(next(g))
        out.append(ch.receive())
    return out


def drive(obj):
    """Makes what a pickle gave runnable and runs the scheduler a while."""
    items = obj if isinstance(obj, (tuple, list)) else [obj]
    chans = [x for x in items if isinstance(x, stackless.channel)]
    for x in items:
        if isinstance(x, stackless.tasklet) and x.alive and not x.scheduled and not x.blocked:
            try:
                x.insert()
            except Exception:
                pass
    for c in chans:
        k = 0
        while c.balance < 0 and k < 8:
            k += 1
            try:
                c.send(k)
            except Exception:
                break
    try:
        stackless.run(20000)
    except BaseException:
        pass


def make_seeds():
    seeds = []
    ch = stackless.channel()
    a = stackless.tasklet(pilot)(ch, "alpha")
    b = stackless.tasklet(gen_worker)(ch)
    stackless.run()
    seeds.append(pickle.dumps((a, ch)))
    seeds.append(pickle.dumps((b, ch)))
    ch.send(2.5)
    stackless.run()
    seeds.append(pickle.dumps((a, b, ch)))
    return seeds


if len(sys.argv) > 1 and sys.argv[1] == "seeds":
    for s in make_seeds():
        print(s.hex())
