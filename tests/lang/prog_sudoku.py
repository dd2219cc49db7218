# Sudoku solver: backtracking with candidate sets (sets of small ints printed sorted and raw).
puzzle = [
    "53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1",
    "7...2...6", ".6....28.", "...419..5", "....8..79",
]
grid = [[int(c) if c != "." else 0 for c in row] for row in puzzle]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return set(range(1, 10)) - used
print(candidates(grid, 0, 2), candidates(grid, 4, 4), sorted(candidates(grid, 8, 0)))
calls = [0]
def solve(g):
    calls[0] += 1
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cand = candidates(g, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for v in sorted(cand):
        g[r][c] = v
        if solve(g):
            return True
    g[r][c] = 0
    return False
print(solve(grid), calls[0] > 0)
for i, row in enumerate(grid):
    if i % 3 == 0 and i:
        print("------+-------+------")
    print(" | ".join(" ".join(str(v) for v in row[k:k + 3]) for k in (0, 3, 6)))
ok = all(set(row) == set(range(1, 10)) for row in grid)
ok = ok and all({grid[r][c] for r in range(9)} == set(range(1, 10)) for c in range(9))
print("valid", ok)
