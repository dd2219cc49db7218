# math module: constants, sqrt, floor/ceil, fabs, pow, hypot, isqrt, gcd, isnan/isinf.
import math
print(math.pi, math.e, math.inf, -math.inf, math.nan, type(math.pi))
print(math.sqrt(16), math.sqrt(2), math.sqrt(0), math.sqrt(1e10), math.sqrt(0.25), math.sqrt(7))
print(math.floor(3.7), math.floor(-3.7), math.floor(5), math.ceil(3.2), math.ceil(-3.2), math.ceil(5), type(math.floor(1.5)))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e15 + 0.5), math.ceil(2.0))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), type(math.fabs(-3)))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1), math.pow(0, 0), type(math.pow(2, 2)))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(0, 0))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(10 ** 18), math.isqrt(9223372036854775807))
print(math.gcd(12, 18), math.gcd(17, 5), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(12, -18))
print(math.isnan(math.nan), math.isnan(1.0), math.isnan(math.inf), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isnan(float("nan")), math.isinf(1e308 * 10), math.inf > 1e308, math.nan != math.nan)
print(math.sqrt(2) ** 2, math.sqrt(2) * math.sqrt(2) == 2)
print([math.isqrt(n) for n in range(0, 50, 7)], [math.floor(x / 3) for x in range(-4, 5)])
print(math.floor(-7 / 2), -7 // 2, math.ceil(7 / 2), math.ceil(-7 / 2))
r = 2.5
print("area", round(math.pi * r * r, 6), "circumference", round(2 * math.pi * r, 6))
def is_square(n):
    root = math.isqrt(n)
    return root * root == n
print([n for n in range(100) if is_square(n)])
print(math.gcd(2 ** 40, 6 ** 20), math.gcd(1071, 462))
