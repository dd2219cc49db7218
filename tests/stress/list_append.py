# T threads append to one shared list: no append may be lost, and every
# thread's items must appear in the order it appended them.
import sys
import threading

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
per_thread = 20000
shared = []


def appender(k):
    for i in range(per_thread):
        shared.append((k, i))


ts = [threading.Thread(target=appender, args=(k,)) for k in range(threads)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert len(shared) == threads * per_thread, len(shared)
last = [-1] * threads
for k, i in shared:
    assert i == last[k] + 1, (k, i, last[k])
    last[k] = i
print("ok", len(shared))
