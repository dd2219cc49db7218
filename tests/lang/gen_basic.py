# Generator functions: yield, state across calls, return ends iteration.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), list(count_up(0)))
for v in count_up(3):
    print("got", v)
def trace():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
t = trace()
print("created")
print(next(t))
print(next(t))
print(next(t, "exhausted"))
print(next(t, "again"))
def early(n):
    for i in range(n):
        if i == 3:
            return
        yield i
print(list(early(10)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    out = []
    for v in it:
        if len(out) >= n:
            break
        out.append(v)
    return out
print(take(5, fib()), take(3, count_up(2)))
def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))), sum(evens([1, 2, 3, 4])))
g1 = count_up(3)
g2 = count_up(3)
print(next(g1), next(g1), next(g2), list(g1), list(g2))
def gen_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")
for x in gen_with_finally():
    print(x)
def multi_yield():
    yield 1
    yield from []
    x = 5
    yield x * 2
    yield [x, x]
print(list(multi_yield()))
it = iter(count_up(2))
print(iter(it) is it)
