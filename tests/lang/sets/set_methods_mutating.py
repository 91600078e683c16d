# add, discard, remove, pop, clear, update, copy; remove of a missing item raises KeyError.
s = {1, 2}
s.add(3); s.add(2)
s.discard(10); s.discard(1)
print(sorted(s), len(s), 3 in s, 1 in s)
s.update([4, 5], {6}); s.intersection_update({2, 3, 4, 5, 6, 7}); s.difference_update([6])
print(sorted(s))
t = s.copy(); t.clear()
print(sorted(s), t, len(t))
one = {42}
print(one.pop(), one)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
