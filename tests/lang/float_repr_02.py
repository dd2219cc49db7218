# Floats made by arithmetic, printed in containers and via str().
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(sum([0.1] * 10))
vals = []
v = 1.0
for i in range(12):
    vals.append(v)
    v /= 10
print(vals)
v = 1.0
for i in range(20):
    v *= 7.3
    print(i, v)
print(str(3.0), str(-3.5), str(1e-10), str(1.5e300))
print(-1e-300 * 1e-300, 1e-300 * 1e-300)
print(0.1 + 0.7, 0.7 - 0.1, 4.35 * 100, 1.15 * 3)
print(2 ** 0.5 * 2 ** 0.5, 1 - 0.9, 0.3 - 0.1)
print([i / 8 for i in range(9)])
print([1 / i for i in range(1, 10)])
