# float.is_integer, float.as_integer_ratio, and truncation toward zero by int().
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print(int(2.9), int(-2.9), int(1e15 + 0.5), float(int(7.999999)))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.1))
print(type(math.floor(2.5)).__name__, math.floor(1e20), math.ceil(-1e20))
