# int.bit_length and int.bit_count on small, negative and big values.
for n in [0, 1, 255, 256, -1, -256, 2 ** 100, -(2 ** 64)]:
    print(n, n.bit_length(), n.bit_count())
print((5).__add__(3), int.__name__, (1000).bit_length() == len(bin(1000)) - 2)
