# Float arithmetic, floor division and modulo of negatives, mixed with ints.
print(7.0 // 2, -7.0 // 2, 7.0 // -2, -7.5 // 2, 7.5 // 2)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2, 5.0 % 5, -5.0 % 5)
print(6.0 % 4, 6 % 4.0, -1.0 % 3, 1.0 % -3)
print(1.5 + 2, 2 - 0.5, 3 * 0.5, 7 / 2.0, 2 ** -1.0)
print(type(1 + 1.0), type(2 * 1.0), type(4 // 2.0))
print(-0.0 + 0.0, -0.0 - 0.0, 0.0 * -1, -0.0 * -1)
print(abs(-2.5), abs(-0.0), -(-0.0), +(-0.0))
inf = float("inf")
nan = float("nan")
print(inf + 1, inf * 2, -inf, inf - inf, inf * 0, inf / inf, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1)
print(inf == inf, inf > 1e308, -inf < -1e308, inf == float("inf"))
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(3.0 * 4, 3.0 == 3, 10 / 4 * 4, 10 // 4 * 4)
print(1e16 // 3, 1e16 % 3, 2.5 // 0.5, 2.5 % 0.5, 0.3 % 0.1)
print(-7 // 2.5, -7 % 2.5, 7 // -2.5, 7 % -2.5)
a = 1.0
for i in range(5):
    a = a * 3 + 0.25
print(a)
print(sum([0.5, 0.25, 0.125]), sum([1, 2.5, 3]))
