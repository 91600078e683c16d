# f-string format specs, including nested replacement fields inside the spec.
x = 3.14159265
n = 1234567
w, p = 10, 3
print(f"{x:.2f}|{x:10.4f}|{x:<10.1f}|{x:^10.2f}|{x:+.3e}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:x}|{n:#o}|{n:b}")
print(f"{x:{w}.{p}f}|{n:{'>' if n else '<'}{w}}|{'s':*^{w}}")
print(f"{42:05d}|{-42:05d}|{42:+d}|{42: d}|{0.5:.0%}|{0.123:.1%}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|")
