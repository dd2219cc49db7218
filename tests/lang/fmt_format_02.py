# str.format: the same specs as f-strings, via positional/keyword fields and stored templates.
row = "{:<8}|{:>6d}|{:>9.3f}|{:^7}|{:>8.1%}"
data = [("alpha", 1, 3.14159, "x", 0.125), ("beta", 22, -2.5, "yy", 0.5), ("gamma", 333, 1e3, "zzz", 1.0)]
for r in data:
    print(row.format(*r))
print("{:e} {:E} {:.0e} {:g} {:G} {:.2g}".format(1234.5, 0.00012, 5e10, 1e-7, 1e20, 0.000456))
print("{:x} {:X} {:#x} {:o} {:#o} {:b} {:#b} {:08b} {:#010x}".format(3054, 3054, 3054, 64, 64, 10, 10, 10, 255))
print("{:,} {:,.3f} {:15,} {:<15,}|".format(123456789, 98765.4321, 1234567, 1234567))
print("{:+} {:+} {: } {: } {:-}".format(5, -5, 5, -5, 5))
print("{:5}|".format("x"))
print("{:>10}|{:<10}|{:^10}|".format(3.5, -2, True))
print("{:.3}|{:.0f}|{:.1f}|{:.2f}".format(2.71828, 0.5, 0.05, 2.675))
print("{!r:>8}|{!s:<8}|".format("ab", "ab"))
print("{a}{b}{a}".format(a="<", b="-"), "{0}{1}{0}".format("|", " "))
template = "Name: {name:<10} Score: {score:6.2f} Rank: {rank:03d}"
for name, score, rank in [("ann", 93.456, 1), ("bob", 7.1, 12)]:
    print(template.format(name=name, score=score, rank=rank))
print("{:%}".format(0.25), "{:.2%}".format(1 / 3), "{:.0%}".format(0.995))
print("{:5d}|{:<5d}|{:^5d}|{:05d}|{:+05d}".format(-42, -42, -42, -42, 42))
print("{:g}|{:g}|{:g}|{:g}|{:g}".format(0.0, -0.0, 100.0, 1234567.0, 0.00001234))
print("{:.3g}|{:.3g}|{:.3g}|{:.10g}".format(1234.0, 0.001234, 99.95, 1 / 3))
