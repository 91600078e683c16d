# built-in and math functions applied to one or two values of every type: results and error messages
import math
vals = [0, 1, -7, 2 ** 70, 2.5, -0.0, float("inf"), float("nan"), True, None, "ab", "12", "", b"xy",
        [3, 1], [], (1,), {1: 2}, {3, 4}, range(3), 3.0, -1]
one = [abs, all, any, bin, bool, callable, chr, dict, divmod, enumerate, float, format, frozenset, hex, int,
       len, list, max, min, oct, ord, repr, reversed, round, set, sorted, str, sum, tuple, zip, ascii, bytes, slice, range,
       math.sqrt, math.floor, math.ceil, math.trunc, math.factorial, math.isqrt, math.exp, math.log, math.fabs,
       math.isnan, math.isinf, math.degrees, math.gcd, math.prod, math.fsum, math.sin, math.log2]
two = [divmod, pow, round, format, isinstance, max, min, sum, range, slice, int, str, zip, math.atan2, math.pow,
       math.log, math.gcd, math.copysign, math.fmod, math.comb, math.perm, math.isclose, math.hypot, math.dist,
       math.ldexp, math.remainder, math.lcm]
def show(r):
    if isinstance(r, (set, frozenset)):
        r = sorted(r, key=repr)
    if type(r).__name__ in ("enumerate", "zip", "reversed", "list_iterator", "tuple_iterator", "range_iterator",
                            "str_iterator", "dict_keyiterator", "set_iterator", "bytes_iterator", "list_reverseiterator",
                            "range_reverseiterator", "dict_reversekeyiterator", "reversed"):
        r = list(r)
    s = repr(r)
    return s if len(s) <= 40 else s[:40]
for f in one:
    line = []
    for a in vals:
        try:
            line.append(show(f(a)))
        except Exception as e:
            line.append(type(e).__name__ + ":" + str(e))
    print(f.__name__, line)
for f in two:
    for a in vals:
        line = []
        for b in vals:
            if f is pow and isinstance(b, int) and b > 1000:
                continue
            if f in (pow, math.pow) and isinstance(a, (int, float)) and a < 0 and isinstance(b, float) and b == b and b != int(b) if isinstance(b, float) and abs(b) != float("inf") else False:
                continue  # a complex result: jumpgate has no complex numbers
            if f in (math.comb, math.perm) and isinstance(a, int) and a > 1000:
                continue
            try:
                line.append(show(f(a, b)))
            except Exception as e:
                line.append(type(e).__name__ + ":" + str(e))
        print(f.__name__, repr(a)[:10], line)
