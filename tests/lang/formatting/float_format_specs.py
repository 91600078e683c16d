# Every format spec feature on floats: precision, types e f g %, signs, grouping, special values.
vals = [3.14159, -2.5, 1234567.891, 0.000123, 1e20, 0.0, -0.0, 100.0]
for spec in ["", "f", ".2f", "10.3f", "<10.1f", "^10.1f", "+.2f", " .2f", "010.2f", ",.2f",
             "_.1f", "e", ".3e", "E", "g", ".3g", "G", "#.3g", "%", ".1%", ".0f", "#.0f", "=+10.2f",
             "*>12.4g", "z.1f"]:
    print(repr(spec), [format(v, spec) for v in vals])
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, "f"), format(v, "e"), format(v, "g"), format(v, "+.2f"), format(v, "10"), format(v, "%"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(1e16, ""), format(1e16, "g"))
