# float() from strings and ints; errors; int() of floats.
print(float("1.5"), float("-2"), float("  3.25  "), float("1e3"), float("1E-3"), float(".5"), float("5."))
print(float("inf"), float("-inf"), float("Infinity"), float("nan"), float("-NaN"), float("+1.5"))
print(float(7), float(-7), float(True), float(0), float())
print(float("1e400"), float("-1e400"), float("1e-400"))
print(float("0.1") == 0.1, float(str(1 / 3)) == 1 / 3)
print(int(2.999), int(-2.999), int(1e15), int(-1e15), int(1.5e18))
for s in ["", "abc", "1.2.3", "1e", "--1", "1,5", "0x10"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("-inf"))
except OverflowError as e:
    print("OverflowError:", e)
print(str(1.0), str(0.5), str(-0.0), str(1e16), str(1e-5))
print(repr(float("1.10")), repr(float("100")), repr(float("-0")))
print(float(str(2.5e-300)), float(repr(5e-324)))
