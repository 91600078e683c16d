# + and * on strings, lexicographic comparison, in, and errors mixing with ints.
a = "abc"
print(a + "def", a * 3, 2 * "xy", a * 0, a * -1, "" + "")
print("apple" < "banana", "Zebra" < "apple", "abc" < "abcd", "b" > "abc", "a" == "a")
print(sorted(["pear", "Apple", "banana", "apple"]), max("hello"), min(["b", "a"]))
print("ell" in "hello", "" in "x", "z" not in "abc")
try:
    "abc" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "abc"
except TypeError as e:
    print(e)
try:
    "a" < 1
except TypeError as e:
    print(e)
