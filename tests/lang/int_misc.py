# abs, int methods via builtins, number formatting helpers, bool arithmetic.
print(abs(-5), abs(5), abs(0), abs(-9223372036854775807))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(9223372036854775807), bin(2 ** 40))
print(True + 1, False * 10, True * True, -True, sum([True, True, False]))
print(round(7), round(-7), round(15, -1), round(25, -1), round(-15, -1), round(1234, -2))
print(max(1, 2, 3), min(4, -4, 0))
def digits(n):
    out = []
    n = abs(n)
    while True:
        out.append(n % 10)
        n //= 10
        if n == 0:
            break
    return out[::-1]
print(digits(0), digits(9876543210), digits(-42))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462))
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print([n for n in range(60) if is_prime(n)])
print(is_prime(1000000007), is_prime(1000000008))
fib = [0, 1]
while len(fib) < 93:
    fib.append(fib[-1] + fib[-2])
print(fib[10], fib[50], fib[92])
h = 0
for ch in "hello world":
    h = (h * 31 + ord(ch)) % 4294967296
print("hash", h)
