# shared_globals: every thread calls the same global functions, which read the
# same global dict, list and tuple (never written after start-up). Measures
# global-name lookup, calls of shared function objects, and reads of shared
# containers -- the case where reference counting of shared objects (dict,
# list, function, str keys) and any per-object locking are contended between
# threads even though the program itself never writes shared state.
# Work items are disjoint index ranges; per-item results are ints, summed.
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
INNER = 12000
MOD = 1000000007

KEYS = [f"key{i}" for i in range(256)]
TABLE = {k: (i * 2654435761) % 1000003 for i, k in enumerate(KEYS)}
WEIGHTS = [(i * 40503) % 997 for i in range(1024)]
PRIMES = (2, 3, 5, 7, 11, 13, 17, 19)
NAMES = {"alpha": 1, "beta": 2, "gamma": 3, "delta": 4}


def lookup(i):
    return TABLE[KEYS[i & 255]]


def weight(i):
    return WEIGHTS[i % len(WEIGHTS)]


def mix(h, v):
    return (h * 31 + v) % MOD


def step(h, i):
    v = lookup(i) + weight(i * 7)
    if KEYS[(i * 13) & 255] in TABLE:
        v += PRIMES[i & 7]
    return mix(h, v)


def small_scan(i):
    s = 0
    for p in PRIMES:
        s += WEIGHTS[(i + p) & 1023]
    return s + NAMES.get("gamma", 0)


def process(item):
    h = item + 1
    base = item * INNER
    for j in range(base, base + INNER):
        h = step(h, j)
        if j & 15 == 0:
            h = mix(h, small_scan(j))
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
