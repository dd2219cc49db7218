# Dynamic programming: knapsack, LCS, edit distance, coin change, longest increasing subsequence.
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
    return best[cap]
print(knapsack([(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)], 15), knapsack([(5, 10), (4, 40), (6, 30), (3, 50)], 10))
def lcs(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                t[i][j] = t[i - 1][j - 1] + 1
            else:
                t[i][j] = max(t[i - 1][j], t[i][j - 1])
    out = []
    i, j = len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif t[i - 1][j] >= t[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(out))
print(lcs("ABCBDAB", "BDCABA"), lcs("dynamic", "programming"), repr(lcs("abc", "xyz")))
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[-1]
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
    print(a, b, edit(a, b))
def coins(amount, denoms):
    ways = [1] + [0] * amount
    for d in denoms:
        for v in range(d, amount + 1):
            ways[v] += ways[v - d]
    return ways[amount]
print(coins(100, [1, 5, 10, 25, 50]), coins(200, [1, 2, 5, 10, 20, 50, 100, 200]))
def min_coins(amount, denoms):
    INF = amount + 1
    best = [0] + [INF] * amount
    for v in range(1, amount + 1):
        for d in denoms:
            if d <= v and best[v - d] + 1 < best[v]:
                best[v] = best[v - d] + 1
    return best[amount] if best[amount] != INF else -1
print(min_coins(63, [1, 5, 10, 21, 25]), min_coins(7, [2, 4]))
def lis(xs):
    n = len(xs)
    length = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if xs[j] < xs[i] and length[j] + 1 > length[i]:
                length[i] = length[j] + 1
                prev[i] = j
    k = max(range(n), key=lambda i: length[i])
    seq = []
    while k != -1:
        seq.append(xs[k])
        k = prev[k]
    return seq[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]))
memo = {}
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return memo[(r, c)]
print(grid_paths(10, 10), grid_paths(16, 16), len(memo))
