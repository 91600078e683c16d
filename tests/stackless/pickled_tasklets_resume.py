# A tasklet's bottom frame is its function's own frame when the call binds
# for certain (positional arguments, defaults), else the prelude's
# _tasklet_main: both kinds pickle, and the copies resume where they were.
import pickle
import stackless


def worker(a, b=10):
    x = a + b
    stackless.schedule()
    print("worker resumed", x)


def kw(a, *, k):
    stackless.schedule()
    print("kw resumed", a, k)


for func, args, kwargs in ((worker, (1,), {}), (kw, (2,), {"k": 3})):
    t = stackless.tasklet(func)(*args, **kwargs)
    stackless.schedule()        # it runs up to its schedule()
    t.remove()
    u = pickle.loads(pickle.dumps(t))
    print("copy:", u.alive, u.paused, u.scheduled)
    u.insert()
    print("inserted:", u.scheduled)
    stackless.run()
    t.insert()
    stackless.run()
    print(t.alive, u.alive)
