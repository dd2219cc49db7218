# Lists of lists: matrices, transposition, flattening, deep structures.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m)
t = [[row[i] for row in m] for i in range(3)]
print(t)
print([list(col) for col in zip(*m)])
print([m[i][i] for i in range(3)], [m[i][2 - i] for i in range(3)])
print([x for row in m for x in row])
print(sum(sum(row) for row in m), max(max(row) for row in m))
def matmul(a, b):
    n, k, p = len(a), len(b), len(b[0])
    return [[sum(a[i][x] * b[x][j] for x in range(k)) for j in range(p)] for i in range(n)]
print(matmul(m, m))
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(m, ident) == m)
def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
deep = [1, [2, [3, [4, [5]]]], [[6]], [], 7]
print(flatten(deep), deep)
def depth(xs):
    if not isinstance(xs, list):
        return 0
    return 1 + max([depth(x) for x in xs], default=0)
print(depth(deep), depth([]), depth(5))
board = [["." for _ in range(5)] for _ in range(3)]
board[0][0] = "X"
board[2][4] = "O"
board[1][2] = "X"
for row in board:
    print("".join(row))
tri = []
for i in range(6):
    row = [1] * (i + 1)
    for j in range(1, i):
        row[j] = tri[i - 1][j - 1] + tri[i - 1][j]
    tri.append(row)
for row in tri:
    print(" ".join(str(v) for v in row).center(20))
