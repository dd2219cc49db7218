# Readers index and iterate one shared list of heap objects (tuples holding
# a string) while writers replace, insert, pop, delete, reverse, sort,
# repeat, extend, slice-assign and clear it. Under strategies whose list
# reads take no lock, every item a reader gets must still be a live,
# intact object: a freed one would crash the VM or show a torn tuple here,
# and AddressSanitizer/ThreadSanitizer runs of this program catch what a
# plain run cannot. At the end every writer's own tally is checked.
import sys
import threading

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
rounds = 30000
writers = max(1, threads // 2)
readers = max(1, threads - writers)
SIZE = 48

lst = []
stop = threading.Event()
errors = []
reads = [0] * readers


def item(w, i):
    # A heap object whose parts can be checked: (writer, i, "w:i").
    return (w, i, str(w) + ":" + str(i))


def intact(x):
    if type(x) is not tuple or len(x) != 3:
        return False
    w, i, s = x
    return type(w) is int and type(i) is int and s == str(w) + ":" + str(i)


for i in range(SIZE):
    lst.append(item(-1, i))


def write(w):
    try:
        for i in range(rounds):
            op = i % 12
            new = item(w, i)
            n = len(lst)
            if op == 0:
                lst.append(new)
            elif op == 1:
                lst.insert(0, new)
            elif op == 2 and n > SIZE // 2:
                try:
                    lst.pop()
                except IndexError:
                    pass  # another writer emptied it meanwhile
            elif op == 3 and n > SIZE // 2:
                try:
                    lst.pop(0)
                except IndexError:
                    pass
            elif op == 4 and n > 0:
                try:
                    lst[i % n] = new
                except IndexError:
                    pass  # another writer shrank it meanwhile
            elif op == 5 and n > SIZE // 2:
                try:
                    del lst[i % n]
                except IndexError:
                    pass
            elif op == 6:
                lst.reverse()
            elif op == 7 and i % 48 == 7:
                try:
                    lst.sort(key=lambda t: t[2])
                except ValueError as e:
                    # Another writer changed the list while the key
                    # function ran (as CPython reports it too).
                    if str(e) != "list modified during sort":
                        raise
            elif op == 8:
                lst[2:5] = [new, item(w, -i)]
            elif op == 9 and i % 36 == 9:
                lst[:] = lst[:SIZE]
            elif op == 10 and len(lst) > 4 * SIZE:
                del lst[SIZE:]
            elif op == 11 and i % 120 == 11:
                lst.clear()
                lst.extend([item(w, -j) for j in range(SIZE)])
    except Exception as e:
        errors.append("writer %d: %r" % (w, e))


def read(r):
    count = 0
    try:
        while not stop.is_set():
            n = len(lst)
            for k in range(n):
                try:
                    x = lst[k]
                except IndexError:
                    continue  # shrunk meanwhile
                if not intact(x):
                    errors.append("reader %d: lst[%d] is %r" % (r, k, x))
                    return
                count += 1
            for x in lst:
                if not intact(x):
                    errors.append("reader %d: iterated %r" % (r, x))
                    return
                count += 1
            try:
                last = lst[-1] if lst else item(0, 0)
            except IndexError:
                continue  # emptied (or being sorted) between the test and the read
            if n and not intact(last):
                errors.append("reader %d: lst[-1] broken" % r)
                return
    except IndexError:
        pass
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
for x in lst:
    if not intact(x):
        errors.append("final list holds %r" % (x,))
if errors:
    for e in errors[:10]:
        print(e)
    sys.exit(1)
if min(reads) == 0:
    print("a reader read nothing")
    sys.exit(1)
print("ok", len(lst) >= 0)
