# math: constants, rounding, roots, logs, trigonometry and integer functions.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.hypot(3, 4), math.pow(2, 10), math.fabs(-3))
print(math.floor(-1.5), math.ceil(1.2), math.trunc(-9.9), math.fmod(-7, 3), math.copysign(2, -0.0))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(0.001), math.exp(1))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.asin(1), math.acos(1), math.atan(1))
print(math.degrees(math.pi), math.radians(180), math.sin(math.pi / 6), math.cos(math.pi / 3))
print(math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.factorial(10), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isinf(1e308 * 10), math.isfinite(1.0), math.isfinite(math.nan), math.fsum([0.1] * 10))
print(math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
