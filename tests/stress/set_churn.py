# T threads churn one shared set. Each thread owns a disjoint range of int
# keys (add, `in`, discard, `in` again: exact, since nobody else touches
# them); all threads also add and discard the same overlapping string and
# tuple keys, where only the type of what is seen can be checked. After a
# barrier every thread adds the same keys A and discards the same keys B of
# the common range, so the final contents are known exactly.
import sys
import threading

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
own = 3000      # keys per thread in its own range
common = 200    # overlapping keys shared by all threads
shared = set(range(-50, 0))   # never touched: must survive untouched
barrier = threading.Barrier(threads)
errors = []
SET_MESSAGE = "Set changed size during iteration"


def common_key(j):
    return f"c{j}" if j % 2 == 0 else ("c", j)


def valid(x):
    if type(x) is int:
        return -50 <= x < threads * own
    if type(x) is str:
        return x.startswith("c") and x[1:].isdigit() and int(x[1:]) < common
    if type(x) is tuple:
        return len(x) == 2 and x[0] == "c" and type(x[1]) is int and 0 <= x[1] < common
    return False


def churn(k):
    base = k * own
    for j in range(own):
        key = base + j
        shared.add(key)
        if key not in shared:
            errors.append(("lost add", key))
        if j % 2 == 1:
            shared.discard(key)
            if key in shared:
                errors.append(("discard ignored", key))
            shared.discard(key)   # discarding an absent key is fine
        # overlapping range: a mix of adds and discards from every thread
        c = common_key((j * 7 + k) % common)
        if (j + k) % 3 == 0:
            shared.discard(c)
        else:
            shared.add(c)
        r = c in shared
        if r is not True and r is not False:
            errors.append(("in", r))
        if j % 500 == 0:
            for x in list(shared):
                if not valid(x):
                    errors.append(("list()", x))
            try:
                for x in shared:
                    if not valid(x):
                        errors.append(("iter", x))
            except RuntimeError as e:
                if str(e) != SET_MESSAGE:
                    errors.append(("iter error", str(e)))
            if len(shared) < 50:
                errors.append(("len", len(shared)))
    barrier.wait()
    # everyone: keep the common keys j % 3 == 0, drop the others
    for j in range(common):
        if j % 3 == 0:
            shared.add(common_key(j))
        else:
            shared.discard(common_key(j))


ts = [threading.Thread(target=churn, args=(k,)) for k in range(threads)]
for t in ts:
    t.start()
for t in ts:
    t.join()

assert not errors, errors[:5]
expected = set(range(-50, 0))
for k in range(threads):
    for j in range(0, own, 2):
        expected.add(k * own + j)
for j in range(0, common, 3):
    expected.add(common_key(j))
assert len(shared) == len(expected), (len(shared), len(expected))
assert shared == expected, sorted(shared ^ expected, key=repr)[:5]
print("ok", len(shared))
