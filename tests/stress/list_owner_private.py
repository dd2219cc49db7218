# Owner-private lists: under biased a thread releases the values it
# replaces in its own list at once, without a grace period, until another
# thread reads that list without the lock (vm/objects.h,
# release_removed_from; strategies/biased.h, before_unlocked_read). Each
# round one owner thread makes a fresh list of heap objects, writes it
# privately, publishes it and keeps replacing its items, while the other
# threads read the newest list as soon as it appears: their first reads race
# the owner's writes at the moment the list stops being private. Every item
# a reader gets must be a live, intact object (a freed one would crash the VM
# or show a torn tuple, and the sanitizer runs of this program catch what a
# plain run cannot).
import sys
import threading

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
readers = max(1, threads - 1)
ROUNDS = 60
SIZE = 16
PRIVATE_WRITES = 64
SHARED_WRITES = 256

current = [None]
seen = [-1]  # the latest round a reader has read from
stop = threading.Event()
errors = []
reads = [0] * readers


def item(r, j):
    return (r, j, str(r) + ":" + str(j))


def intact(x):
    if type(x) is not tuple or len(x) != 3:
        return False
    r, j, s = x
    return type(r) is int and type(j) is int and s == str(r) + ":" + str(j)


def owner():
    try:
        for r in range(ROUNDS):
            lst = [item(r, k) for k in range(SIZE)]
            for j in range(PRIVATE_WRITES):
                lst[j % SIZE] = item(r, j)
            current[0] = lst
            # Writes go on until a reader has read this round's list, so
            # that its first read falls among them.
            j = 0
            while j < SHARED_WRITES or seen[0] < r:
                lst[j % SIZE] = item(r, PRIVATE_WRITES + j)
                j += 1
                if j > 20000000:
                    errors.append("owner: no reader read round %d" % r)
                    return
            for x in lst:
                if not intact(x):
                    errors.append("owner: round %d holds %r" % (r, x))
                    return
    except Exception as e:
        errors.append("owner: %r" % (e,))
    finally:
        stop.set()


def read(k):
    count = 0
    try:
        while not stop.is_set():
            lst = current[0]
            if lst is None:
                continue
            for i in range(SIZE):
                x = lst[i]
                if not intact(x):
                    errors.append("reader %d: lst[%d] is %r" % (k, i, x))
                    return
                count += 1
            if x[0] > seen[0]:
                seen[0] = x[0]
    except Exception as e:
        errors.append("reader %d: %r" % (k, e))
    reads[k] = count


rs = [threading.Thread(target=read, args=(k,)) for k in range(readers)]
w = threading.Thread(target=owner)
for t in rs:
    t.start()
w.start()
w.join()
for t in rs:
    t.join()
if errors:
    print("FAIL", errors[:5])
    sys.exit(1)
print("ok", sum(reads) > 0)
