# format specs for int/float/str/bool/None, % formatting, str.format fields, and their errors
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
    else:
        print(label, repr(r))

ints = [0, 7, -7, 255, 123456789, -2 ** 70]
for spec in ("", "d", "5d", "<5d", "^7d", "=+8d", "08d", "+d", " d", ",", "_", "_x", "x", "#x", "X", "#X", "o", "#o", "b", "#b", "#010b", "c", "e", ".2e", "f", ".1f", "%", "g", "n", "*^9", "0>6", ",d", "10,", "-^9,"):
    out = []
    for v in ints:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), out)
floats = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-7, 123456789.123, 1e22, float("inf"), float("nan")]
for spec in ("", "f", ".0f", ".2f", "10.3f", "<10.2f", "^10.1f", "+.1f", " .1f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", ",.2f", "_.1f", "010.2f", "#.0f", "#g", ".10g", "n", "=+12.3f", "x"):
    out = []
    for v in floats:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), out)
for spec in ("", "s", "10", "<10", ">10", "^10", "*^11", ".2", "10.2", "d", "=10", "+", "05"):
    out = []
    for v in ("abc", "", "héllo"):
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), out)
t("bool fmt", lambda: (format(True), format(True, "d"), format(False, ">6"), f"{True:5}", f"{True!s:>6}"))
t("none fmt", lambda: (format(None), f"{None!r:>6}", "{}".format(None)))
t("none fmt spec", lambda: format(None, ">6"))
t("list fmt", lambda: format([1], ">6"))
t("percent", lambda: ("%d|%5d|%-5d|%05d|%+d|% d|%x|%#x|%X|%o|%#o|%e|%E|%f|%.2f|%10.3f|%g|%G|%s|%r|%c|%%|%i|%u" %
                      (42, 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 12345.678, 0.00012, 3.14159, 2.675, 3.14159, 1e-5, 1e20, [1], "r", 97, 7, 8)))
t("percent star", lambda: "%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
t("percent dict", lambda: "%(name)s is %(age)d, %(age)05.1f" % {"name": "Al", "age": 30})
t("percent float to d", lambda: "%d %x" % (3.99, 255.0) if False else "%d" % 3.99)
t("percent x float", lambda: "%x" % 3.5)
t("percent str d", lambda: "%d" % "3")
t("percent not enough", lambda: "%s %s" % "a")
t("percent not all", lambda: "%s" % (1, 2))
t("percent bad char", lambda: "%y" % 1)
t("percent incomplete", lambda: "abc %" % ())
t("percent dict missing", lambda: "%(x)s" % {})
t("percent dict needed", lambda: "%(x)s" % 5)
t("percent c big", lambda: "%c" % 0x110000)
t("percent c str", lambda: "%c" % "ab")
t("percent single", lambda: ("%s" % 5, "%s" % (5,), "%s" % [1, 2], "%s" % ((1, 2),)))
t("percent tuple arg", lambda: "%s" % (1, 2))
t("percent big", lambda: "%d %x %o" % (2 ** 80, 2 ** 80, -2 ** 70))
t("percent nan", lambda: "%f %e %g %d" % (float("nan"), float("inf"), float("-inf"), True))
t("format fields", lambda: "{0} {1} {0}|{a}|{b[0]}|{c[k]}|{d.real}|{0!r}|{a!s:>4}|{0:{w}}|{0:{1}}".format("x", 5, a="A", b=[9], c={"k": "v"}, d=3, w=4))
t("format auto/manual", lambda: "{} {1}".format(1, 2))
t("format manual/auto", lambda: "{0} {}".format(1, 2))
t("format index err", lambda: "{2}".format(1))
t("format key err", lambda: "{nope}".format())
t("format attr err", lambda: "{0.nope}".format(1))
t("format bad conv", lambda: "{0!x}".format(1))
t("format unmatched", lambda: "{".format())
t("format unmatched2", lambda: "}".format())
t("format unmatched3", lambda: "{0".format(1))
t("format bad spec", lambda: "{:q}".format(1))
t("format str spec", lambda: "{:d}".format("a"))
t("format int on float", lambda: "{:d}".format(1.5))
t("format nested too deep", lambda: "{:{:{}}}".format(1, 2, 3))
t("format sign str", lambda: "{:+}".format("a"))
t("format comma str", lambda: "{:,}".format("a"))
t("format empty index", lambda: "{0[]}".format([1]))
t("format list index str", lambda: "{0[a]}".format([1]))
t("format neg index", lambda: "{0[-1]}".format([1]))
t("fstring nested", lambda: [f"{v:>{n}}|" for v, n in (("a", 3), ("bb", 4))])
t("fstring expr", lambda: (f"{1 + 1}", f"{'q' * 3}", f"{[1, 2][1]}", f"{ {'k': 1}['k'] }", f"{(lambda: 5)()}", f"{3.0:g}", f"{10**20:,}"))
t("fstring conv spec", lambda: (f"{'x'!r:>5}", f"{3!s:0>3}", f"{'é'!a}"))
t("fstring debug", lambda: (lambda val: (f"{val=}", f"{val = :>4}", f"{val=!s}"))(7))
t("multi-line", lambda: f"""{
    1 + 2
}""")
t("width zero pad neg", lambda: (format(-5, "06"), format(-5.5, "08.2f"), format(5, "=+6"), format(-0.0, "+.1f"), format(0.0, "-.1f")))
t("round half even fmt", lambda: [format(v, ".0f") for v in (0.5, 1.5, 2.5, -0.5)] + [format(v, ".1f") for v in (0.05, 0.15, 0.25, 0.35)])
t("g edge", lambda: [format(v, "g") for v in (1e-4, 1e-5, 123456, 1234567, 0.0001234, 100.0, 1e100)])
t("repr vs str float", lambda: [(repr(v), str(v)) for v in (1e16, 1e-4, 0.1 + 0.2, 5e-324, 1.0)])
t("alignment huge", lambda: len(format("a", "1000")))
t("format precision too big", lambda: format(1.5, ".1000f")[:10])
t("int precision", lambda: format(5, ".2"))
t("grouping on x", lambda: format(255, ",x"))
t("n with grouping", lambda: format(1234, "n"))
