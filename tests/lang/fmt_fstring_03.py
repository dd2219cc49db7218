# f-string format specs for ints and strings: d, b, o, x, X, #, fill, align, width, grouping.
n = 42
neg = -255
print(f"{n:d}|{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}|{neg:d}|{neg:6d}|{neg:06d}|")
print(f"{n:b}|{n:08b}|{n:#b}|{n:#010b}|{neg:b}|{5:3b}|")
print(f"{n:o}|{n:#o}|{n:x}|{n:X}|{n:#x}|{n:#X}|{255:04x}|{neg:x}|{neg:#x}|")
print(f"{1234567:,}|{1234567:,d}|{-1234567:,}|{999:,}|{1000:,}|{0:,}|{1234567:12,}|")
print(f"{n:*^9}|{n:->6}|{n:_<6}|{n:0>6}|{n:x^7x}|")
print(f"{n:.2f}|{n:e}|{n:%}|{n:g}|{n}|{n:}|")
s = "text"
print(f"{s:10}|{s:<10}|{s:>10}|{s:^10}|{s:*^10}|{s:.2}|{s:>6.3}|{s:2}|")
print(f"{'':5}|{'a':^4}|{'ab':^5}|")
print(f"{True}|{True:d}|{False:5}|{None!r:>6}|")
w = 7
for i in [0, 5, 12, 123, 1234, -12]:
    print(f"|{i:4d}|{i:<4d}|{i:^6}|{i:+05d}|{i:x}|{i:o}|")
table = [("alice", 93.5, 3), ("bob", 7.25, 12), ("charlotte", 100.0, 1)]
print(f"{'name':<10}{'score':>8}{'rank':>6}")
for name, score, rank in table:
    print(f"{name:<10}{score:>8.2f}{rank:>6d}")
print(f"{9223372036854775807:,}|{-9223372036854775807:x}|{2 ** 40:b}")
