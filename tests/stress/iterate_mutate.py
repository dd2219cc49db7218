# Half the threads mutate a shared list (append, insert, pop, pop(0), del)
# and a shared dict (set, del, pop) while the other half iterate them
# (for, list(), sum, slicing, sorted, len, items(), copy()). Every element a
# reader sees must be one that was put in; a dict iterated while its size
# changes may raise RuntimeError (allowed, caught). At the end nothing was
# lost or duplicated: what was removed plus what remains is exactly what was
# put in, and each mutator's dict keys are exactly the ones it left in.
import sys
import threading

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
rounds = 3000
BIG = 1000000
KEEP = 8  # dict keys each mutator leaves behind
mutators = max(1, threads // 2)
readers = max(1, threads - mutators)
INIT_TAG = 2 * mutators  # tag of the list's initial elements
INIT = 64

lst = [INIT_TAG * BIG + i for i in range(INIT)]
d = {("init", i): "init:" + str(i) for i in range(INIT)}
stop = threading.Event()
errors = []
removed = [None] * mutators   # per mutator: values it popped
counts = [None] * mutators    # per mutator: (put, popped, deleted)
DICT_MESSAGES = ("dictionary changed size during iteration",
                 "dictionary keys changed during iteration")


def valid(x):
    # A list element: an int whose tag and index are ones a mutator used.
    if type(x) is not int or x < 0:
        return False
    tag = x // BIG
    i = x % BIG
    if tag == INIT_TAG:
        return i < INIT
    return tag < INIT_TAG and i < rounds


def dict_value(key):
    a, b = key
    return str(a) + ":" + str(b)


def valid_item(key, value):
    if type(key) is not tuple or len(key) != 2:
        return False
    a, b = key
    if a == "init":
        if not (type(b) is int and 0 <= b < INIT):
            return False
    elif not (type(a) is int and 0 <= a < mutators and type(b) is int and 0 <= b < rounds):
        return False
    return value == dict_value(key)


def mutate(k):
    put = popped = deleted = 0
    mine = []
    for i in range(rounds):
        lst.append((2 * k) * BIG + i)
        lst.insert(len(lst) // 2, (2 * k + 1) * BIG + i)
        put += 2
        try:
            mine.append(lst.pop())
            popped += 1
        except IndexError:
            pass
        try:
            if i % 2 == 0:
                mine.append(lst.pop(0))
                popped += 1
            else:
                del lst[0]
                deleted += 1
        except IndexError:
            pass
        # dict: own keys (k, i); keep only the last KEEP of them
        key = (k, i)
        d[key] = dict_value(key)
        if i >= KEEP:
            old = (k, i - KEEP)
            if i % 2 == 0:
                del d[old]
            else:
                v = d.pop(old, None)
                if v != dict_value(old):
                    errors.append(("dict pop", old, v))
            if old in d:
                errors.append(("resurrected", old))
    removed[k] = mine
    counts[k] = (put, popped, deleted)


def check_list_snapshot(snapshot, what):
    for x in snapshot:
        if not valid(x):
            errors.append((what, x))
            return


def read(r):
    n = 0
    while not stop.is_set() or n < 3:
        n += 1
        for x in lst:
            if not valid(x):
                errors.append(("for", x))
        check_list_snapshot(list(lst), "list()")
        s = sum(lst)
        if type(s) is not int or s < 0:
            errors.append(("sum", s))
        check_list_snapshot(lst[:], "slice")
        srt = sorted(lst)
        check_list_snapshot(srt, "sorted")
        for j in range(1, len(srt)):
            if srt[j - 1] > srt[j]:
                errors.append(("unsorted", srt[j - 1], srt[j]))
                break
        if len(lst) < 0:
            errors.append(("len", len(lst)))
        # dict
        try:
            for key, value in list(d.items()):
                if not valid_item(key, value):
                    errors.append(("items()", key, value))
        except RuntimeError as e:
            if str(e) not in DICT_MESSAGES:
                errors.append(("items() error", str(e)))
        for key, value in d.copy().items():
            if not valid_item(key, value):
                errors.append(("copy()", key, value))
        for key in list(d):
            value = d.get(key)
            if value is not None and not valid_item(key, value):
                errors.append(("get", key, value))
        try:
            for key in d:
                if type(key) is not tuple:
                    errors.append(("iter key", key))
        except RuntimeError as e:
            if str(e) not in DICT_MESSAGES:
                errors.append(("iter error", str(e)))
        try:
            for key, value in d.items():
                if not valid_item(key, value):
                    errors.append(("live items", key, value))
        except RuntimeError as e:
            if str(e) not in DICT_MESSAGES:
                errors.append(("live items error", str(e)))


ms = [threading.Thread(target=mutate, args=(k,)) for k in range(mutators)]
rs = [threading.Thread(target=read, args=(r,)) for r in range(readers)]
for t in rs + ms:
    t.start()
for t in ms:
    t.join()
stop.set()
for t in rs:
    t.join()

assert not errors, errors[:5]
put = INIT + sum(c[0] for c in counts)
popped = sum(c[1] for c in counts)
deleted = sum(c[2] for c in counts)
assert len(lst) == put - popped - deleted, (len(lst), put, popped, deleted)
check_list_snapshot(lst, "final")
assert not errors, errors[:5]
seen = list(lst)
for mine in removed:
    seen.extend(mine)
assert len(seen) == len(set(seen)), "an element was removed or kept twice"
assert all(valid(x) for x in seen)
expected = {("init", i) for i in range(INIT)}
for k in range(mutators):
    for i in range(rounds - KEEP, rounds):
        expected.add((k, i))
assert set(d) == expected, sorted(set(d) ^ expected, key=repr)[:5]
assert all(valid_item(key, value) for key, value in d.items())
print("ok", len(d))
