# round() uses banker's rounding and correctly rounded decimal ndigits.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(1.23456, 3))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(7, 2))
print(round(1e20), round(0.1, 20), round(123.456, None), round(-0.4))
print(round(float("inf"), 2), round(2 ** 70 + 0.0))
