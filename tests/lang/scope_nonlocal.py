# nonlocal in nested functions: several levels, loops, shadowing, independent closures.
def make():
    total = 0
    history = []
    def add(v):
        nonlocal total
        total += v
        history.append(total)
        return total
    def reset():
        nonlocal total, history
        total = 0
        history = []
    def state():
        return total, history
    return add, reset, state
add, reset, state = make()
add(3)
add(4)
print(state())
reset()
add(10)
print(state())
def three_levels():
    x = 1
    def level2():
        def level3():
            nonlocal x
            x += 100
            return x
        y = level3()
        return y + 1
    r = level2()
    return x, r
print(three_levels())
def shadowing():
    x = "outer"
    def inner():
        x = "inner"
        def innermost():
            nonlocal x
            x = "changed by innermost"
        innermost()
        return x
    return inner(), x
print(shadowing())
def loop_closure():
    results = []
    count = 0
    def bump():
        nonlocal count
        count += 1
    for _ in range(5):
        bump()
        results.append(count)
    return results
print(loop_closure())
def fib_gen_factory():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
f = fib_gen_factory()
print([f() for _ in range(10)])
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def dec():
        nonlocal n
        n -= 1
        return n
    return inc, dec
i1, d1 = counter_pair()
i2, d2 = counter_pair()
print(i1(), i1(), d1(), i2(), d2(), d2(), i1())
