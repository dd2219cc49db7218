vals = [0, 0.0, -0.0, 1, -1, 1.5, -2.25, 1234.5, 1e16, 1e-7, 123456789.0, 0.1, 2/3, 1e300, float("inf"), float("nan")]
specs = ["", "g", ".3", ".3g", "e", ".0e", "+g", "#g", ",", ".2f", "10.3", "<8", "^9.1f", "=+10.2f", "%", ".0%"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append("ERR(%s)" % e)
    print(repr(v), "|".join(row))
ints = [0, 7, -7, 255, -255, 10**12, -9223372036854775807 - 1]
ispecs = ["", "d", "x", "X", "#x", "#010x", "o", "#o", "b", "#b", "08b", ",", "_", "_x", "+", " ", "=8", "^8", "c" ]
for v in ints:
    row = []
    for s in ispecs:
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append("ERR(%s)" % type(e).__name__)
    print(v, "|".join(row))
for s in ["", "s", ">5", "<5", "^5", "*^7", ".2", "5.1"]:
    print(repr(format("abc", s)), end=" ")
print()
for v, s in [(3, ".2f"), (3, "e"), (3, "%"), (True, ".1f"), (True, "x"), (False, ""), (None, ""), (3.0, "d"), ("s", "d"), (5, "s"), (1.5, "x"), (5, ",.2f"), (-0.001, ".2f"), (0.5, ".0f"), (1.5, ".0f")]:
    try:
        print(repr(format(v, s)), end=" ")
    except (ValueError, TypeError) as e:
        print("ERR[%s: %s]" % (type(e).__name__, e), end=" ")
print()
print("%.20f" % 0.1, "%.17g" % 0.1, "%.0f" % 0.5, "%.0f" % 1.5, "%5.1f%%" % 99.55, "%e" % 0, "%g" % 0.0, "%#x" % 0)
print("%-+8.2f|%+-8.2f|%08.3e|%-08d|" % (3.14159, -2.5, 12345.6789, 42))
print("%s %s %s" % (1e16, 1e-5, 123456789012.0), "%r" % (1e16,), "%.3s" % "abcdef", "%5.2s|" % "abc")
print(f"{1234567.891:>15,.2f}|{-1234567.891:<15,.1f}|{0.000012345:.3e}|{12345678:,d}")
print(f"{3.0:.0f} {3.14159:.0e} {100:e} {1e-10:.2g} {123.456:.2g} {0.00001234:g}")
