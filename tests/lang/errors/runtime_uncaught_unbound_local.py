# Uncaught UnboundLocalError with CPython 3.11's message.
x = 1
def f():
    print("in f")
    x += 1
f()
