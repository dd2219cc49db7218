import time
from time import perf_counter, sleep
t0 = time.perf_counter()
n0 = time.perf_counter_ns()
m0 = time.monotonic()
w0 = time.time()
c0 = time.thread_time()
sleep(0.01)
time.sleep(0)
t1 = perf_counter()
print(type(t0).__name__, type(n0).__name__, type(m0).__name__, type(w0).__name__, type(c0).__name__)
print(t1 - t0 >= 0.009, time.perf_counter_ns() > n0, time.monotonic() >= m0, w0 > 1.6e9, time.thread_time() >= c0)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("x")
except TypeError as e:
    print("TypeError:", e)
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed < 5, "%.0f" % (elapsed * 0))
