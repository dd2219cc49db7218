"""Summary statistics of a cell's samples, the noise verdict, and Welch's
t-test for `lockvm bench compare` (no SciPy on a bare machine: the
Student t distribution comes from the regularized incomplete beta
function)."""

import math
import statistics

# pyperf's threshold: a standard deviation above a tenth of the mean makes
# a result too noisy to trust.
NOISY_RSD = 0.10


def summary(samples):
    """median, min, max and the relative standard deviation of `samples`."""
    if not samples:
        return None
    s = {"n": len(samples), "median": statistics.median(samples),
         "min": min(samples), "max": max(samples), "mean": statistics.fmean(samples)}
    s["rsd"] = (statistics.stdev(samples) / s["mean"]) if len(samples) > 1 and s["mean"] > 0 else None
    return s


def noisy(s):
    return s is not None and s["rsd"] is not None and s["rsd"] > NOISY_RSD


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def _betacf(a, b, x):
    # Continued fraction of the incomplete beta function (modified Lentz).
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-14:
            break
    return h


def betainc(a, b, x):
    """The regularized incomplete beta function I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                     + a * math.log(x) + b * math.log(1.0 - x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def welch(a, b):
    """(t, degrees of freedom, two-sided p) of Welch's t-test on two samples;
    None when either has fewer than two values. Equal constant samples give
    p = 1; different constant samples p = 0."""
    if len(a) < 2 or len(b) < 2:
        return None
    ma, mb = statistics.fmean(a), statistics.fmean(b)
    va, vb = statistics.variance(a) / len(a), statistics.variance(b) / len(b)
    if va + vb == 0.0:
        return (0.0, float("inf"), 1.0) if ma == mb else (math.inf, float("inf"), 0.0)
    t = (mb - ma) / math.sqrt(va + vb)
    df = (va + vb) ** 2 / (va * va / (len(a) - 1) + vb * vb / (len(b) - 1))
    p = betainc(df / 2.0, 0.5, df / (df + t * t))
    return t, df, p
