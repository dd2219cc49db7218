# A program that builds no reference cycle but uses what the runtime keeps
# until exit: module-level functions and classes (deferred or immortal),
# code constants, interned and plain strings, floats, big ints, an imported
# module with a finalizer and a suspended generator in its globals,
# built-in modules (math, random, time, threading), a caught exception kept
# in a global (exception -> traceback -> these globals), a class attribute
# rebound (its old value kept until exit under free-threaded strategies),
# and, given a thread count, threads sharing a dict and a list. Everything
# must be freed by the teardown: objects_live_after_teardown is 0 and
# AddressSanitizer reports no leak (tests/teardown/run_teardown.py).
import sys
import math
import random
import time
import td_helper

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 0


class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm(self):
        return math.hypot(self.x, self.y)

    @staticmethod
    def origin():
        return Point(0.0, 0.0)

    @classmethod
    def unit(cls):
        return cls(1.0, 0.0)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Point3(Point):
    dims = 3


Point.dims = 2  # rebinding a class attribute displaces the old value


def make_adder(k):
    def add(x):
        return x + k
    return add


def squares(n):
    for i in range(n):
        yield i * i


def main():
    pts = [Point(float(i), i * 0.5) for i in range(50)]
    total = sum(p.norm for p in pts)
    print("points", len(pts), round(total, 3), Point.origin(), Point3.unit().dims)
    add5 = make_adder(5)
    print("closure", add5(10), list(squares(5)))
    big = 2 ** 62 + 12345  # past the 63-bit small ints: a boxed int
    print("big", big % 1000003, (1, 2.5, "three", None, True))
    words = " ".join("w%d" % i for i in range(20)).split()
    d = {w: len(w) for w in words}
    print("dict", len(d), sorted(set(d.values())), frozenset({1, 2}) | {3})
    random.seed(7)
    print("random", random.randint(1, 100), td_helper.scaled(3), td_helper.greeter.greet())
    print("time", time.time() > 0)


main()

try:
    {}["missing"]
except KeyError as e:
    caught = e  # the traceback holds these globals

gen = squares(10)
next(gen)

if threads:
    import threading
    shared = {}
    items = []
    lock = threading.Lock()

    def work(t):
        for i in range(200):
            shared[(t, i % 10)] = [t, i, float(i)]
            with lock:
                items.append((t, i))
            if i % 50 == 0:
                shared.pop((t, 0), None)

    ts = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("threads", len(items), len(shared))
print("ok")
