# Appenders and item storers write into two shared lists (under lock-free,
# by CAS without the list's lock) while movers pop, insert, sort, reverse
# and extend them under the lock. Every value is a distinct string written
# once, so the end can account for all of them: the values left in the
# lists and those the movers still hold are all distinct and all were
# written; and since an append adds one value, a store replaces one, an
# insert or extend puts back one the mover popped, exactly `stores` of the
# values written are gone. A lost or doubled append, a value moved twice or
# a store landing outside the list breaks that count or the distinctness.
# (A store that replaced the wrong value would free a value still in the
# list: the AddressSanitizer and ThreadSanitizer runs catch that.)
import sys
import threading

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
rounds = 40000
LIMIT = 1500  # movers keep each list about this long
lists = [[], []]
for j in range(64):
    lists[0].append("i0:%d" % j)
    lists[1].append("i1:%d" % j)
movers = max(1, threads // 4)
storers = max(1, threads // 4)
appenders = max(1, threads - movers - storers)
finished = []  # one entry per appender and storer that is done
written = [[] for _ in range(appenders + storers + movers)]
stores = [0] * storers
held = [[] for _ in range(movers)]
errors = []


def appender(a):
    mine = written[a]
    for i in range(rounds):
        v = "a%d:%d" % (a, i)
        mine.append(v)
        lists[i & 1].append(v)
    finished.append(a)


def storer(s):
    mine = written[appenders + s]
    k = 17 * s + 1
    done = 0
    for i in range(rounds):
        k = (k * 1103515245 + 12345) % 2147483648
        v = "s%d:%d" % (s, i)
        try:
            lists[i & 1][k % 96 - 48] = v  # negative indexes too
        except IndexError:
            continue  # the list was shorter: nothing written
        mine.append(v)
        done += 1
    stores[s] = done
    finished.append(-1)


def mover(m):
    mine = written[appenders + storers + m]
    keep = held[m]
    i = 0
    k = 7 * m + 3
    while len(finished) < appenders + storers:
        i += 1
        k = (k * 1103515245 + 12345) % 2147483648
        lst = lists[k & 1]
        op = (k >> 8) % 10
        try:
            if len(lst) > LIMIT or op < 3:
                keep.append(lst.pop())
            elif op == 3:
                keep.append(lst.pop(0))
            elif op == 4:
                keep.append(lst.pop(k % 32))
            elif op == 5:
                if keep:
                    lst.insert(k % 32, keep.pop())
                else:
                    v = "m%d:%d" % (m, i)
                    mine.append(v)
                    lst.insert(k % 32, v)
            elif op == 6 and i % 16 == 6:
                lst.sort()  # strings: sorted in place, under the lock
            elif op == 7:
                lst.reverse()
            elif op == 8 and len(keep) > 8:
                back = keep[-8:]
                del keep[-8:]
                lst.extend(back)
        except IndexError:
            pass  # popped from an empty list: another mover emptied it


ts = []
for a in range(appenders):
    ts.append(threading.Thread(target=appender, args=(a,)))
for s in range(storers):
    ts.append(threading.Thread(target=storer, args=(s,)))
for m in range(1, movers):
    ts.append(threading.Thread(target=mover, args=(m,)))
for t in ts:
    t.start()
mover(0)  # the main thread, which made the lists, moves too
for t in ts:
    t.join()

everything = set()
for w in written:
    everything.update(w)
everything.update("i%d:%d" % (n, j) for n in range(2) for j in range(64))
seen = set()
count = 0
for part in lists + held:
    for v in part:
        count += 1
        if v in seen:
            errors.append("%r is there twice" % (v,))
        elif v not in everything:
            errors.append("%r was never written" % (v,))
        seen.add(v)
missing = len(everything) - len(seen)
if count == len(seen) and missing != sum(stores):
    errors.append("%d values gone, but %d stores landed (lists %d and %d long, movers hold %d)" % (
        missing, sum(stores), len(lists[0]), len(lists[1]), sum(len(h) for h in held)))
if errors:
    for e in errors[:10]:
        print(e)
    sys.exit(1)
print("ok", count)
