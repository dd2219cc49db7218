# A lock makes read-modify-write sequences atomic across threads.
import threading

counter = 0
lock = threading.Lock()


def bump(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=bump, args=(5000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
print(lock.locked(), lock.acquire(False), lock.locked())
lock.release()
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
