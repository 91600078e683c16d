# The class body is a scope: names defined there are attributes, not visible inside methods.
x = "global x"
class C:
    x = "class x"
    y = x + "!"
    doubled = [x] * 2
    def method(self):
        return x
    def method2(self):
        return self.x, C.x
print(C.y, C.doubled, C().method(), C().method2())
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter(); Counter()
print(Counter.count)
class Config:
    values = {k: k * 2 for k in range(3)}
    total = sum(values.values())
print(Config.values, Config.total, x)
