# Bitwise operators on non-negative and negative ints.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, ~b, ~0, ~-1)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 0, 1 << 10, 1 << 62, 3 << 20)
print(1024 >> 3, 1023 >> 3, 1 >> 1, 0 >> 5)
print(-8 >> 1, -1 >> 10, -9 >> 2, -1 << 3, -5 << 2)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 & 255, -256 & 255)
print(~5 + 1, -(5), ~~7)
x = 0
for i in range(0, 64, 3):
    if i < 63:
        x |= 1 << i
print(x, hex(x))
print(x & 0xFFFF, (x >> 32) & 0xFF)
mask = 0
for bit in (1, 3, 5, 7):
    mask ^= 1 << bit
print(mask, bin(mask))
n = 0b101101101
count = 0
while n:
    count += n & 1
    n >>= 1
print("popcount", count)
print(6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
print(1 + 2 << 3, 1 + (2 << 3))
print(True & False, True | False, True ^ True)
