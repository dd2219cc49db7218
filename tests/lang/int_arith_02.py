# True division always gives float; floor division and modulo round toward -inf.
print(7 / 2, 8 / 2, -7 / 2, 1 / 4, 0 / 5)
print(type(8 / 2))
print(10 / 3, -10 / 3, 2 / 3)
print(1 / 3 + 1 / 3 + 1 / 3)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(6 // 3, -6 // 3, 6 % 3, -6 % 3)
print(0 // 5, 0 % 5, 0 // -5, 0 % -5)
for a in (-10, -9, -1, 0, 1, 9, 10):
    for b in (-4, -3, 3, 4):
        q = a // b
        r = a % b
        assert q * b + r == a
        print(a, b, q, r, end=" | ")
    print()
print(1 // 1, -1 // 1, 1 // -1)
print(9223372036854775807 // 2, 9223372036854775807 % 10)
print(-9223372036854775807 // 10, -9223372036854775807 % 10)
print(100 // 7 * 7 + 100 % 7)
print(-100 // 7, -100 % 7)
