# float() parsing, special values and their arithmetic.
print(float("1.5"), float("  -2.25 "), float("1e3"), float("inf"), float("-Infinity"))
print(float("nan"), float("1_000.5"), float(7), float(True), float(".5"), float("5."))
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf > 1e308)
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], inf == inf)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("")
except ValueError as e:
    print(e)
