# round(): half to even, ndigits, negative ndigits, ints vs floats.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999, 2.675, 1.005, 7.0, -7.0]:
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(3.14159, 3), round(-3.14159, 3), round(3.14159, 0))
print(round(1e16), round(123456.789, 5), round(0.1 + 0.2, 15))
print(round(5, 2), round(-5, 1), type(round(5, 2)))
print(round(0.0), round(-0.0), round(-0.4), round(-0.6))
print(int(round(2.5)), round(2.5000001), round(1e-10, 12))
print(round(float("inf"), 2), round(float("-inf"), 1))
print(round(float("nan"), 2))
