# An uncaught KeyError prints the repr of the key.
scores = {"alice": 3}
print(scores["alice"])
print(scores["bob's"])
