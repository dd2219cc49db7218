# T threads apply setdefault/pop/get/update/`in`/del/[]= to one shared dict.
# Thread t owns the int keys k with k % T == t and keeps a private mirror of
# them: after every operation the shared dict agrees with the mirror, and at
# the end the int keys of the dict are exactly the union of the mirrors. A
# few string keys are common to all threads; for those only the type and
# range of what is read are checked.
import sys
import threading

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
ops = 6000
keys_per_thread = 64
commons = [f"c{j}" for j in range(8)]
shared = {}
mirrors = [None] * threads
errors = []
MISSING = object()


def sane_common(v):
    return v is None or (type(v) is tuple and len(v) == 2 and type(v[0]) is int
                         and 0 <= v[0] < threads and type(v[1]) is int and 0 <= v[1] < ops)


def worker(t):
    mine = {}
    x = 12345 + t * 7919
    for i in range(ops):
        x = (x * 1103515245 + 12345) % 2147483648   # per-thread LCG
        key = ((x >> 8) % keys_per_thread) * threads + t
        op = (x >> 4) % 8
        val = (t, i)
        if op == 0:
            shared[key] = val
            mine[key] = val
        elif op == 1:
            got = shared.setdefault(key, val)
            want = mine.setdefault(key, val)
            if got != want:
                errors.append(("setdefault", key, got, want))
        elif op == 2:
            got = shared.pop(key, MISSING)
            want = mine.pop(key, MISSING)
            if got is not want and got != want:
                errors.append(("pop", key, got, want))
        elif op == 3:
            got = shared.get(key)
            if got != mine.get(key):
                errors.append(("get", key, got, mine.get(key)))
        elif op == 4:
            if (key in shared) != (key in mine):
                errors.append(("in", key))
        elif op == 5:
            key2 = ((x >> 16) % keys_per_thread) * threads + t
            upd = {key: val, key2: (t, -i)}
            shared.update(upd)
            mine.update(upd)
        elif op == 6:
            try:
                del shared[key]
                removed = True
            except KeyError:
                removed = False
            if removed != (key in mine):
                errors.append(("del", key, removed))
            mine.pop(key, None)
        else:
            try:
                got = shared[key]
            except KeyError:
                got = MISSING
            if got is not mine.get(key, MISSING) and got != mine.get(key):
                errors.append(("[]", key, got))
        # common keys: every thread writes, reads and removes them
        c = commons[i % len(commons)]
        which = (x >> 12) % 4
        if which == 0:
            shared[c] = val
        elif which == 1:
            got = shared.setdefault(c, val)
            if not sane_common(got):
                errors.append(("common setdefault", c, got))
        elif which == 2:
            got = shared.pop(c, None)
            if not sane_common(got):
                errors.append(("common pop", c, got))
        else:
            shared.update({c: val})
        got = shared.get(c)
        if not sane_common(got):
            errors.append(("common get", c, got))
    mirrors[t] = mine


ts = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
for th in ts:
    th.start()
for th in ts:
    th.join()

assert not errors, errors[:5]
expected = {}
for mine in mirrors:
    expected.update(mine)
ints = {k: v for k, v in shared.items() if type(k) is int}
assert ints == expected, sorted(set(ints.items()) ^ set(expected.items()))[:5]
for k, v in shared.items():
    if type(k) is int:
        assert k % threads == v[0], (k, v)
    else:
        assert k in commons and sane_common(v) and v is not None, (k, v)
assert len(shared) == len(expected) + sum(1 for c in commons if c in shared)
print("ok", len(expected))
