# global_read: every thread reads module-level constants (globals bound once
# before the threads start) in a tight loop. Isolates LOAD_GLOBAL on a shared
# module dict: a per-object lock on the globals dict is taken by every thread
# on every read unless lookups are lock-free, and the values read (large ints)
# are shared objects whose refcounts all threads update.
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

ITERATIONS_PER_SCALE = 3200000

LIMIT = 1000000007
STEP = 7919
MASK = 0xFFFF


def work(k, n):
    total = 0
    for i in range(n):
        total = (total + (i & MASK) * STEP) % LIMIT
    return total


if __name__ == "__main__":
    main()
