# fannkuch: the fannkuch-redux kernel -- for each permutation of 0..N-1, count
# the prefix reversals ("pancake flips") until 0 comes first. Measures small
# list operations: slicing with negative steps, concatenation, element swaps
# and int compares. A work item is a chunk of CHUNK consecutive permutations
# (lexicographic order, walked with next-permutation); item k is chunk
# k * STRIDE mod (N! / CHUNK). The checksum (sum of flips with alternating sign
# by permutation index, and the maximum) is an int sum, so it does not depend
# on the split.
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

N = 10
CHUNK = 2400            # permutations per work item, walked in order
STRIDE = 1009           # coprime with 10! / CHUNK = 1512: scatters the chunks
ITEMS_PER_SCALE = 48


def factorials(n):
    f = [1] * (n + 1)
    for i in range(1, n + 1):
        f[i] = f[i - 1] * i
    return f


def perm_from_index(idx, n, fact):
    elems = list(range(n))
    perm = []
    for k in range(n - 1, -1, -1):
        q, idx = divmod(idx, fact[k])
        perm.append(elems.pop(q))
    return perm


def next_perm(p, n):
    # In-place lexicographic successor; the last permutation wraps to the first.
    i = n - 2
    while i >= 0 and p[i] >= p[i + 1]:
        i -= 1
    if i >= 0:
        j = n - 1
        while p[j] <= p[i]:
            j -= 1
        p[i], p[j] = p[j], p[i]
    lo = i + 1
    hi = n - 1
    while lo < hi:
        p[lo], p[hi] = p[hi], p[lo]
        lo += 1
        hi -= 1


def count_flips(p):
    q = p[:]
    flips = 0
    first = q[0]
    while first != 0:
        q = q[first::-1] + q[first + 1:]
        flips += 1
        first = q[0]
    return flips


def work(lo, hi):
    fact = factorials(N)
    nchunks = fact[N] // CHUNK
    checksum = 0
    max_flips = 0
    for item in range(lo, hi):
        # Chunks are scattered over the permutation space so that every part
        # gets a similar mix of cheap and expensive permutations.
        idx = (item * STRIDE) % nchunks * CHUNK
        p = perm_from_index(idx, N, fact)
        for _ in range(CHUNK):
            flips = count_flips(p)
            if idx % 2 == 0:
                checksum += flips
            else:
                checksum -= flips
            if flips > max_flips:
                max_flips = flips
            next_perm(p, N)
            idx += 1
    return (checksum, max_flips)


def main():
    threads, scale = parse_args()
    parts = run_parts(work, ITEMS_PER_SCALE * scale, threads)
    checksum = 0
    max_flips = 0
    for (c, m) in parts:
        checksum += c
        max_flips = max(max_flips, m)
    print(f"checksum {checksum} maxflips {max_flips}")


if __name__ == "__main__":
    main()
