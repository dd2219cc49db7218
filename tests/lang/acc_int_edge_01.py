M = 9223372036854775807
m = -9223372036854775808
print(M, m, M + m, -M, m + 1, M // 2, m // 2, m // -2 if False else "skip")
print(M % 10, m % 10, m % -10, M // -7, m // 7, divmod(m, 7), divmod(M, -7))
print(abs(m + 1), -(m + 1), hex(M), hex(m), bin(255), bin(-5), oct(-64), hex(0), bin(0))
print(M >> 60, m >> 60, m >> 63, -1 >> 10, 1 << 62, -1 << 62, 5 & -2, -5 | 3, -5 ^ 3, ~M, ~m)
print(3 ** 39, (-3) ** 39, 2 ** 62, -(2 ** 62) * 2)
print(int("0x1f", 16) if False else int("1f", 16), int("-101", 2), int("777", 8), int("zz", 36))
print(int("0b101", 0), int("0o17", 0), int("0x_ff", 0) if False else int("0xff", 0), int("1_000"))
print(pow(3, 4), pow(2, -1), pow(3, 200, 1000), pow(-7, 3, 5), pow(7, 0, 1), pow(5, 3, -4))
print(7 // 2, -7 // 2, 7 % -2, -7 % -2, 0 // 5, 0 % -5, 1 // -1)
print(True + True, True * 10, -True, ~True, True << 3, False // 1, True / 2)
print(int(True), int(" 7\n"), str(-0), int("-00012"), int("+5"))
for s in ["", " ", "1.5", "abc", "1e3", "0x10"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1, 5)
    print("inverse", pow(2, -1, 5))
except ValueError as e:
    print("ValueError:", e)
print(10 ** 18, -(10 ** 18), 10 ** 18 * 9, 123456789 * 987654321)
print(sum(range(1, 1000001)), sum(i * i for i in range(1000)))
print(1 < 2 < 3, 1 < 3 < 2, 5 > 3 == 3, 1 == 1.0 == True, 2 is not 3 if False else "ok")
print(0 == -0, 7 ^ 7, 6 & 3, 6 | 3, 1 << 0, 8 >> 5)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
print(hash(M) == hash(M), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(abs(-9), round(7), round(7, 2), round(-15, -1), round(1234, -2), divmod(0, 3))
