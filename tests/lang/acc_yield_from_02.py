def sub(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got
def deleg():
    r = yield from sub(3)
    print("sub returned", r)
    return len(r)
it = deleg()
print(next(it))
print(it.send("a"))
print(it.send("b"))
try:
    it.send("c")
except StopIteration as e:
    print("final", e.value)
def leaf():
    yield 1
    return "leaf-done"
def mid():
    r = yield from leaf()
    yield r
    return r + "/mid"
def top():
    r = yield from mid()
    yield r
print(list(top()))
def gen_ret_none():
    yield from []
def w():
    r = yield from gen_ret_none()
    yield r
print(list(w()))
def cnt():
    n = 0
    while True:
        v = yield n
        if v is None:
            return n
        n += v
def drive():
    total = yield from cnt()
    print("total", total)
    yield "end"
it = drive()
next(it)
it.send(3); it.send(4)
print(next(it))
print(list(x for x in (yield_v for yield_v in range(3))))
def yf_str():
    yield from "hey"
    yield from {"a": 1, "b": 2}
    yield from (1, 2)
print(list(yf_str()))
