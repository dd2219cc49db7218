# Threads share one generator (next() from several threads: values or
# "generator already executing", never a frame run twice at once), rebind a
# class attribute and append to a class-level list, and bump a closure's
# nonlocal counter: nothing crashes, no append is lost, and lost updates of
# `+=` stay within bounds.
import threading, sys
T = int(sys.argv[1]) if len(sys.argv) > 1 else 4
class C:
    n = 0
    items = []
def gen():
    for i in range(100000):
        yield i
g = gen()
got = []
lock = threading.Lock()
errs = []
def w(k):
    total = 0
    cnt = 0
    for _ in range(2000):
        C.n += 1              # class attribute rebinding races (lost updates allowed)
        C.items.append(k)
        try:
            v = next(g)
            total += v
            cnt += 1
        except ValueError as e:
            errs.append(str(e))   # "generator already executing" is allowed
        except StopIteration:
            break
    with lock:
        got.append((total, cnt))
def make_counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
inc = make_counter()
def w2():
    for _ in range(5000):
        inc()
ts = [threading.Thread(target=w, args=(k,)) for k in range(T)] + [threading.Thread(target=w2) for _ in range(T)]
for t in ts: t.start()
for t in ts: t.join()
assert len(C.items) == T * 2000, len(C.items)
assert 1 <= C.n <= T * 2000
assert all(e == "generator already executing" for e in errs), set(errs)
seen = sum(c for _, c in got)
assert 1 <= inc() <= T * 5000 + 1
assert seen + len(errs) <= T * 2000
print("ok", len(C.items))
