# Graph algorithms: BFS shortest paths, DFS, topological sort, Dijkstra with a simple heap.
graph = {
    "a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [], "g": ["a"],
}
def bfs(start):
    dist = {start: 0}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist
print(bfs("a"), bfs("g"))
def dfs(node, seen=None, order=None):
    if seen is None:
        seen, order = set(), []
    seen.add(node)
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen, order)
    return order
print(dfs("g"))
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n in graph if indeg[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(topo())
def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i > 0:
        parent = (i - 1) // 2
        if h[parent] <= h[i]:
            break
        h[parent], h[i] = h[i], h[parent]
        i = parent
def heap_pop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            small = i
            if l < len(h) and h[l] < h[small]:
                small = l
            if r < len(h) and h[r] < h[small]:
                small = r
            if small == i:
                break
            h[i], h[small] = h[small], h[i]
            i = small
    return top
weighted = {
    "s": [("a", 7), ("b", 2), ("c", 3)], "a": [("d", 4)], "b": [("a", 3), ("d", 8)],
    "c": [("d", 9), ("e", 1)], "d": [("t", 1)], "e": [("t", 20), ("d", 2)], "t": [],
}
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    h = [(0, src)]
    while h:
        d, node = heap_pop(h)
        if d > dist.get(node, d):
            continue
        for nxt, w in weighted[node]:
            nd = d + w
            if nd < dist.get(nxt, nd + 1):
                dist[nxt] = nd
                prev[nxt] = node
                heap_push(h, (nd, nxt))
    return dist, prev
dist, prev = dijkstra("s")
print(sorted(dist.items()))
path = ["t"]
while path[-1] != "s":
    path.append(prev[path[-1]])
print("->".join(reversed(path)))
h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heap_push(h, v)
print([heap_pop(h) for _ in range(7)])
