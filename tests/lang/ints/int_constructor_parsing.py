# int() from strings, floats and bools, with bases and whitespace.
print(int("42"), int("  -17  "), int("+5"), int("1_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("0b101", 2))
print(int("z", 36), int("0x1f", 0), int("0o17", 0), int("10", base=2), int("11", 3))
print(int(3.99), int(-3.99), int(True), int(1e10), int("-0"))
for bad in ["abc", "1.5", "", " ", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("12", 2)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
