# Exceptions propagating through many frames, loops, generators and methods.
def level3(x):
    if x == 0:
        raise ValueError("bottom reached")
    return 10 // x
def level2(x):
    try:
        return level3(x)
    finally:
        print("  level2 cleanup", x)
def level1(x):
    return level2(x) + 1
for v in [5, 0, 2]:
    try:
        print("result", level1(v))
    except ValueError as e:
        print("caught at top:", e)
def gen():
    yield 1
    raise KeyError("from generator")
try:
    for v in gen():
        print("gen gave", v)
except KeyError as e:
    print("KeyError:", e)
class Worker:
    def __init__(self, fail_at):
        self.fail_at = fail_at
    def step(self, i):
        if i == self.fail_at:
            raise RuntimeError("step " + str(i) + " failed")
        return i * i
    def run(self, n):
        out = []
        for i in range(n):
            out.append(self.step(i))
        return out
for fail in [10, 3]:
    try:
        print(Worker(fail).run(5))
    except RuntimeError as e:
        print("RuntimeError:", e)
def recurse(n):
    if n == 0:
        raise IndexError("depth exhausted")
    try:
        return recurse(n - 1)
    except KeyError:
        return "wrong"
try:
    recurse(50)
except IndexError as e:
    print("IndexError:", e)
results = []
for item in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(item))
    except ValueError:
        results.append("bad")
    except TypeError:
        results.append("none")
print(results)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print([safe_div(1, d) for d in [1, 0, 4]])
try:
    [int(s) for s in ["1", "2", "three"]]
except ValueError as e:
    print("in comprehension:", e)
try:
    sorted([3, 1, 2], key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print("in sort key:", e)
try:
    list(map(lambda v: v["k"], [{"k": 1}, {}]))
except KeyError as e:
    print("in map:", repr(e))
