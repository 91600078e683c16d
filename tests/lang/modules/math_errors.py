# math functions raise ValueError "math domain error" and OverflowError "math range error".
import math
for thunk in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-5), lambda: math.acos(2),
              lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.factorial(2.5),
              lambda: math.isqrt(-4), lambda: math.pow(0, -1)]:
    try:
        print(thunk())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
