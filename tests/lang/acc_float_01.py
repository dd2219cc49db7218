print(-0.0, 0.0 == -0.0, repr(-0.0), str(-0.0), abs(-0.0), -0.0 + 0.0, 0.0 * -1)
print(1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1.5e-10)
print(1e22, 1e23, 2.0 ** 60, 2.0 ** -20, 1.7976931348623157e308, 5e-324)
print(float("1e308") * 10, -float("1e308") * 10, 1e308 * 10 - 1e308 * 10)
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 3, 1e-7 / 3)
print(3 / 1, 7 / 2, -7 / 2, 2 ** -1, 2 ** -3, (-2) ** -2, 10 ** -2)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(7, -2), divmod(-7, 2), divmod(-7, -2), -7 % 3, 7 % -3, -7 // 3)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(123.456, -1), round(5, -1), round(15, -1), round(25, -1))
print(round(1234.5678, 2), round(-2.5), round(0.1), type(round(2.5)), type(round(2.5, 0)), round(2.5, 0))
print(int(3.99), int(-3.99), int("  42 "), int("-0"), float("  -1.5 "), float("inf"), float("-Infinity"), float("nan"))
print(int(1e18), float(2**53), float(2**53 + 1), 2**53 + 1.0)
print(1.0 == 1, 1.5 > 1, 2 ** 0.5, 4 ** 0.5, (-8) ** 2, 0 ** 0, 0.0 ** 0)
print(float("nan") == float("nan"), float("nan") != float("nan"), float("inf") > 1e308)
n = float("nan")
print(n is n, n == n, [n] == [n], n in [n])
print(1e300 * 1e10, -1e300 * 1e10, 1e-320, 1e-320 / 1e10)
print(3.0, 3.10, 100.0, 1e2, 1.0e-3, 123e5, .5, 5.)
print(repr(1/7), str(1/7), 1/7 * 7, 22/7)
print(sum([0.1] * 10), 0.1 * 10, sum([1, 2.5]), sum([]), sum([], 0.0))
print(abs(-2.5), abs(-3), -(-0.0), +(-0.0))
print(9007199254740993 == 9007199254740992.0, 9223372036854775807 == float(9223372036854775807), 9223372036854775807 < 9.3e18, -9223372036854775808 == -9.223372036854775808e18)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(5 / 2 == 2.5, 5 // 2 == 2, type(5 // 2.0).__name__, type(2 ** 2).__name__, type(2 ** -2).__name__)
print(-2 ** 2, (-2) ** 3, 2 ** 3 ** 2, -1 ** 0.5)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ["/", "//", "%"]:
        try:
            eval_ = {"/": lambda: a / b, "//": lambda: a // b, "%": lambda: a % b}[op]()
        except ZeroDivisionError as e:
            print(a, op, b, "->", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
