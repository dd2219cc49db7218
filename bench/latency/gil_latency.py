# gil_latency: one thread (the main one) sleeps 1 ms in a loop while THREADS
# CPU-bound threads run pure-Python arithmetic until it is done. Each sample
# is the wake-up-to-running latency of the sleeper: the time from when its
# 1 ms sleep was due to end to when it runs Python code again, i.e.
# (perf_counter after sleep - perf_counter before sleep) - 0.001. Under a GIL
# that is mostly the time the sleeper waits for the holder to drop it (the
# switch interval, or check_ticks bytecodes in ticks mode); without a GIL it
# is the OS's timer slack and scheduling delay.
#
# SCALE sets the number of samples (200 * SCALE). THREADS is the number of
# CPU-bound threads (default 2 here, not 1: with no argument the sleeper has
# two threads to compete with).
#
# This is a latency workload, not a throughput one: its run time mostly
# reflects the latencies, not interpreter speed. The distribution goes to
# stderr on lines starting with "latency" (bench/latency.py reads them); the
# checksum on stdout is the number of samples, so it is the same on every
# run and interpreter and the bench harness can compare it.
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

import threading
import time

SAMPLES_PER_SCALE = 200
SLEEP = 0.001          # seconds the sleeper asks for
CHUNK = 1000           # arithmetic steps between checks of the stop flag
MOD = 1000000007

done = [False]


def cpu_bound(k, loops):
    # Pure-Python arithmetic until the sleeper is done; loops[k] counts the
    # chunks done (reported, not checked: it depends on the scheduling).
    h = k + 1
    n = 0
    while not done[0]:
        for j in range(CHUNK):
            h = (h * 31 + j) % MOD
        n += 1
        loops[k] = n
    return h


def percentile(sorted_xs, p):
    # nearest-rank percentile, p in 1..100
    n = len(sorted_xs)
    i = (p * n + 99) // 100 - 1
    return sorted_xs[max(0, min(n - 1, i))]


def main():
    threads, scale = parse_args()
    if len(sys.argv) <= 1:
        threads = 2
    samples = SAMPLES_PER_SCALE * scale
    loops = [0] * threads
    workers = [threading.Thread(target=cpu_bound, args=(k, loops)) for k in range(threads)]
    for t in workers:
        t.start()
    # measure only once every CPU-bound thread is running
    while min(loops) == 0:
        time.sleep(SLEEP)
    lat = []
    for _ in range(samples):
        t0 = time.perf_counter()
        time.sleep(SLEEP)
        t1 = time.perf_counter()
        lat.append((t1 - t0) - SLEEP)
    done[0] = True
    for t in workers:
        t.join()
    lat.sort()
    us = [x * 1e6 for x in lat]
    interval_us = round(sys.getswitchinterval() * 1e6)
    sys.stderr.write(f"latency cpu_threads={threads} samples={samples} sleep_us={round(SLEEP * 1e6)} "
                     f"switch_interval_us={interval_us} cpu_chunks={sum(loops)}\n")
    sys.stderr.write(f"latency min_us={us[0]:.1f} median_us={percentile(us, 50):.1f} "
                     f"p90_us={percentile(us, 90):.1f} p99_us={percentile(us, 99):.1f} "
                     f"max_us={us[-1]:.1f} mean_us={sum(us) / len(us):.1f}\n")
    print(f"checksum {len(lat)}")


if __name__ == "__main__":
    main()
