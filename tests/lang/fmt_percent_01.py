# %-formatting: %d %i %s %r %f %.Nf %e %g %x %o %% with widths and flags.
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|%+5d|% d|" % (42, 42, 42, 42, 42, 42))
print("%f|%.2f|%10.3f|%-10.1f|%010.2f|%+.1f|%.0f|" % (3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 2.5, 2.5))
print("%e|%.2e|%E|%g|%g|%g|%.3g|%G|" % (12345.678, 0.000123, 1.5, 0.0001, 1e-5, 123456789.0, 3.14159, 1e-10))
print("%x|%X|%o|%#x|%#o|%5x|%-5x|%05x|" % (255, 255, 8, 255, 8, 255, 255, 255))
print("100%%|%d%%|%%d" % (50,))
print("%s" % "single", "%d" % 5, "%r" % ([1, "a"],), "%s" % ((1, 2),))
print("%s and %s" % ("a", "b"), "%s" % None, "%s %s" % (True, 1.0))
print("%10s|%-10s|%.2s|%5.1s|" % ("right", "left", "trunc", "xyz"))
print("%r|%10r|%-6r|" % ("q", "q", 1))
print("%d" % 3.99, "%i" % -3.99, "%d" % True, "%s" % 0.1, "%f" % 1, "%x" % -255)
print("%s%s" % ("H", "i"), "%s" % "" + "|")
print("%.3f %.3e %.3g" % (1/3, 1/3, 1/3))
rows = [("apples", 3, 1.5), ("pears", 10, 0.25), ("figs", 120, 12.0)]
for name, qty, price in rows:
    print("%-8s %4d x %6.2f = %8.2f" % (name, qty, price, qty * price))
fmt = "%s=%d"
print(fmt % ("x", 1), fmt % ("y", 2))
print("%5.1f%%" % 12.345, "%3d%%" % 7)
print("%s" % [1, 2], "%s" % {"k": 1})
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
