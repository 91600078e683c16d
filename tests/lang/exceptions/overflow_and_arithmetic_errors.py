# OverflowError and ZeroDivisionError messages from int, float and math operations.
import math
cases = [lambda: 10 ** 400 * 1.0, lambda: math.exp(1000), lambda: float(10 ** 400),
         lambda: int(float("inf")), lambda: 2.0 ** 5000, lambda: 1 // 0, lambda: 1 % 0,
         lambda: 0 ** -1, lambda: math.pow(10, 400), lambda: 1.5 % 0.0, lambda: divmod(1.0, 0)]
for c in cases:
    try:
        c()
    except ArithmeticError as e:
        print(type(e).__name__, isinstance(e, ArithmeticError), e)
