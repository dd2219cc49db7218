# mandelbrot: float-heavy escape-time loop over the Mandelbrot set (complex
# arithmetic written out on float pairs). Measures float mul/add/compare in a
# tight while loop with almost no allocation. Work items are image rows; item
# k is row (k % M) * 8 + k // M, so a contiguous range of items samples the
# whole image and parts are balanced. The checksum is an int sum over rows of
# the iteration counts weighted by row and column.
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

ITEMS_PER_SCALE = 48      # image rows (height) at SCALE 1 (a multiple of 8)
WIDTH = 768
MAX_ITER = 140
MOD = 1000000007


def row_value(row, nrows):
    ci = -1.25 + 2.5 * row / nrows
    total = 0
    for col in range(WIDTH):
        cr = -2.0 + 2.5 * col / WIDTH
        zr = 0.0
        zi = 0.0
        n = 0
        while n < MAX_ITER:
            zr2 = zr * zr
            zi2 = zi * zi
            if zr2 + zi2 > 4.0:
                break
            zi = 2.0 * zr * zi + ci
            zr = zr2 - zi2 + cr
            n += 1
        total += n * (col % 17 + 1)
    return total * (row % 101 + 1) % MOD


def work_for(nrows):
    m = nrows // 8

    def work(lo, hi):
        total = 0
        for k in range(lo, hi):
            row = (k % m) * 8 + k // m
            total += row_value(row, nrows)
        return total
    return work


def main():
    threads, scale = parse_args()
    nrows = ITEMS_PER_SCALE * scale
    total = 0
    for part in run_parts(work_for(nrows), nrows, threads):
        total += part
    print(f"checksum {total}")


if __name__ == "__main__":
    main()
