# send() resumes a generator with a value that becomes the result of the yield expression.
def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
print(next(a), a.send(10), a.send(20), a.send(0))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
e = echo()
print(e.send(None), e.send("a"), e.send("b"), next(e))
g = averager()
try:
    g.send(5)
except TypeError as err:
    print(type(err).__name__, err)
