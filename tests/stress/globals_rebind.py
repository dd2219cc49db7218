# Threads rebind a global and create short-lived objects while others read
# it: every read sees one of the values written, never a freed or torn one.
import sys
import threading

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
current = ("start", 0)
stop = threading.Event()
bad = []


def writer(k):
    global current
    for i in range(20000):
        current = ("w%d" % k, i)


def reader():
    seen = 0
    while not stop.is_set():
        value = current
        if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], int)):
            bad.append(value)
        seen += 1


readers = [threading.Thread(target=reader) for _ in range(max(1, threads // 2))]
writers = [threading.Thread(target=writer, args=(k,)) for k in range(threads)]
for t in readers + writers:
    t.start()
for t in writers:
    t.join()
stop.set()
for t in readers:
    t.join()
assert not bad, bad[:3]
print("ok", current[0][0])
