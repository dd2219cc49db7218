# Threads sort one shared list of ints (in both directions), copy, compare,
# print and repeat it, replace values in a shared dict while others repr()
# it, and churn a shared set: a sort of ints is one step (nobody sees the
# list empty or half-sorted), and the list ends a permutation of its items.
import threading, sys
T = int(sys.argv[1]) if len(sys.argv) > 1 else 4
shared = {"a": [1, 2, 3], "b": {"x": 1}}
lst = list(range(100))
s = set(range(50))
errors = []


def w(k):
    for i in range(1500):
        lst.sort(reverse=(i % 2 == 0))
        r = repr(shared)
        shared["a"] = [k, i]
        shared["b"] = {"x": i}
        x = lst[:] == lst[:]
        y = str(lst)
        z = sorted(s)
        s.add(i % 60); s.discard((i + 7) % 60)
        t = tuple(lst)
        if i % 100 == 0:
            lst.reverse()
        e = lst * 2
        if len(e) != 200:  # a sort of ints is one step: never seen half-done
            errors.append(len(e))
        del e
    return
ts = [threading.Thread(target=w, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
assert sorted(lst) == list(range(100))
assert errors == [], errors[:3]
print("ok", len(shared))
