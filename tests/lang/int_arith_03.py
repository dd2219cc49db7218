# Integer operations close to the int64 limits (all results stay in range).
MAX = 9223372036854775807
MIN = -MAX - 1
print(MAX, MIN, MAX + MIN, MAX - 1, MIN + 1)
print(MAX // 2, MAX % 2, MIN // 2, MIN % 2, MIN // 3, MIN % 3, MAX // -3, MAX % -3)
print(MAX // MAX, MIN // MIN, MIN // MAX, MIN % MAX, MAX // MIN, MAX % MIN)
print(-MAX, abs(MIN + 1), MAX >> 1, MAX >> 62, MAX >> 63, MIN >> 1, MIN >> 63, ~MAX, ~MIN)
print(MAX & 0xFF, MIN & 0xFF, MAX | MIN, MAX ^ MIN, MIN & MAX)
print(3037000499 * 3037000499, -3037000499 * 3037000499, 4294967295 * 2147483647)
print((1 << 62) + ((1 << 62) - 1), -(1 << 62) - (1 << 62))
print(str(MIN), repr(MAX), int(str(MIN)), float(MAX), float(MIN), int(float(2 ** 62)))
print(MAX == MAX, MIN < MAX, MIN < 0 < MAX, MAX > 1e18, MAX < 1e19)
print(divmod(MAX, 1000000007), divmod(MIN, 1000000007), pow(MAX, 1, 97), pow(2, 62, MAX))
x = 1
steps = 0
while x < MAX // 3:
    x *= 3
    steps += 1
print(x, steps)
acc = 0
for i in range(1, 64):
    acc = (acc * 1103515245 + 12345) % 2147483648
print(acc)
print(10 ** 18 + 10 ** 18 + 10 ** 18, 2 ** 31 * 2 ** 31, 2 ** 32 * 2 ** 30)
print(MAX // 10 ** 9, MAX % 10 ** 9, -(MAX // 10 ** 18))
