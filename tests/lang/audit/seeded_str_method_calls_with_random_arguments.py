# seeded random str/bytes method calls with random arguments (including bad ones), compared with CPython
import random
rng = random.Random(77)
alphabet = ["a", "b", " ", "\t", "\n", "é", "ß", "X", "1", ",", "😀", "-", "."]
def rs(n=None):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8) if n is None else n))
def arg():
    k = rng.randrange(9)
    if k < 3: return rs(rng.randint(0, 2))
    if k < 6: return rng.randint(-6, 10)
    if k == 6: return None
    if k == 7: return (rs(1), rs(1))
    return rng.choice([1.5, [1], b"a"])
methods = ["split", "rsplit", "strip", "lstrip", "rstrip", "find", "rfind", "index", "rindex", "count",
           "replace", "startswith", "endswith", "center", "ljust", "rjust", "zfill", "partition",
           "rpartition", "expandtabs", "splitlines", "join", "removeprefix", "removesuffix", "upper",
           "lower", "title", "capitalize", "swapcase", "casefold", "isalpha", "isdigit", "isspace",
           "istitle", "isupper", "encode", "__contains__", "__getitem__", "__mul__", "__add__", "format"]
out = []
for i in range(2500):
    s = rs()
    tag = repr(s)
    m = rng.choice(methods)
    args = [arg() for _ in range(rng.randint(0, 3))]
    try:
        r = getattr(s, m)(*args)
        out.append(tag + "." + m + " " + repr(args) + " -> " + repr(r))
    except Exception as e:
        out.append(tag + "." + m + " " + repr(args) + " -> " + type(e).__name__ + ":" + str(e))
for i in range(len(out)):
    print(i, out[i])
