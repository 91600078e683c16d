# OrderedDict: order, move_to_end, popitem(last=), equality that considers order.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), list(od.items()))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
x = OrderedDict([("k", 1), ("j", 2)])
y = OrderedDict([("j", 2), ("k", 1)])
print(x == y, dict(x) == dict(y), x == {"j": 2, "k": 1}, OrderedDict())
