# nbody: float arithmetic on lists -- the classic n-body simulation of the
# Jovian planets (symplectic integrator, as in the Computer Language Benchmarks
# Game). Measures float add/mul/div, math.sqrt, list indexing and unpacking in
# tight loops. Work items are independent systems, each with slightly perturbed
# initial velocities, simulated for a fixed number of steps; each item's final
# energy is kept and the energies are summed in item order.
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

PI = 3.14159265358979323
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24

ITEMS_PER_SCALE = 48
STEPS = 720
DT = 0.01


def initial_bodies(item):
    # [x, y, z, vx, vy, vz, mass]
    sun = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS]
    jupiter = [4.84143144246472090e+00, -1.16032004402742839e+00,
               -1.03622044471123109e-01,
               1.66007664274403694e-03 * DAYS_PER_YEAR,
               7.69901118419740425e-03 * DAYS_PER_YEAR,
               -6.90460016972063023e-05 * DAYS_PER_YEAR,
               9.54791938424326609e-04 * SOLAR_MASS]
    saturn = [8.34336671824457987e+00, 4.12479856412430479e+00,
              -4.03523417114321381e-01,
              -2.76742510726862411e-03 * DAYS_PER_YEAR,
              4.99852801234917238e-03 * DAYS_PER_YEAR,
              2.30417297573763929e-05 * DAYS_PER_YEAR,
              2.85885980666130812e-04 * SOLAR_MASS]
    uranus = [1.28943695621391310e+01, -1.51111514016986312e+01,
              -2.23307578892655734e-01,
              2.96460137564761618e-03 * DAYS_PER_YEAR,
              2.37847173959480950e-03 * DAYS_PER_YEAR,
              -2.96589568540237556e-05 * DAYS_PER_YEAR,
              4.36624404335156298e-05 * SOLAR_MASS]
    neptune = [1.53796971148509165e+01, -2.59193146099879641e+01,
               1.79258772950371181e-01,
               2.68067772490389322e-03 * DAYS_PER_YEAR,
               1.62824170038242295e-03 * DAYS_PER_YEAR,
               -9.51592254519715870e-05 * DAYS_PER_YEAR,
               5.15138902046611451e-05 * SOLAR_MASS]
    bodies = [sun, jupiter, saturn, uranus, neptune]
    # Perturb the planets a little so that every item is a different system.
    f = 1.0 + (item % 97) * 1.0e-4
    for b in bodies[1:]:
        b[3] *= f
        b[4] *= 2.0 - f
    return bodies


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        m = b[6]
        px += b[3] * m
        py += b[4] * m
        pz += b[5] * m
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def make_pairs(bodies):
    pairs = []
    n = len(bodies)
    for i in range(n - 1):
        for j in range(i + 1, n):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for (b1, b2) in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def energy(bodies, pairs):
    e = 0.0
    for (b1, b2) in pairs:
        dx = b1[0] - b2[0]
        dy = b1[1] - b2[1]
        dz = b1[2] - b2[2]
        e -= (b1[6] * b2[6]) / math.sqrt(dx * dx + dy * dy + dz * dz)
    for b in bodies:
        e += b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5]) / 2.0
    return e


def simulate(item):
    bodies = initial_bodies(item)
    offset_momentum(bodies)
    pairs = make_pairs(bodies)
    advance(bodies, pairs, DT, STEPS)
    return energy(bodies, pairs)


def work(lo, hi):
    return [simulate(item) for item in range(lo, hi)]


def main():
    threads, scale = parse_args()
    energies = concat(run_parts(work, ITEMS_PER_SCALE * scale, threads))
    total = 0.0
    for e in energies:
        total += e
    print(f"checksum {total:.9f}")


if __name__ == "__main__":
    main()
