# set methods taking a non-set iterable (list): result order must match CPython
import random
random.seed(5)
for trial in range(12):
    a = set(random.randint(-1000, 1000) for _ in range(random.randint(10, 40)))
    b = [random.randint(-1000, 1000) for _ in range(random.randint(5, 40))] + list(a)[:10]
    e = set(a); e.intersection_update(b)
    print("union       ", a.union(b))
    print("intersection", a.intersection(b))
    print("difference  ", a.difference(b))
    print("symdiff     ", a.symmetric_difference(b))
    print("inter_update", e)
