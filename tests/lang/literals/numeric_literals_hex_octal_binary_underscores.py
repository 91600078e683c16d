# Integer and float literals in every base, with underscores and exponents.
print(0x1F, 0XfF, 0o17, 0O777, 0b1011, 0B1)
print(1_000_000, 0x_dead_beef, 0b_1111_0000, 0o_7_7)
print(1e-9, 1E9, 2.5e+3, 1_0.5_0, .5, 5., 0e0)
print(0, 00, -0, +7, -0x10)
print(123456789012345678901234567890)
print(type(1e3).__name__, type(10).__name__, type(0x10).__name__)
