# range with one/two/three arguments, negative steps, len, indexing, membership.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 5)), list(range(5, 2)), list(range(-3, 3)), list(range(3, -3, -1)))
print(range(5), range(1, 5), range(1, 10, 2), range(0, -5, -1))
r = range(1, 20, 4)
print(len(r), r[0], r[-1], r[2], 9 in r, 10 in r, list(r[1:3]), list(r[::-1]))
print(len(range(0)), len(range(10, 0, -2)), len(range(-10, 10, 7)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))
for i in range(3):
    print("i =", i)
for i in range(10, 0, -4):
    print("down", i)
print(range(3) == range(3), range(0) == range(2, 2), list(range(-5, -15, -5)))
print(range(1, 5).index(3), range(0, 20, 5).count(10), 15 in range(0, 20, 5), -1 in range(5))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
big = range(0, 9223372036854775807, 1000000000000)
print(len(big), big[-1], 4000000000000 in big)
total = 0
for i in range(1, 1000, 7):
    total += i
print(total, list(range(3))[::-1], tuple(range(2)))
