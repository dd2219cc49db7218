# A producer and a consumer hand items over through queue.Queue.
import queue
import threading

q = queue.Queue(maxsize=3)
seen = []


def producer():
    for i in range(20):
        q.put(i * i)
    q.put(None)


def consumer():
    while True:
        item = q.get()
        q.task_done()
        if item is None:
            break
        seen.append(item)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
q.join()
print(seen)
print(q.empty(), q.qsize())
try:
    q.get_nowait()
except queue.Empty:
    print("empty")
