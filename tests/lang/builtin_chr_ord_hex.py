# chr, ord, hex, bin, oct, with their error messages.
print(chr(97), chr(65), chr(48), chr(32) + "|", chr(0x263A), ord("z"), ord(" "), ord("~"))
print([chr(c) for c in range(97, 107)], [ord(c) - 96 for c in "hello"])
print(hex(0), hex(1), hex(15), hex(16), hex(-1), hex(4096), hex(0xDEADBEEF))
print(bin(0), bin(1), bin(2), bin(255), bin(-3), oct(0), oct(7), oct(64), oct(-9))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(511), 8))
for n in [0, 1, 10, 100, 1000, 65535]:
    print(n, hex(n), oct(n), bin(n), len(bin(n)) - 2)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
