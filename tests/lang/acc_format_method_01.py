print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0[0]} {0[1]} {1[k]}".format([9, 8], {"k": "v"}))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("{:*^11}".format("mid"))
print("{:6.2f}|{:-^10.3f}|{:+.1e}".format(3.14159, 2.71828, 12345.0))
print("{!r} {!s}".format("q", "q"))
print("{:,} {:x} {:o} {:b} {:#X}".format(10**9, 3054, 8, 5, 48879))
print("{:05} {:05.1f} {:<05}".format(42, 3.14159, 7))
print("{:.3s}|{:10.3s}|".format("abcdef", "abcdef"))
print("{{}} {}".format("braces"))
print("{:%} {:.1%}".format(0.25, 1/3))
print("{:g} {:G} {:.3g} {:.10g}".format(1e-7, 1e20, 3.14159, 1/7))
print("{:n}".format(1234))
print("{0:{1}}|".format("w", 5))
print("{:{}{}}|".format(3, "<", 4))
class P:
    def __init__(self): self.x = 5
print("{0.x}".format(P()))
print("{:d}".format(True), "{}".format(None), "{:>5}".format(True))
for bad in ["{:d}", "{:x}"]:
    try:
        print(bad.format(2.5))
    except ValueError as e:
        print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
print(format(3.5), format(12, "04d"), format("x", ">3"), format(0.5, ".0%"))
print(format(1234.5678, ",.2f"), format(-0.0, ".1f"), format(1e300, ".2e"))
print("{:.0f} {:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5, -0.5))
print(str(12).zfill(5), "-12".zfill(5), "+3".zfill(4), "abc".zfill(2))
print("ab".center(7, "-"), "ab".center(6), "abc".ljust(6, ".") + "|", "abc".rjust(2))
