# T threads insert and delete their own keys in one shared dict while
# others read it: each thread's view of its own keys stays exact, and the
# dict ends with exactly the keys that were left in.
import sys
import threading

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 4
rounds = 4000
shared = {}
errors = []


def churn(k):
    for i in range(rounds):
        key = (k, i)
        shared[key] = i
        if shared.get(key) != i:
            errors.append(("lost", key))
        if i % 2 == 0:
            del shared[key]
            if key in shared:
                errors.append(("resurrected", key))
        len(shared)
        if i % 16 == 0:  # a full copy is O(size): often enough to race, not quadratic
            for _ in list(shared.items())[:3]:
                pass


ts = [threading.Thread(target=churn, args=(k,)) for k in range(threads)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert not errors, errors[:5]
assert len(shared) == threads * rounds // 2, len(shared)
assert all(i % 2 == 1 for (_, i) in shared), "an even key survived"
print("ok", len(shared))
