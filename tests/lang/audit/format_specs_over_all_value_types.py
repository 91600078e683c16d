# format(value, spec) for values of every type and specs valid and invalid; %-formatting likewise
vals = [0, 7, -7, 2 ** 70, 2.5, -0.0, 1e300, float("inf"), float("nan"), True, None, "ab", "", [1], (1,), 1e-7, 123456.789]
specs = ["", "d", "5", "<5", "^6", ">7", "=8", "+", "-", " ", "05", "010.3", ",", "_", ",d", "_x", "x", "X", "#x", "o", "#o",
         "b", "#b", "c", "e", "E", ".2e", "f", ".0f", ".3f", "F", "g", ".3g", "G", "n", "%", ".1%", "s", "10s", ".1s", "!r",
         "z", "#", "*<8", "0<5", "^", "=^5", "5.5", ".", "1.1.1", "x<", "+d", " e", "#.0e", "#g", ",.2f", "_.1f", ".0%",
         "08,", "08_d", "-^10,.3f", "3c", ".2c", "=10s", "+s", "q", "10.0", "#5x", "#010X", "'", ",x", "%%"]
for v in vals:
    line = []
    for s in specs:
        try:
            line.append(format(v, s))
        except Exception as e:
            line.append(type(e).__name__ + ":" + str(e))
    print(repr(v), line)
pcts = ["%d", "%i", "%5d", "%-5d", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%o", "%#o", "%e", "%.2e", "%E", "%f", "%.1f",
        "%10.3f", "%g", "%G", "%s", "%r", "%a", "%c", "%%", "%5s", "%-5s", "%.1s", "%u", "%*d", "%.*f", "%(k)s", "%y", "%"]
for v in vals:
    line = []
    for p in pcts:
        try:
            if "*" in p:
                line.append(p % (6, v))
            elif "(k)" in p:
                line.append(p % {"k": v})
            else:
                line.append(p % (v,))
        except Exception as e:
            line.append(type(e).__name__ + ":" + str(e))
    print(repr(v), line)
