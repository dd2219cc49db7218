# float_math: float arithmetic on local variables only; the one shared thing
# is the code object with its float constants. The control case: it should
# scale perfectly under any strategy without a global lock. What it isolates
# is boxing -- every float result is a freshly allocated object -- so it shows
# allocator and refcount overhead on purely thread-local objects.
import sys


# ---- common driver (identical in every scaling benchmark) -------------------

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


def run_all(work, n, nthreads):
    # Every thread runs work(k, n), k its index: the same amount of work each
    # (weak scaling), so ideal N-thread time equals one-thread time. Returns
    # the per-thread results in thread order. With one thread the work runs
    # here and threading is never imported.
    if nthreads == 1:
        return [work(0, n)]
    import threading
    results = [None] * nthreads
    barrier = threading.Barrier(nthreads)

    def runner(k):
        barrier.wait()  # all threads start their work together
        results[k] = work(k, n)

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


def main():
    threads, scale = parse_args()
    total = 0
    for r in run_all(work, ITERATIONS_PER_SCALE * scale, threads):
        total += r
    print(f"checksum {total}")

# ------------------------------------------------------------------------------

ITERATIONS_PER_SCALE = 1120000


def work(k, n):
    x = 0.5
    y = 1.25
    acc = 0.0
    for i in range(n):
        x = x * 1.0000001 + 0.25
        y = y * 0.999 + x * 0.001
        acc += x * y / (1.0 + y)
        if x > 100.0:
            x = x * 0.01
    return int(acc) % 1000000007


if __name__ == "__main__":
    main()
