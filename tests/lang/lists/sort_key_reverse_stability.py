# list.sort and sorted with key and reverse; sorting is stable in both directions.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums, nums.sort(), nums)
nums.sort(reverse=True)
print(nums, sorted("hello"), sorted({3: "c", 1: "a"}), sorted([]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
