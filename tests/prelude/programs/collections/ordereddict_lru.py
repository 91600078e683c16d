# OrderedDict: reordering, popitem from both ends, order-sensitive equality.
from collections import OrderedDict

od = OrderedDict()
for k in 'abcde':
    od[k] = ord(k)
print(od)
od.move_to_end('b')
od.move_to_end('d', last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(od == OrderedDict([('a', 97), ('c', 99), ('b', 98)]),
      od == OrderedDict([('c', 99), ('a', 97), ('b', 98)]),
      od == {'b': 98, 'c': 99, 'a': 97})


class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.size:
            self.popitem(last=False)


cache = LRU(2)
for k in 'abacd':
    cache[k] = k.upper()
    print(cache)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
print(OrderedDict(), OrderedDict.fromkeys('xy', 0), list(reversed(OrderedDict(a=1, b=2))))
