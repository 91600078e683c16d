# float repr is the shortest string that round-trips.
vals = [0.1 + 0.2, 1e16, 1e15, 1e-5, 1e-4, 0.0001234, -0.0, 1 / 3, 2.5e-310, 5e-324,
        1.7976931348623157e308, 123456789012345678.0, 1e22, 1e23, 100.0, 1.5, 0.3,
        2 / 3, 9007199254740993.0, 3.141592653589793, 1e-7, 12345.678, 0.1 * 3]
for v in vals:
    print(repr(v), str(v), v)
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print([0.1, -0.0, 1e100], (2.0,), {"k": 0.5})
