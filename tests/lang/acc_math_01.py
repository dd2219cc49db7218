import math
from math import sqrt, pi
print(math.sqrt(2), sqrt(16), math.sqrt(0.0), math.sqrt(1e-300), pi, math.e)
print(math.floor(-2.5), math.ceil(-2.5), math.floor(3), math.ceil(3.0000001), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.exp(1), math.exp(0), math.log(math.e), math.log(100, 10), math.log(8, 2))
print(math.log2(1024), math.log10(0.001), math.log(1), math.log2(3), math.log10(2))
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.cos(math.pi), math.tan(math.pi / 4))
print(math.atan(1) * 4, math.atan2(1, -1), math.atan2(-0.0, -1), math.atan2(0, 0))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.hypot(3, 4), math.hypot(5, 12))
print(math.isqrt(99), math.isqrt(100), math.isqrt(0), math.isqrt(2**62), math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6))
print(math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf), math.isinf(1e308), math.isnan(1.0))
print(math.floor(1e15 + 0.5), math.ceil(-0.5), math.floor(-0.0), math.sqrt(2) ** 2, round(math.sqrt(2) ** 2, 12))
print(math.exp(-1000), math.exp(700), math.log(1e-300), math.pow(10, -300))
errs = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000),
        lambda: math.pow(10, 400), lambda: math.isqrt(-1), lambda: math.floor(math.inf), lambda: math.floor(math.nan),
        lambda: math.log2(0), lambda: math.sqrt("x"), lambda: math.ceil(-math.inf), lambda: math.pow(0, -1),
        lambda: math.gcd(1.5, 2), lambda: math.log10(-5), lambda: math.sqrt(-2)]
for e in errs:
    try:
        print(e())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as ex:
        print(type(ex).__name__ + ":", ex)
print([round(math.sin(i / 10), 4) for i in range(5)])
print(sum(math.sqrt(i) for i in range(100)))
print(math.cos(1e10), math.sin(1e22), math.tan(1.5707963267948966))
print(math.pi * 2, math.pi / 3, 180 / math.pi, math.e ** 2, math.exp(2))
print(math.ceil(2.0), math.floor(-7 / 2))
print(math.hypot(1e200, 1e200), math.hypot(0, 0), math.hypot(-3, -4), math.atan(math.inf))
