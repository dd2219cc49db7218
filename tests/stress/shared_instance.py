# T threads share one instance: each sets and reads attributes of its own
# (exact), all add and delete one temporary attribute and write one common
# attribute (any value written may be seen, never a torn one), all call
# methods of the shared class, and a counter incremented under a
# threading.Lock ends at exactly T*N. A plain `counter += 1` without the
# lock may lose updates (as in CPython), so it is only checked to be an int
# in 1..T*N.
import sys
import threading

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
N = 4000


class Base:
    kind = "base"

    def __init__(self, n):
        self.slots = [0] * n
        self.common = ("init", 0)

    def describe(self):
        return self.kind + str(len(self.slots))


class Shared(Base):
    kind = "shared"

    def __init__(self, n):
        super().__init__(n)
        self.lock = threading.Lock()
        self.locked_count = 0
        self.unlocked_count = 0

    def bump_own(self, k):
        # only thread k writes slots[k]: exact
        self.slots[k] += 1
        return self.slots[k]

    def bump_locked(self):
        with self.lock:
            self.locked_count += 1

    def bump_unlocked(self):
        self.unlocked_count += 1

    @property
    def total(self):
        return sum(self.slots)


obj = Shared(threads)
errors = []


def worker(k):
    own = f"a{k}"
    for i in range(N):
        setattr(obj, own, i)
        v = getattr(obj, own)
        if v != i:
            errors.append(("own attr", k, i, v))
        # 37 more names per thread grow the instance's attribute table
        # while others read it
        extra = f"x{k}_{i % 37}"
        setattr(obj, extra, (k, i))
        got = getattr(obj, extra)
        if got != (k, i):
            errors.append(("extra attr", extra, got))
        # the common attribute: any (tid, i) written, or the initial value
        obj.common = (k, i)
        c = obj.common
        if not (type(c) is tuple and len(c) == 2 and
                (c == ("init", 0) or (type(c[0]) is int and 0 <= c[0] < threads and 0 <= c[1] < N))):
            errors.append(("common", c))
        if obj.bump_own(k) != i + 1:
            errors.append(("slot", k, i))
        obj.bump_locked()
        obj.bump_unlocked()
        if i % 100 == 0:
            if obj.describe() != "shared" + str(threads):
                errors.append(("describe", obj.describe()))
            t = obj.total
            if type(t) is not int or not (0 <= t <= threads * N):
                errors.append(("total", t))
            # a name all threads add and delete: deleting it may find it
            # already gone (AttributeError), as in CPython
            obj.tmp = i
            try:
                del obj.tmp
            except AttributeError:
                pass
            try:
                t = obj.tmp
                if type(t) is not int:
                    errors.append(("tmp", t))
            except AttributeError:
                pass
    if getattr(obj, own) != N - 1:
        errors.append(("final own", k))


ts = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
for t in ts:
    t.start()
for t in ts:
    t.join()

assert not errors, errors[:5]
assert obj.locked_count == threads * N, obj.locked_count
assert type(obj.unlocked_count) is int and 1 <= obj.unlocked_count <= threads * N
assert obj.slots == [N] * threads, obj.slots
assert obj.total == threads * N
for k in range(threads):
    assert getattr(obj, f"a{k}") == N - 1
    for j in range(37):
        assert getattr(obj, f"x{k}_{j}")[0] == k
assert obj.common == ("init", 0) or obj.common[1] == N - 1, obj.common
print("ok", obj.locked_count)
