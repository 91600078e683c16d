# Float //, % and divmod follow floor semantics; division by zero raises.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5.0, 0.1), (1e20, 3.0)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12, 2.0 ** 0.5, (-8.0) ** 2, 4 ** 0.5)
print(-0.0 % 5, 0.0 * -1, -0.0 + 0.0, 1e308 * 10, -1e308 * 10)
for thunk in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 5.0 % 0, lambda: 1 / 0.0]:
    try:
        thunk()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
