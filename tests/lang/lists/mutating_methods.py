# append, extend, insert, pop, remove, clear, reverse, and their return values.
a = [3, 1, 2]
print(a.append(4), a)
a.extend([5, 6]); a.extend((7,)); a.extend(range(8, 10)); a.extend("ab")
print(a)
a.insert(0, "first"); a.insert(-1, "before-last"); a.insert(100, "end"); a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2), a)
a.remove("first"); a.remove(5)
print(a)
print(a.reverse(), a)
b = a.copy(); b.clear()
print(a, b, len(a))
