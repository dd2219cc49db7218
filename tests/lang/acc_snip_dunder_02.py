def t0():
    class N:
        def __int__(self):
            return 7
        def __float__(self):
            return 2.5
        def __index__(self):
            return 3
    n = N()
    return int(n), float(n), list(range(n)), [1, 2, 3, 4][n], "abcdef"[:n], bin(n), hex(n)
try:
    print('#0', t0())
except Exception as ex:
    print('#0 EXC', type(ex).__name__, ex)
def t1():
    class R:
        def __round__(self, nd=None):
            return ("round", nd)
    return round(R()), round(R(), 2)
try:
    print('#1', t1())
except Exception as ex:
    print('#1 EXC', type(ex).__name__, ex)
def t2():
    class H:
        def __hash__(self):
            return -1
    return hash(H())
try:
    print('#2', t2())
except Exception as ex:
    print('#2 EXC', type(ex).__name__, ex)
def t3():
    class H:
        def __hash__(self):
            return True
    return hash(H())
try:
    print('#3', t3())
except Exception as ex:
    print('#3 EXC', type(ex).__name__, ex)
def t4():
    class L:
        def __len__(self):
            return 5
    return len(L()), bool(L())
try:
    print('#4', t4())
except Exception as ex:
    print('#4 EXC', type(ex).__name__, ex)
def t5():
    class It:
        def __iter__(self):
            return iter("xyz")
    return list(It()), "".join(It()), set(It()) == {"x", "y", "z"}, dict.fromkeys(It()), tuple(It()), sorted(It(), reverse=True), max(It()), min(It()), "y" in It(), list(enumerate(It())), list(zip(It(), It()))
try:
    print('#5', t5())
except Exception as ex:
    print('#5 EXC', type(ex).__name__, ex)
def t6():
    class Cmp:
        def __init__(self, v):
            self.v = v
        def __lt__(self, o):
            return self.v < o.v
        def __eq__(self, o):
            return self.v == o.v
        def __hash__(self):
            return hash(self.v)
    return max(Cmp(1), Cmp(3), Cmp(2)).v, sorted({Cmp(2), Cmp(1)})[0].v, Cmp(1) in [Cmp(1)], [Cmp(2), Cmp(1)].index(Cmp(1))
try:
    print('#6', t6())
except Exception as ex:
    print('#6 EXC', type(ex).__name__, ex)
def t7():
    class A:
        def __contains__(self, x):
            raise ValueError("no contains")
    try:
        1 in A()
    except ValueError as e:
        return str(e)
try:
    print('#7', t7())
except Exception as ex:
    print('#7 EXC', type(ex).__name__, ex)
def t8():
    class A:
        def __eq__(self, o):
            raise TypeError("eq fails")
    try:
        return A() in [1, 2]
    except TypeError as e:
        return str(e)
try:
    print('#8', t8())
except Exception as ex:
    print('#8 EXC', type(ex).__name__, ex)
def t9():
    class A:
        def __eq__(self, o):
            raise TypeError("eq fails")
    a = A()
    return a in [a], [a].count(a), [a].index(a)
try:
    print('#9', t9())
except Exception as ex:
    print('#9 EXC', type(ex).__name__, ex)
def t10():
    class A:
        def __hash__(self):
            raise ValueError("no hash")
    try:
        {A(): 1}
    except ValueError as e:
        return str(e)
try:
    print('#10', t10())
except Exception as ex:
    print('#10 EXC', type(ex).__name__, ex)
def t11():
    class A:
        def __lt__(self, o):
            raise RuntimeError("cmp")
    try:
        sorted([A(), A()])
    except RuntimeError as e:
        return str(e)
try:
    print('#11', t11())
except Exception as ex:
    print('#11 EXC', type(ex).__name__, ex)
def t12():
    class A:
        def __iter__(self):
            raise KeyError("iter fails")
    try:
        for x in A():
            pass
    except KeyError as e:
        return repr(e)
try:
    print('#12', t12())
except Exception as ex:
    print('#12 EXC', type(ex).__name__, ex)
def t13():
    class A:
        def __getitem__(self, i):
            if i < 3:
                return i
            raise IndexError
    return list(A()), 2 in A(), 5 in A()
try:
    print('#13', t13())
except Exception as ex:
    print('#13 EXC', type(ex).__name__, ex)
def t14():
    class A:
        def __init__(self):
            self.items = [1, 2]
        def __len__(self):
            return len(self.items)
        def __getitem__(self, i):
            return self.items[i]
    a = A()
    return list(reversed(a)), list(a), a[-1], a[0:1]
try:
    print('#14', t14())
except Exception as ex:
    print('#14 EXC', type(ex).__name__, ex)
