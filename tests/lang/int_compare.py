# Comparisons between ints, chained comparisons, mixed int/float/bool.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 3 == 3, 3 != 3)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 5 > 3 < 4, 1 <= 1 < 2 <= 2)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5.0, x < 5.5, x > 4.99)
print(True == 1, False == 0, True + True, True > False)
print(-1 < 0 < 1, -9223372036854775807 - 1 < 9223372036854775807)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
print(max(3, 7) == 7, min(-2, 2) == -2)
print(1 == 1.0, 2 == 2.5, 0 == -0.0, 1 != 1.0)
print(10 ** 15 == 1e15, 2 ** 53 == 2.0 ** 53)
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(9007199254740993 < 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(3 in [1, 2, 3], 4 not in (1, 2, 3), 2.0 in [1, 2, 3])
print(sorted([3, 1.5, 2, -1, True, 0.0]))
