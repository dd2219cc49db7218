# Exponentiation: int ** non-negative int is int, int ** negative is float.
print(2 ** 10, 2 ** 0, 0 ** 0, 1 ** 100, (-1) ** 101, (-1) ** 100)
print(3 ** 4, (-3) ** 3, -3 ** 2, (-3) ** 2)
print(2 ** 62, 2 ** 62 - 1 + 2 ** 62)
print(10 ** 18, -(10 ** 18))
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, 4 ** -0.5)
print(type(2 ** 3), type(2 ** -3))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(2.0 ** 3, 2 ** 0.5, 9 ** 0.5, 8 ** (1 / 3))
print(pow(2, 10), pow(2, -2), pow(2.5, 2))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13), pow(123456789, 1000, 1000000007))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(5, 3, 1))
print(pow(123456789012, 987654321, 1000000000000000003))
x = 3
x **= 3
print(x)
print(1.5 ** 2, (-1.5) ** 2, 0.0 ** 0)
for e in range(0, 63, 7):
    print(e, 2 ** e, 3 ** (e // 2))
