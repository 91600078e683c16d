# close() raises GeneratorExit at the yield: finally blocks run; a closed generator stops.
def worker():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")
w = worker()
print(next(w))
w.close()
print(next(w, "stopped"))
w.close()
fresh = worker()
fresh.close()
print(list(fresh))
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
c = catches()
next(c)
c.close()
print("done")
