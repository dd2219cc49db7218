grid = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#E",
]
R, C = len(grid), len(grid[0])
start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
end = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "E")
def neighbors(p):
    r, c = p
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#":
            yield nr, nc
def bfs():
    queue = [start]
    prev = {start: None}
    head = 0
    while head < len(queue):
        cur = queue[head]; head += 1
        if cur == end:
            break
        for n in neighbors(cur):
            if n not in prev:
                prev[n] = cur
                queue.append(n)
    path = []
    p = end
    while p is not None:
        path.append(p)
        p = prev.get(p)
    return path[::-1], len(prev)
path, seen = bfs()
print(len(path) - 1, seen)
rows = [list(r) for r in grid]
for r, c in path[1:-1]:
    rows[r][c] = "*"
print("\n".join("".join(r) for r in rows))
dist = {start: 0}
frontier = [start]
while frontier:
    nxt = []
    for p in frontier:
        for n in neighbors(p):
            if n not in dist:
                dist[n] = dist[p] + 1
                nxt.append(n)
    frontier = nxt
print(max(dist.values()), sorted(dist.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(sum(1 for r in range(R) for c in range(C) if grid[r][c] != "#" and (r, c) not in dist))
