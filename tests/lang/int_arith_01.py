# Basic integer arithmetic: + - * and precedence.
a = 17
b = 5
print(a + b, a - b, a * b)
print(b - a, -a, +a, -(-a))
print(a + b * 2, (a + b) * 2, a - b - 3, a - (b - 3))
print(2 * 3 + 4 * 5, 2 * (3 + 4) * 5)
print(0 + 0, 0 * 12345, 1 * -1, -1 * -1)
x = 1000000
print(x * x, x * x * 1000, -x * x)
print(123456789 * 987654321)
print(9223372036854775807, -9223372036854775807 - 1)
print(9223372036854775806 + 1, -9223372036854775807 - 1 + 5)
big = 4611686018427387904
print(big - 1 + big, -big - big)
total = 0
for i in range(1, 101):
    total = total + i
print("sum 1..100 =", total)
prod = 1
for i in range(1, 21):
    prod = prod * i
print("20! =", prod)
print(1 - 2 - 3 - 4, 1 - (2 - (3 - 4)))
print(-3 * -3, -3 * 3, 3 * -3)
print(7 + -7, 0 - 0, -0)
print(type(3), type(3 + 4), type(-3))
n = 10
n = n * n + n - n // 3
print(n)
print(1000000 + 1)
print(0x1F, 0o17, 0b1011, 0xff + 0b1)
