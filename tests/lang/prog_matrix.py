# Linear algebra with lists of floats: Gaussian elimination, determinant, inverse, formatted output.
def show(m, fmt="{:8.3f}"):
    for row in m:
        print(" ".join(fmt.format(v) for v in row))
def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def solve(a, b):
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= factor * m[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (m[i][n] - sum(m[i][j] * x[j] for j in range(i + 1, n))) / m[i][i]
    return x
def det(a):
    n = len(a)
    m = [row[:] for row in a]
    d = 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if m[pivot][col] == 0:
            return 0.0
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            d = -d
        d *= m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n):
                m[r][c] -= f * m[col][c]
    return d
def inverse(a):
    n = len(a)
    cols = [solve(a, [1.0 if i == j else 0.0 for i in range(n)]) for j in range(n)]
    return [[cols[j][i] for j in range(n)] for i in range(n)]
A = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
b = [8.0, -11.0, -3.0]
x = solve(A, b)
print([round(v, 10) for v in x])
print(round(det(A), 10), det([[1.0, 2.0], [2.0, 4.0]]), round(det(identity(4)), 10))
inv = inverse(A)
show(inv)
check = matmul(A, inv)
show(check, "{:6.2f}")
print(all(abs(check[i][j] - (1.0 if i == j else 0.0)) < 1e-9 for i in range(3) for j in range(3)))
H = [[1.0 / (i + j + 1) for j in range(4)] for i in range(4)]
show(H, "{:.4f}")
print("{:.6e}".format(det(H)))
