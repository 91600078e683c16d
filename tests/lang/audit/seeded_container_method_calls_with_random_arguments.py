# seeded random calls of bytes/list/dict/set/tuple methods with random (often bad) arguments
import random
rng = random.Random(5150)
def arg():
    k = rng.randrange(12)
    return [b"a", b"", b"ab", -1, 0, 2, 7, None, "a", (1, 2), [1], 1.5][k]
makers = {
    "bytes": lambda: bytes(rng.choice(b"ab \t\n1,.") for _ in range(rng.randint(0, 6))),
    "list": lambda: [rng.randint(0, 3) for _ in range(rng.randint(0, 5))],
    "dict": lambda: {rng.randint(0, 3): rng.randint(0, 3) for _ in range(rng.randint(0, 4))},
    "set": lambda: {rng.randint(0, 5) for _ in range(rng.randint(0, 4))},
    "tuple": lambda: tuple(rng.randint(0, 3) for _ in range(rng.randint(0, 4))),
}
out = []
for i in range(3000):
    kind = rng.choice(sorted(makers))
    obj = makers[kind]()
    names = sorted(n for n in dir(obj) if not n.startswith("_"))
    names = [n for n in names if n not in ("fromhex", "fromkeys", "maketrans")]
    m = rng.choice(names)
    args = [arg() for _ in range(rng.randint(0, 3))]
    before = repr(obj) if kind != "set" else repr(sorted(obj))
    try:
        r = getattr(obj, m)(*args)
        if kind in ("list", "dict", "set") or not isinstance(r, (int, bytes, list, tuple, bool, type(None), dict, set)):
            r = (r if isinstance(r, (int, bytes, list, tuple, bool, type(None), dict, set, str)) else type(r).__name__, obj)
        res = repr(r)
        if kind == "set":  # bytes hash differently from CPython: show sets sorted
            res = repr(sorted(map(repr, r[1]))) + " " + repr(r[0] if not isinstance(r[0], (set, frozenset)) else sorted(map(repr, r[0])))
    except Exception as e:
        res = type(e).__name__ + ":" + str(e)
    out.append(f"{i} {before}.{m}{tuple(args)!r} -> {res}")
print("\n".join(out))
