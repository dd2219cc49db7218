# Readers look keys up in one shared dict (str keys and int keys, present and
# absent, by d[k], d.get(k), `k in d` and through a global name rebound by
# writers) while writers insert, replace, delete, pop, popitem, setdefault,
# update and clear it, growing and shrinking its table. Under strategies
# whose dict reads take no lock, every value a reader gets must still be a
# live, intact object whose parts match its key; AddressSanitizer and
# ThreadSanitizer runs of this program catch a freed one.
import sys
import threading

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
rounds = 60000
writers = max(1, threads // 2)
readers = max(1, threads - writers)
NKEYS = 64

d = {}
stop = threading.Event()
errors = []
reads = [0] * readers
current = ("current", 0, "current:0")


def key_of(i):
    # Even i: a str key; odd i: an int key.
    return "k" + str(i) if i % 2 == 0 else i * 1000003


def value_of(k, n):
    # A heap object whose parts can be checked against its key.
    return (k, n, str(k) + "/" + str(n))


def intact(k, v):
    if type(v) is not tuple or len(v) != 3:
        return False
    kk, n, s = v
    return kk == k and type(n) is int and s == str(k) + "/" + str(n)


for i in range(NKEYS):
    d[key_of(i)] = value_of(key_of(i), 0)


def write(w):
    global current
    try:
        for n in range(rounds):
            k = key_of((n * 7 + w) % NKEYS)
            op = n % 10
            if op in (0, 1, 2):
                d[k] = value_of(k, n)
            elif op == 3:
                d.pop(k, None)
            elif op == 4:
                try:
                    del d[k]
                except KeyError:
                    pass
            elif op == 5:
                d.setdefault(k, value_of(k, n))
            elif op == 6:
                d.update({k: value_of(k, n), key_of((n + 1) % NKEYS): value_of(key_of((n + 1) % NKEYS), n)})
            elif op == 7 and n % 50 == 7:
                try:
                    d.popitem()
                except KeyError:
                    pass
            elif op == 8 and n % 400 == 8:
                d.clear()
            elif op == 9:
                current = ("current", n, "current:" + str(n))
                for j in range(n % 5):
                    kk = "grow" + str(w) + "_" + str(j)
                    d[kk] = value_of(kk, n)
                for j in range(n % 5):
                    d.pop("grow" + str(w) + "_" + str(j), None)
    except Exception as e:
        errors.append("writer %d: %r" % (w, e))


def read(r):
    count = 0
    try:
        while not stop.is_set():
            for i in range(NKEYS + 8):
                k = key_of(i)
                try:
                    v = d[k]
                    if not intact(k, v):
                        errors.append("reader %d: d[%r] is %r" % (r, k, v))
                        return
                    count += 1
                except KeyError:
                    pass
                v = d.get(k)
                if v is not None and not intact(k, v):
                    errors.append("reader %d: d.get(%r) is %r" % (r, k, v))
                    return
                if k in d:
                    count += 1
            c = current
            if c[2] != "current:" + str(c[1]):
                errors.append("reader %d: global is %r" % (r, c))
                return
    except Exception as e:
        errors.append("reader %d: %r" % (r, e))
    reads[r] = count


ws = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
rs = [threading.Thread(target=read, args=(r,)) for r in range(readers)]
for t in rs + ws:
    t.start()
# The main thread, which made the container (its owner under biased), writes
# too: an owner's writes must also respect readers in other threads.
write(writers)
for t in ws:
    t.join()
stop.set()
for t in rs:
    t.join()
for k, v in d.items():
    if not (type(k) is str and k.startswith("grow")) and not intact(k, v):
        errors.append("final dict holds %r: %r" % (k, v))
if errors:
    for e in errors[:10]:
        print(e)
    sys.exit(1)
if min(reads) == 0:
    print("a reader read nothing")
    sys.exit(1)
print("ok")
