# Generator pipelines, infinite generators, generators as class iterators.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def where(pred, it):
    for v in it:
        if pred(v):
            yield v
def mapped(fn, it):
    for v in it:
        yield fn(v)
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(take(20, primes())))
print(list(take(5, mapped(lambda v: v * v, where(lambda v: v % 3 == 0, naturals())))))
def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_sum(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running_sum([1, 2, 3, 4, 5])))
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(4)
print(list(c), list(c), sum(c), [x * 2 for x in c])
def collatz(n):
    while n != 1:
        yield n
        n = 3 * n + 1 if n % 2 else n // 2
    yield 1
print(list(collatz(27))[:12], len(list(collatz(27))), max(collatz(27)))
def interleave(a, b):
    ia, ib = iter(a), iter(b)
    while True:
        try:
            yield next(ia)
        except StopIteration:
            yield from ib
            return
        a, b, ia, ib = b, a, ib, ia
print(list(interleave("abc", "12345")))
def group_runs(xs):
    it = iter(xs)
    try:
        cur = next(it)
    except StopIteration:
        return
    run = [cur]
    for v in it:
        if v == run[-1]:
            run.append(v)
        else:
            yield run
            run = [v]
    yield run
print(list(group_runs([1, 1, 2, 3, 3, 3, 1])), list(group_runs([])))
