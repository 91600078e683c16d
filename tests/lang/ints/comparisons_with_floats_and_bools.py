# Mixed int/float/bool comparisons are exact.
print(1 == 1.0, 2 < 2.5, 3 >= 3.0, True == 1, False < 1)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, -0 == 0.0)
print(max(1, 2.0), min(3, 2.5), max(True, 0), sorted([3, 1.5, True, 0, -2.0]))
print(1 < float("inf"), -10 ** 400 < float("-inf"), 10 ** 400 > 1e308)
print(float("nan") == float("nan"), 1 < float("nan"), 1 > float("nan"))
