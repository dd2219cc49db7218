# moderately heavy workload mixing features (CPython ~0.3s)
def primes(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(sieve) if p]
ps = primes(200000)
print(len(ps), ps[-5:], sum(ps) % 1000003)
d = {}
for i in range(100000):
    k = (i * 2654435761) % 1000
    d[k] = d.get(k, 0) + i
print(len(d), sum(d.values()), max(d.items(), key=lambda kv: kv[1]))
s = set()
for i in range(50000):
    s.add(i * i % 7919)
print(len(s), min(s), max(s))
words = ["w%d" % (i % 997) for i in range(30000)]
cnt = {}
for w in words:
    cnt[w] = cnt.get(w, 0) + 1
print(sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
class P:
    __slots__ = ()
    def __init__(self):
        pass
acc = 0
for i in range(30000):
    acc += len(str(i)) * (i % 3)
print(acc)
text = " ".join(str(i) for i in range(20000))
print(len(text), text.count("1"), len(text.split()))
def gen(n):
    for i in range(n):
        yield i * i
print(sum(gen(100000)) % 999983)
m = [[(i * j) % 10 for j in range(60)] for i in range(60)]
t = [[sum(m[i][k] * m[k][j] for k in range(60)) for j in range(60)] for i in range(10)]
print(sum(map(sum, t)))
