# %-formatting in loops and reports: widths, precision, flags, tuples vs single values.
header = "%-10s|%8s|%8s|%6s" % ("item", "price", "qty", "pct")
print(header)
print("-" * len(header))
items = [("widget", 2.5, 10), ("gadget", 13.999, 3), ("doohickey", 0.1, 250)]
total = sum(p * q for _, p, q in items)
for name, price, qty in items:
    print("%-10s|%8.2f|%8d|%5.1f%%" % (name, price, qty, 100.0 * price * qty / total))
print("%-10s|%8.2f|" % ("total", total))
print("%d items, %i kinds, %s" % (sum(q for _, _, q in items), len(items), "done"))
for v in [0, 7, -7, 255, 4096]:
    print("%5d %-5d| %05d %+d %x %X %o %#x %#o" % (v, v, v, v, v, v, v, v, v))
for f in [0.0, 1.5, -2.25, 1234.5678, 1e-5, 1e20]:
    print("%f %.1f %10.3f %-10.2f| %e %.2e %g %.3g" % (f, f, f, f, f, f, f, f))
print("%s %s %s" % ([1, 2], (3,), {"k": None}))
print("%r %r %r" % ("s", 1.5, None))
print("%5s|%-5s|%5r|" % ("ab", "ab", "ab"))
print("%.1f%%" % 99.95, "%.0f%%" % 0.5, "%.0f" % 1.5, "%.0f" % 2.5)
single = 42
print("value: %d" % single, "str: %s" % "x", "tuple: %s" % ((1, 2),))
print("%3d%%|%-4d%%" % (5, 10))
print("%s" % chr(65), "%s%%" % 5)
