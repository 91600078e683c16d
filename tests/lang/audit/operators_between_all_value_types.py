# every binary/unary operator and comparison between values of many types: results and error messages
# (complex results of negative ** fractional and hash(None) are left out: jumpgate has no complex numbers)
vals = [0, 1, -7, 2 ** 70, -2 ** 65, 2.5, -0.0, float("inf"), True, False, None, "ab", "", b"xy",
        [1, 2], [], (1,), (), {1: 2}, {}, {3, 4}, frozenset({4}), range(3), 3.0, 10 ** 20]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
       ("**", lambda a, b: a ** b if not (isinstance(b, int) and b > 100) and not (isinstance(a, (int, float)) and a < 0 and isinstance(b, float) and b != int(b) if b == b and abs(b) != float("inf") else False) else "skip"),
       ("<<", lambda a, b: a << b if not (isinstance(b, int) and b > 100) else "skip"), (">>", lambda a, b: a >> b),
       ("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
       ("<", lambda a, b: a < b), ("<=", lambda a, b: a <= b), ("==", lambda a, b: a == b),
       ("!=", lambda a, b: a != b), (">", lambda a, b: a > b), (">=", lambda a, b: a >= b),
       ("in", lambda a, b: a in b), ("divmod", lambda a, b: divmod(a, b)), ("pow3", lambda a, b: pow(a, b, 7))]
for sym, f in ops:
    for a in vals:
        line = []
        for b in vals:
            try:
                r = f(a, b)
                if isinstance(r, (set, frozenset)):
                    r = sorted(r, key=repr)
                r = repr(r)
                if len(r) > 30:
                    r = r[:30]
            except Exception as e:
                r = type(e).__name__ + ":" + str(e)
            line.append(r)
        print(sym, repr(a)[:12], line)
for name, f in (("neg", lambda a: -a), ("pos", lambda a: +a), ("inv", lambda a: ~a), ("abs", abs), ("not", lambda a: not a),
                ("hash", lambda a: hash(a) if not isinstance(a, (str, bytes)) and a is not None else "skip"), ("bool", bool), ("int", int), ("float", float), ("round", round),
                ("len", len), ("iter", lambda a: list(iter(a))), ("str", str), ("repr", repr), ("sorted", sorted), ("min", min), ("sum", sum),
                ("bin", bin), ("chr", chr), ("ord", ord), ("reversed", lambda a: list(reversed(a))), ("set", lambda a: sorted(set(a), key=repr)), ("tuple", tuple), ("list", list)):
    line = []
    for a in vals:
        try:
            r = repr(f(a))[:30]
        except Exception as e:
            r = type(e).__name__ + ":" + str(e)
        line.append(r)
    print(name, line)
