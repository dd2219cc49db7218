# Indexing and slicing of strings with negative indices and steps.
s = "abcdefghij"
print(s[0], s[5], s[-1], s[-10], s[9])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[-1::-3])
print(s[8:2:-1], s[8:2:-2], s[2:8:-1], s[-2:-8:-1], s[:2:-1], s[5::-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], s[-100:100])
print(s[1:9][::-1][2:4], s[::-1][::-1] == s)
for i in range(-3, 3):
    print(i, s[i], s[i:], s[:i])
for step in (1, 2, 3, -1, -2, -4):
    print(step, s[::step], s[1:8:step], s[8:1:step])
word = "racecar"
print(word == word[::-1], "python"[::-1], "ab"[5:], "ab"[-5:])
try:
    print(s[10])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[-11])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
t = "x"
print(t[0], t[-1], t[0:1], t[1:], len(t[1:]))
