# str.join over lists, tuples, generators and dict keys; non-str items raise TypeError.
print(", ".join(["a", "b", "c"]), "".join(("x", "y")), "-".join(str(i) for i in range(5)))
print("/".join({"k1": 1, "k2": 2}), "+".join([]), "|".join(["one"]), " ".join("abc"))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
