# math transcendental functions: exp, log (with base), log2, log10, sin, cos, tan, atan, atan2.
import math
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(2.5), math.exp(-745.2))
print(math.log(1), math.log(math.e), math.log(10), math.log(0.5), math.log(1e-300))
print(math.log(8, 2), math.log(1000, 10), math.log(81, 3), math.log(100, 10), math.log(2, 4))
print(math.log2(1), math.log2(8), math.log2(1024), math.log2(10), math.log2(0.125))
print(math.log10(1), math.log10(1000), math.log10(1e-5), math.log10(2), math.log10(12345))
print(math.sin(0), math.sin(math.pi / 2), math.sin(math.pi / 6), math.sin(1), math.sin(-2.5))
print(math.cos(0), math.cos(math.pi), math.cos(math.pi / 3), math.cos(1), math.cos(100))
print(math.tan(0), math.tan(math.pi / 4), math.tan(1), math.tan(-0.5))
print(math.atan(0), math.atan(1), math.atan(-1), math.atan(1e10), math.atan(math.inf))
print(math.atan2(1, 1), math.atan2(1, -1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(0, 1), math.atan2(-0.0, -1))
print(math.sin(math.pi), math.cos(math.pi / 2), math.exp(math.log(5)))
for deg in range(0, 361, 45):
    rad = deg * math.pi / 180
    print(deg, round(math.sin(rad), 12), round(math.cos(rad), 12), round(math.atan2(math.sin(rad), math.cos(rad)), 12))
print(round(math.sin(1) ** 2 + math.cos(1) ** 2, 15))
x = 0.7
print(math.atan(math.tan(x)) == x, round(math.exp(math.log(123.456)), 9))
print(math.exp(709), math.exp(-1000))
