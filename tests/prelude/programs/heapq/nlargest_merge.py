# nlargest, nsmallest and merge, with and without keys.
import heapq

scores = {'ann': 71, 'bob': 93, 'cid': 71, 'dee': 88, 'eve': 93, 'fay': 60}
print(heapq.nlargest(3, scores.items(), key=lambda kv: kv[1]))
print(heapq.nsmallest(2, scores, key=scores.get))
print(heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(0, [1]), heapq.nlargest(1, []))
print(heapq.nsmallest(4, iter([5, 2, 8, 2, 9, 1, 1])))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
