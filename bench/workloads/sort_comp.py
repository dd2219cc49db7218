# sort_comp: sorting and comprehensions -- sorted()/list.sort() with key=
# functions (lambdas and tuple keys), reverse=, stability; list, dict and set
# comprehensions with nested for/if clauses; min/max with key=. Measures
# sort-key calls, tuple compares, comprehension loops and container creation.
# Work items are independent pseudo-random data sets (own LCG); per-item
# results are ints, summed.
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
N = 2600
MOD = 1000000007


def gen_values(seed, n):
    seed &= 0x7FFFFFFF  # keeps seed * 1103515245 within 64 bits
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed >> 8)
    return out


def weighted(values):
    h = 0
    for i, v in enumerate(values):
        h = (h + (i + 1) * v) % MOD
    return h


def process(item):
    xs = gen_values(item * 7919 + 1, N)

    recs = [(x % 101, x, x % 7) for x in xs]
    by_tuple = sorted(recs, key=lambda r: (r[2], -r[0], r[1]))
    h = weighted([r[1] for r in by_tuple])

    by_mod = sorted(xs, key=lambda x: x % 1000, reverse=True)
    h = (h * 3 + weighted(by_mod)) % MOD

    plain = xs[:]
    plain.sort()
    h = (h * 3 + weighted(plain[::7])) % MOD

    last_by_key = {x % 997: x for x in xs}
    odd_residues = {x % 1009 for x in xs if x & 1}
    h = (h * 3 + sum(last_by_key.values()) + len(last_by_key)) % MOD
    h = (h * 3 + sum(sorted(odd_residues)[::3]) + len(odd_residues)) % MOD

    buckets = {k: [x for x in xs if x % 8 == k] for k in range(8)}
    sizes = sorted(buckets.items(), key=lambda kv: (len(kv[1]), kv[0]))
    h = (h * 3 + sum([(i + 1) * kv[0] for i, kv in enumerate(sizes)])) % MOD

    small = [x % 50 for x in xs[:60]]
    pairs = [x * 100 + y for x in small for y in small if (x + y) % 3 == 0 if x != y]
    pairs.sort(key=lambda p: (p % 10, p))
    h = (h * 3 + weighted(pairs[:500])) % MOD

    words = [f"w{x % 4096:x}" for x in xs[:500]]
    words.sort(key=lambda w: (len(w), w))
    longest = max(words, key=len)
    first = min(words, key=lambda w: w[::-1])
    h = (h * 3 + len(longest) * 1000 + ord(first[-1]) + len(set(words))) % MOD

    top = max(recs, key=lambda r: (r[0], r[2]))
    none_big = max([x for x in xs if x > (1 << 30)], default=-1)
    h = (h * 3 + top[1] + none_big) % MOD
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
