# Thousands of tasklets blocked on channels while the collector runs: every
# blocked tasklet's frames survive, and each gets its value back.
import stackless

N = 3000
chans = [stackless.channel() for _ in range(10)]
results = []


def worker(i):
    garbage = [str(i) * 10 for _ in range(20)]   # something for the collector
    v = chans[i % 10].receive()
    results.append(v + i + len(garbage))


for i in range(N):
    stackless.tasklet(worker)(i)
stackless.run()
print("blocked", sum(-c.balance for c in chans), "runcount", stackless.getruncount())
junk = [[j] * 50 for j in range(20000)]           # collections while they wait
for i in range(N):
    chans[i % 10].send(1000)
print(len(results), sum(results), sum(c.balance for c in chans))


def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)


def deep_tasklet(out):   # recursion in a tasklet is frames on its own stack
    out.append(deep(20000))


out = []
stackless.tasklet(deep_tasklet)(out)
stackless.run()
print(out)
