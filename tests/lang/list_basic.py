# List creation, indexing, slicing, concatenation, repetition, membership, comparison.
a = [1, 2, 3, 4, 5]
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a[::2], a[-2:], a[:-2], a[4:1:-1])
print(a + [6, 7], [0] * 3, 2 * [1, 2], [] * 5, [[]] * 2)
print(3 in a, 9 in a, 9 not in a, [1, 2] == [1, 2], [1, 2] != [2, 1])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, [2]] == [1, [2]])
print(list(), list("ab"), list((1, 2)), list(range(4)), list({"a": 1, "b": 2}))
b = a
b.append(6)
print(a, a is b, a == a[:], a is a[:])
c = [x * 2 for x in a]
print(c, sum(c), min(c), max(c))
nested = [[1, 2], [3, 4], [5]]
print(nested[1][0], nested[-1][-1], len(nested), [len(r) for r in nested])
nested[0].append(9)
print(nested)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 3] * 3
alias[1][1] = 5
print(alias)
a[0] = 100
a[-1] = -1
print(a)
print(a[10:], a[-10:2], a[2:2], a[5:1])
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-10] = 1
except IndexError as e:
    print("IndexError:", e)
mixed = [1, "two", 3.0, None, True, [5], (6,), {"k": 7}]
print(mixed, len(mixed))
print([1, 2, 3][1], [[1, 2], [3]][0][1])
x = [1, 2, 3]
y = x + x
print(y, y.count(1), y.index(3))
