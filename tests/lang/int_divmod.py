# divmod on ints and floats, negative operands.
for a in (17, -17, 0, 5, -5):
    for b in (5, -5, 3, -3, 1):
        print(a, b, divmod(a, b), (a // b, a % b) == divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-7.5, -2))
print(divmod(1, 0.5), divmod(10, 3.0))
q, r = divmod(100, 7)
print(q, r, q * 7 + r)
seconds = 987654
m, s = divmod(seconds, 60)
h, m = divmod(m, 60)
d, h = divmod(h, 24)
print(d, "days", h, "h", m, "m", s, "s")
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
