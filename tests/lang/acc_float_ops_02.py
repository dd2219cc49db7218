import math
inf = math.inf
print(1e-400, 1e400, -1e400, float("1e-400"), float("-1e400"))
print(1 // inf, -1 // inf, 5 % inf, -5 % inf, inf / 2, inf - inf, inf * 0, 0 * -inf)
print(divmod(7.5, -2), divmod(-7.5, -2), divmod(1e18, 7), 1e18 % 7, 1e18 // 7)
print(2 ** -1075, (-2) ** -1, 2 ** -1074, (-0.5) ** 3, 0.0 ** 0.0, (-0.0) ** 2, 1 ** inf)
print(math.floor(-0.5), math.ceil(-0.5), int(-0.5), int(0.9999999999999999), round(-0.4), round(0.49999999999999994))
print(round(2.5, 0), round(-2.5, 0), round(0.125, 2), round(0.375, 2), round(1e-20, 25), round(123.456, -2), round(-0.0, 1))
print(round(1.5) + round(2.5) + round(3.5), round(7, -1), round(5, -1), round(-5, -1), round(15, -1), round(-25, -1))
print(float(True), float(-5), float("  3.5e2  "), float("-0"), str(float("-0")), float(".5e-2"))
print(3 * 0.1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1.1 * 1.1, 1 - 0.9, 100 * 1.1)
print(1e15 + 0.1, 1e15 * 10, 123456789.0 * 1000, 0.1 ** 5, 2.0 ** 0.5 * 2.0 ** 0.5)
print(7.0 / 2, 7 / 2.0, -7 / 2, 1 / -3, 1e308 + 1e308, -(1e308 * 10), 1e-323 / 2)
print(int(1e15), int(-1e15 + 0.5), int(123.999), int(-0.0), hash(1.5) == hash(1.5), hash(2.0) == hash(2))
for a, b in [(7, 0.0), (7.0, 0), (0.0, 0.0)]:
    for name, fn in [("/", lambda: a / b), ("//", lambda: a // b), ("%", lambda: a % b), ("divmod", lambda: divmod(a, b))]:
        try:
            fn()
        except ZeroDivisionError as e:
            print(a, name, b, "->", e)
for bad in [lambda: round(inf), lambda: round(math.nan), lambda: int(-inf), lambda: pow(2, 3, 0), lambda: 0 ** -1, lambda: 0.0 ** -1.5, lambda: math.floor(-inf)]:
    try:
        print(bad())
    except (OverflowError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10), sum([0.1] * 10) == x)
print(max(0.0, -0.0), min(0.0, -0.0), sorted([0.0, -0.0, -1.0, 1.0]), -0.0 < 0.0, -0.0 == 0)

print(9007199254740993, float(9007199254740993), 9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(2**53 + 1 > float(2**53), 2**62 == 2.0**62, 2**62 + 1 == 2.0**62, 2**62 + 1 > 2.0**62, -(2**62) - 1 < -(2.0**62))
print(9223372036854775807 < float(9223372036854775807), 9223372036854775807 < 9223372036854775808.0, 9223372036854775807 >= 9.223372036854776e18)
