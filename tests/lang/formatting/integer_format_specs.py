# Every format spec feature on ints: fill, align, sign, #, 0, width, grouping, types.
n = 48879
for spec in ["d", "5d", "<5d", ">5d", "^5d", "*^7d", "=+6d", "+d", " d", "-d", "05d",
             "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "n", ",", "_", "_b",
             "_x", ",d", "10,", "012,", "_o", ".0%", ".3g", "e", ".2e", "f", ".1f", "g", "%", ".1%", "E", "G", ""]:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(1234567890, ","), format(1234567890, "_"), format(-1234567, ",d"))
print(format(0, "#x"), format(0, "+d"), format(True, "d"), format(65, "c"))
