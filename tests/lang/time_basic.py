# time module: only properties whose output is deterministic.
import time
t0 = time.perf_counter()
n0 = time.perf_counter_ns()
m0 = time.monotonic()
w0 = time.time()
c0 = time.thread_time()
total = 0
for i in range(20000):
    total += i
time.sleep(0.02)
t1 = time.perf_counter()
n1 = time.perf_counter_ns()
m1 = time.monotonic()
w1 = time.time()
c1 = time.thread_time()
print(type(t0), type(n0), type(m0), type(w0), type(c0))
print("perf_counter non-decreasing:", t1 - t0 >= 0)
print("slept at least ~20ms:", t1 - t0 >= 0.015)
print("perf_counter_ns non-decreasing:", n1 - n0 >= 0, n1 - n0 >= 15000000)
print("monotonic non-decreasing:", m1 >= m0)
print("time is after 2020:", w0 > 1577836800, w1 >= w0 - 1)
print("thread_time non-decreasing:", c1 >= c0 >= 0)
print("sum", total)
time.sleep(0)
start = time.monotonic()
time.sleep(0.001)
print("short sleep ok:", time.monotonic() - start >= 0)
from time import perf_counter, sleep
a = perf_counter()
sleep(0.005)
print("from-import works:", perf_counter() - a > 0)
