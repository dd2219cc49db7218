# int() from str, float, bool, with bases; str() and repr() of ints.
print(int("42"), int("-17"), int("  7  "), int("+5"), int("0"), int("-0"))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e18))
print(int(True), int(False), int())
print(int("ff", 16), int("FF", 16), int("101", 2), int("777", 8), int("z", 36))
print(int("-a", 16), int(" 1f ", 16), int("-101", 2))
print(int("9223372036854775807"), int("-9223372036854775808"))
print(str(0), str(-5), str(123456789012345), repr(42), repr(-1))
print(str(10) + str(20), int(str(99)) + 1)
print(len(str(2 ** 62)), str(2 ** 62)[::-1])
for s in ["12", " 12", "12 ", "\t12\n", "-12"]:
    print(repr(s), int(s))
for bad in ["", "abc", "1.5", "12a", "--1", " ", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    int("g", 16)
except ValueError as e:
    print("ValueError:", e)
print(int(float("12.75")), float(int("12")))
