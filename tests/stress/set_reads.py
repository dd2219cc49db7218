# Readers test membership in shared sets (str, int, boxed int, bool and
# float keys: the ones `x in s` settles without a lock under strategies
# with optimistic reads) while writers add, discard, pop and clear other
# keys and run the in-place bulk operations (|=, -=, ^=, &= and the
# *_update methods), growing, purging and swapping the sets' tables. A key
# present throughout must never be reported absent, a key never added never
# present, int/float equality must stay exact; AddressSanitizer and
# ThreadSanitizer runs of this program catch a key or table freed under a
# reader.
import sys
import threading

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
rounds = 12000
writers = max(1, threads // 2)
readers = max(1, threads - writers)

BIG = 2 ** 62  # boxed ints from here on
# Always in s: never discarded, kept by every bulk operation.
PRESENT = ["p" + str(i) for i in range(24)] + [i * 1000003 for i in range(24)]
PRESENT += [0, "", BIG + 5, -BIG - 5, 2 ** 53 + 1, 1.5, -0.25, 1e300, True]
# Never in s or t: equal to no present key (1.0 would equal True, 2.0 the
# present 2000006 would not, 2**53+1 is not float(2**53+1) == 2**53).
NEVER = ["n" + str(i) for i in range(16)] + [i * 1000003 + 2 for i in range(16)]
NEVER += [BIG + 6, -BIG - 6, float(2 ** 53 + 1), 2 ** 53, 2.5, -0.5, 1e301, "p", "p24", 24 * 1000003]
# Equal to present keys without being the same object or type.
EQUAL = [float(i * 1000003) for i in range(24)] + [0.0, -0.0, False, 1.5, 1, (BIG + 5) * 1]


def churn_key(j):
    # str, int, boxed int, float and (through the locked path) tuple keys.
    m = j % 5
    if m == 0:
        return "c" + str(j)
    if m == 1:
        return j * 7919 + 3
    if m == 2:
        return BIG + 7 + j
    if m == 3:
        return j + 0.125
    return ("c", j)


NCHURN = 400
s = set(PRESENT)
t = set()  # churn keys only: popped and cleared
stop = threading.Event()
errors = []
reads = [0] * readers


def write(w):
    global s, t  # the augmented assignments rebind them (to the same sets)
    try:
        for n in range(rounds):
            j = (n * 13 + w * 101) % NCHURN
            k = churn_key(j)
            op = n % 16
            if op < 5:
                s.add(k)
                t.add(k)
            elif op < 8:
                s.discard(k)
                t.discard(k)
            elif op == 8:
                try:
                    t.pop()
                except KeyError:
                    pass
                if n % 64 == 8:
                    t.clear()
            elif op == 9:
                s.update([churn_key(j + i) for i in range(8)])
                t |= {churn_key(j + i) for i in range(8)}
            elif op == 10:
                s -= {churn_key(j + i) for i in range(0, 40, 2)}
                t.difference_update([churn_key(j + i) for i in range(0, 40, 3)])
            elif op == 11:
                s ^= {churn_key(j + 1), churn_key(j + 2)}
                t.symmetric_difference_update({churn_key(j + 3)})
            elif op == 12 and n % 48 == 12:
                keep = set(PRESENT)
                keep.update(churn_key(i) for i in range(0, NCHURN, 2))
                s &= keep
                t.intersection_update(keep)
            elif op == 13 and n % 80 == 13:
                s.intersection_update(set(PRESENT) | {churn_key(i) for i in range(j, NCHURN, 3)})
            elif op == 14:
                s.difference_update({churn_key(j + 5)}, [churn_key(j + 6)])
            else:
                s.add(churn_key(j + 9))
    except Exception as e:
        errors.append("writer %d: %r" % (w, e))


def read(r):
    count = 0
    try:
        while not stop.is_set():
            for k in PRESENT:
                if k not in s:
                    errors.append("reader %d: %r not in s" % (r, k))
                    return
            for k in EQUAL:
                if k not in s:
                    errors.append("reader %d: %r (equal to a present key) not in s" % (r, k))
                    return
            for k in NEVER:
                if k in s or k in t:
                    errors.append("reader %d: never-added %r in a set" % (r, k))
                    return
            for j in range(0, NCHURN, 7):
                k = churn_key(j)
                if k in s:
                    count += 1
                if k in t:
                    count += 1
            count += 1
    except Exception as e:
        errors.append("reader %d: %r" % (r, e))
    reads[r] = count


ws = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
rs = [threading.Thread(target=read, args=(r,)) for r in range(readers)]
for th in rs + ws:
    th.start()
# The main thread, which made the sets (their owner under biased), writes
# too: an owner's writes must also respect readers in other threads.
write(writers)
for th in ws:
    th.join()
stop.set()
for th in rs:
    th.join()
for k in PRESENT:
    if k not in s:
        errors.append("final set lacks %r" % (k,))
for k in s:
    if k not in PRESENT and type(k) is str and not k.startswith("c"):
        errors.append("final set holds %r" % (k,))
if errors:
    for e in errors[:10]:
        print(e)
    sys.exit(1)
if min(reads) == 0:
    print("a reader read nothing")
    sys.exit(1)
# A checksum of what is deterministic: the always-present keys.
print("ok", len(PRESENT), sum(1 for k in PRESENT if k in s))
