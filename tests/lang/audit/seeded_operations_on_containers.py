# seeded random operations on list/dict/set/deque/str/heap, compared with CPython step by step
import random, heapq
from collections import deque, Counter, OrderedDict
rng = random.Random(20240601)
L, D, S, Q, H, O = [], {}, set(), deque(maxlen=25), [], OrderedDict()
trace = []
def rec(tag, value):
    trace.append((tag, repr(value)[:60]))
for step in range(3000):
    op = rng.randrange(22)
    v = rng.randint(-20, 20)
    try:
        if op == 0: L.append(v)
        elif op == 1: L.insert(rng.randint(-30, 30), v)
        elif op == 2: rec("pop", L.pop(rng.randint(-len(L) - 2, len(L) + 1)) if L else None)
        elif op == 3: L[rng.randint(-5, 5):rng.randint(-5, 5):rng.choice([None, 1, 2, -1])] = [v] * rng.randint(0, 3)
        elif op == 4: del L[rng.randint(-5, 5):rng.randint(-5, 10)]
        elif op == 5: L.remove(v)
        elif op == 6: rec("idx", L.index(v, rng.randint(-5, 5)))
        elif op == 7: L.sort(key=lambda x: (x % 3, -x), reverse=rng.random() < 0.5)
        elif op == 8: D[v % 7, v % 3] = D.get((v % 7, v % 3), 0) + v
        elif op == 9: rec("dpop", D.pop((v % 7, v % 3), "none"))
        elif op == 10: S.symmetric_difference_update({v, v + 1, v * 2})
        elif op == 11: S.discard(v); S.add(v * 3)
        elif op == 12: Q.append(v) if v % 2 else Q.appendleft(v)
        elif op == 13: Q.rotate(v % 5 - 2)
        elif op == 14: rec("qpop", Q.pop() if v % 2 else Q.popleft())
        elif op == 15: heapq.heappush(H, (v % 5, step))
        elif op == 16: rec("hpop", heapq.heappop(H))
        elif op == 17: O[v % 9] = step; O.move_to_end(v % 9, last=v % 2 == 0)
        elif op == 18: rec("opop", O.popitem(last=v % 2 == 0))
        elif op == 19: L[rng.randint(-len(L) - 1, len(L))] = v
        elif op == 20: L.extend(x for x in range(v % 4))
        else: rec("slice", L[rng.randint(-9, 9):rng.randint(-9, 9):rng.choice([1, 2, -1, -3])])
    except Exception as e:
        rec("err", (type(e).__name__, str(e)))
    if step % 500 == 0:
        print(step, len(L), sorted(D.items())[:4], sorted(S)[:8], list(Q)[:6], H[:3], list(O.items())[:4])
print(L[:40], len(L))
print(sorted(D.items()))
print(sorted(S))
print(list(Q), Q.maxlen)
print(sorted(H)[:10], len(H))
print(list(O.items()))
print(len(trace), trace[:30])
print(Counter(t for t, _ in trace).most_common())
print(trace[-20:])
