# bin, hex and oct of positive, zero and negative ints.
for n in [0, 1, 5, 255, -1, -255, 4096]:
    print(n, bin(n), hex(n), oct(n))
print(hex(2 ** 64), bin(-2 ** 10), oct(8 ** 5))
print(int(bin(12345), 2), int(hex(-999), 16), int(oct(777), 8))
