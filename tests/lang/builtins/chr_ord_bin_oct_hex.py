# chr/ord round-trip across ASCII and beyond; bin/oct/hex of assorted ints.
print([ord(c) for c in "Az09 ~"], "".join(chr(c) for c in range(97, 103)))
print(chr(0x263A), ord("\u263a"), chr(127), repr(chr(0)), repr(chr(10)), ord("\n"))
print(bin(10), oct(64), hex(3054), bin(-3), hex(0), oct(-8))
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
