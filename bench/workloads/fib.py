# fib: naive doubly recursive Fibonacci. Measures the cost of Python-level
# calls and returns (frame setup, argument passing, global function lookup),
# int compare/add, and the recursion-depth bookkeeping. Work items are
# independent fib(N) computations; the checksum is an int sum.
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
N = 23


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def work(lo, hi):
    total = 0
    for item in range(lo, hi):
        total += fib(N) * (item % 7 + 1)
    return total


def main():
    threads, scale = parse_args()
    total = 0
    for part in run_parts(work, ITEMS_PER_SCALE * scale, threads):
        total += part
    print(f"checksum {total}")


if __name__ == "__main__":
    main()
