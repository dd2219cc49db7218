vals = [0.1, 0.7, 1.1, 2.2, 3.3, 1e-1, 9.999999999999999e22, 1e21, 1e-6, 1.0000000000000002,
        123456789.123456789, 0.30000000000000004, 4.35, 2.675, 1e100, 1.23e-100,
        float(2**62), 12345678901234567890.0, 0.1 + 0.7, 100.0 / 3, 1e15 + 0.3, 1e16 + 2]
for v in vals:
    print(repr(v), str(v), -v)
x = 1.0
for i in range(12):
    x /= 7
    print(x, end=" ")
print()
y = 1.0
for i in range(8):
    y *= 1234.5
    print(y, end=" ")
print()
print([0.5, -1.25, 1e-9], (2.0,), {1.5: 2.5})
print(str([float("inf"), float("-inf"), float("nan")]))
print(float("1_000.5"), float("1e3"), float("-.5"), float("+2."))
print(int(2.5e9), int(-1e15), float(10**15), float(-10**16))
print(7.0 // 0.1, 7.0 % 0.1, 0.1 * 3 == 0.3, round(0.1 * 3, 10) == 0.3)
print(1e16 + 1, 1e16 + 2, 2**53 + 0.0)
