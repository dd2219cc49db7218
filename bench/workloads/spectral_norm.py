# spectral_norm: the Benchmarks Game spectral-norm kernel (power iteration on
# the infinite matrix A[i][j] = 1 / ((i+j)(i+j+1)/2 + i + 1)). Measures small
# function calls in an inner loop, int-to-float arithmetic, float division and
# list indexing. Work items are independent problems (each item shifts the
# matrix entries by its own constant); each item's norm is kept and the norms
# are summed in item order.
import sys
import math


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
N = 42
ITERATIONS = 5


def eval_a(i, j, shift):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1 + shift)


def mul_av(u, n, shift):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j, shift) * u[j]
        out.append(s)
    return out


def mul_atv(u, n, shift):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i, shift) * u[j]
        out.append(s)
    return out


def mul_atav(u, n, shift):
    return mul_atv(mul_av(u, n, shift), n, shift)


def spectral_norm(n, shift):
    u = [1.0] * n
    v = u
    for _ in range(ITERATIONS):
        v = mul_atav(u, n, shift)
        u = mul_atav(v, n, shift)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


def work(lo, hi):
    return [spectral_norm(N, item % 16) for item in range(lo, hi)]


def main():
    threads, scale = parse_args()
    norms = concat(run_parts(work, ITEMS_PER_SCALE * scale, threads))
    total = 0.0
    for x in norms:
        total += x
    print(f"checksum {total:.9f}")


if __name__ == "__main__":
    main()
