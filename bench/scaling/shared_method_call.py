# shared_method_call: every thread calls methods of one shared instance (a
# plain method reading instance and class attributes), a staticmethod through
# the shared class and a classmethod. Isolates method lookup through a shared
# class and bound-method calls on a shared receiver: each call references the
# instance, the class and the function, so refcounts (and any per-object
# lock on the class or instance dict) are contended by all threads.
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

ITERATIONS_PER_SCALE = 900000


class Scaler:
    factor = 3

    def __init__(self, offset):
        self.offset = offset

    def apply(self, v):
        return v * self.factor + self.offset

    @staticmethod
    def clamp(v):
        return v & 0xFFFF

    @classmethod
    def unit(cls):
        return cls.factor


SCALER = Scaler(7)


def work(k, n):
    s = SCALER
    total = 0
    for i in range(n):
        total += s.apply(i & 1023) + Scaler.clamp(i)
        if i & 7 == 0:
            total += s.unit()
    return total


if __name__ == "__main__":
    main()
