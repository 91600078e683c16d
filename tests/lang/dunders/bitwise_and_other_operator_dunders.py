# __and__, __or__, __xor__, __lshift__, __rshift__, __invert__ and their reflected forms.
class Flags:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Flags(self.v & int(o))
    def __or__(self, o): return Flags(self.v | int(o))
    def __xor__(self, o): return Flags(self.v ^ int(o))
    def __ror__(self, o): return Flags(int(o) | self.v)
    def __lshift__(self, n): return Flags(self.v << n)
    def __rshift__(self, n): return Flags(self.v >> n)
    def __invert__(self): return Flags(~self.v & 0xF)
    def __int__(self): return self.v
    def __index__(self): return self.v
    def __repr__(self): return f"Flags({self.v:#06b})"
f = Flags(0b0101)
print(f & 0b0100, f | 0b1000, f ^ 0b1111, 0b0010 | f, f << 1, f >> 2, ~f)
print(int(f), bin(f), hex(f), [10, 20, 30, 40, 50, 60][Flags(2)])
g = Flags(0b1000)
g |= 1
g &= 0b1001
g ^= 0b0011
g <<= 1
print(g, 0b1 | Flags(0b10))
