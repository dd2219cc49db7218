# generators: generator pipelines -- a pseudo-random source generator feeding
# filter / map / running-sum / chunking stages, re-flattened with `yield from`,
# recursive `yield from` over a binary tree, a class whose __iter__ is a
# generator, generator expressions consumed by sum/max/any/zip, and manual
# next() with StopIteration. Measures generator creation, resume/suspend and
# the iteration protocol. Work items are independent pipelines; int results.
import sys


# ---- common driver (identical in every workload) ----------------------------

def parse_args():
    threads = 1
    scale = 1
    if len(sys.argv) > 1:
        threads = int(sys.argv[1])
    if len(sys.argv) > 2:
        scale = int(sys.argv[2])
    if threads < 1 or scale < 1:
        sys.stderr.write("usage: " + sys.argv[0] + " [THREADS] [SCALE]  (integers >= 1)\n")
        sys.exit(2)
    return threads, scale


def run_parts(work, nitems, nthreads):
    # Work items 0..nitems-1 are split into nthreads contiguous ranges and
    # work(lo, hi) handles one range. Returns the per-part results in part
    # order, so combining them in list order does not depend on nthreads.
    # With one thread the part runs here and threading is never imported.
    bounds = [k * nitems // nthreads for k in range(nthreads + 1)]
    if nthreads == 1:
        return [work(0, nitems)]
    return run_threads(work, bounds, nthreads)


def run_threads(work, bounds, nthreads):
    import threading
    results = [None] * nthreads

    def runner(k):
        results[k] = work(bounds[k], bounds[k + 1])

    workers = []
    for k in range(nthreads):
        workers.append(threading.Thread(target=runner, args=(k,)))
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    for k in range(nthreads):
        if results[k] is None:
            raise RuntimeError("worker thread " + str(k) + " failed")
    return results


def concat(parts):
    out = []
    for p in parts:
        out.extend(p)
    return out

# ------------------------------------------------------------------------------

ITEMS_PER_SCALE = 48
N = 7000
MOD = 1000000007


def lcg(seed, n):
    seed &= 0x7FFFFFFF  # keeps seed * 1103515245 within 64 bits
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed >> 8


def keep_if(pred, it):
    for x in it:
        if pred(x):
            yield x


def scaled(it, k):
    for x in it:
        yield x * k % 65521


def running_sum(it):
    s = 0
    for x in it:
        s = (s + x) % MOD
        yield s


def chunked(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(chunks):
    for c in chunks:
        yield from c


def tree(depth, label):
    if depth == 0:
        yield label
        return
    yield from tree(depth - 1, label * 2)
    yield label
    yield from tree(depth - 1, label * 2 + 1)


class Countdown(object):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1


def pairwise_diffs(it):
    g = iter(it)
    try:
        prev = next(g)
    except StopIteration:
        return
    for x in g:
        yield x - prev
        prev = x


def process(item):
    seed = item * 7919 + 3
    h = 0

    stage = running_sum(scaled(keep_if(lambda x: x % 3 != 0, lcg(seed, N)), 7))
    for i, x in enumerate(flatten(chunked(stage, 16))):
        h = (h + (i % 13 + 1) * x) % MOD

    h = (h + sum(x * x % 1000 for x in Countdown(N) if x & 1)) % MOD
    h = (h + sum(tree(9, 1 + item % 5))) % MOD

    a = (x % 1000 for x in lcg(seed + 1, N // 2))
    b = (y % 777 for y in lcg(seed + 2, N // 2))
    h = (h + sum(x * y for x, y in zip(a, b))) % MOD

    h = (h + max(d for d in pairwise_diffs(lcg(seed + 3, N // 2)))) % MOD
    if any(x < 0 for x in lcg(seed + 4, 100)):
        h += 1
    g = lcg(seed + 5, 3)
    got = []
    while True:
        try:
            got.append(next(g))
        except StopIteration:
            break
    h = (h + len(got) + got[-1]) % MOD
    return h


def work(lo, hi):
    total = 0
    for item in range(lo, hi):
        total += process(item)
    return total


def main():
    threads, scale = parse_args()
    total = 0
    for part in run_parts(work, ITEMS_PER_SCALE * scale, threads):
        total += part
    print(f"checksum {total}")


if __name__ == "__main__":
    main()
