# thread_local_objects: every thread creates, uses and drops its own instances
# of one shared class; no instance is ever seen by another thread. Isolates
# allocation and freeing (per-thread heaps, deferred reclamation) and the one
# thing still shared: each instance references its class, so naive atomic
# refcounting of the class contends on every creation and free, while biased
# refcounting keeps the instances themselves on the owner's fast path.
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

ITERATIONS_PER_SCALE = 480000


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def work(k, n):
    ring = [None] * 32
    total = 0
    for i in range(n):
        p = Point(i & 1023, -(i & 255))
        ring[i & 31] = p  # keeps each object alive for a while
        total += p.norm1()
    for p in ring:
        total += p.x
    return total


if __name__ == "__main__":
    main()
