# Conway's Game of Life on a small torus, using sets of (x, y) tuples and dict counts.
W, H = 12, 8
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(8, 4), (9, 4), (10, 4)}
cells = glider | blinker
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % W, (y + dy) % H)
                    counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
def show(cells):
    for y in range(H):
        print("".join("#" if (x, y) in cells else "." for x in range(W)))
for gen in range(4):
    print("generation", gen, "alive", len(cells))
    show(cells)
    cells = step(cells)
for _ in range(40):
    cells = step(cells)
print("after 44 generations:", len(cells), sorted(cells))
