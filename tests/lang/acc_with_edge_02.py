class Log:
    def __init__(self, name, ret=False, log=None):
        self.name, self.ret = name, ret
        self.log = log if log is not None else []
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("exit %s %s" % (self.name, et.__name__ if et else "-"))
        return self.ret
log = []
with Log("a", log=log), Log("b", log=log), Log("c", log=log):
    log.append("body")
print(log)
log = []
try:
    with Log("a", log=log), Log("b", True, log=log), Log("c", log=log):
        raise ValueError("x")
    log.append("after with")
except ValueError:
    log.append("escaped")
print(log)
def gen_in_with():
    with Log("g", log=log):
        return "ret value"
log = []
print(gen_in_with(), log)
log = []
for i in range(3):
    with Log(str(i), True, log=log):
        if i == 1:
            raise KeyError(i)
        log.append("ok %d" % i)
print(log)
class Truthy:
    def __enter__(self): return 1
    def __exit__(self, *a): return "non-empty string is truthy"
with Truthy() as t:
    raise RuntimeError("swallowed by truthy return")
print("t =", t)
class Falsy:
    def __enter__(self): return None
    def __exit__(self, *a): return 0
try:
    with Falsy() as nothing:
        raise RuntimeError("propagates")
except RuntimeError as e:
    print("propagated", e, nothing)
class ExitSeesExc:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__, ev.args, tb is not None)
        return True
with ExitSeesExc():
    {}["missing"]
class Reuse:
    def __init__(self): self.n = 0
    def __enter__(self):
        self.n += 1
        return self.n
    def __exit__(self, *a): return False
r = Reuse()
with r as a:
    with r as b:
        print(a, b)
with Log("tuple-target") as (x):
    print(type(x).__name__)
class Pair:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with Pair() as (p, q):
    print(p, q)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
def break_continue_with():
    res = []
    for i in range(4):
        with Log(str(i), log=res):
            if i == 1:
                continue
            if i == 3:
                break
    return res
print(break_continue_with())
