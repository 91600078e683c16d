# printf-style % formatting with tuples, dicts, flags, width and precision.
print("%s %s" % ("a", 1), "%r" % "q", "%d%%" % 50, "%i" % 7, "%5d|%-5d|%05d" % (42, 42, 42))
print("%f %.2f %10.3f %-10.1f|" % (3.14159, 3.14159, 3.14159, 3.14159))
print("%x %X %#x %o %#o %e %E %.3g %g" % (255, 255, 255, 8, 8, 12345.678, 0.00012, 1234567, 0.0001))
print("%c%c" % (65, "b"), "%(name)s is %(age)d" % {"name": "Al", "age": 30}, "%s" % [1, 2])
print("%+d % d %+.1f" % (5, 5, -2.25), "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 1.23456))
print("%s" % (1,), "%s" % ((1, 2),), "%.3s" % "abcdef", "%5s|%-5s|" % ("r", "l"))
for fmt, args in [("%d %d", (1,)), ("%d", (1, 2)), ("%d", "x")]:
    try:
        fmt % args
    except TypeError as e:
        print(type(e).__name__, e)
