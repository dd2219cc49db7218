# Semaphores bound concurrency; a barrier releases all parties together.
import threading

sem = threading.Semaphore(2)
lock = threading.Lock()
inside = 0
peak = 0


def guarded():
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        for _ in range(1000):
            pass
        with lock:
            inside -= 1


ts = [threading.Thread(target=guarded) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak <= 2, inside)

barrier = threading.Barrier(3)
order = []


def party(k):
    barrier.wait()
    with lock:
        order.append(k)


ps = [threading.Thread(target=party, args=(k,)) for k in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(order), barrier.broken)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
