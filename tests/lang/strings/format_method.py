# str.format: positional, numbered, keyword, attribute and index fields, braces, specs.
class P:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
print("{} and {}".format("a", "b"), "{1}{0}{1}".format("x", "y"), "{n}!".format(n=5))
print("{0.x} {0.y[1]} {d[k]}".format(P(), d={"k": "v"}), "{{literal}} {}".format(1))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"), "{:08.3f}".format(3.14159))
print("{0!r} {0!s} {1:{2}}".format("q", 42, "5d"), "{:,}".format(1234567))
print("{x}-{y}".format_map({"x": 1, "y": 2}))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format()
except KeyError as e:
    print(type(e).__name__, e)
