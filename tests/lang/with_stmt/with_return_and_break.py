# __exit__ runs when the body returns, breaks or continues.
class Log:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("in", self.tag)
    def __exit__(self, et, ev, tb):
        print("out", self.tag)
def f():
    with Log("f"):
        return "returned"
print(f())
for i in range(3):
    with Log(i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")
with Log("none") as value:
    print("as binds", value)
