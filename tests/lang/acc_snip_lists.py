def t0():
    l = [3, 1, 2]
    def k(v):
        l.append(v)
        return v
    try:
        l.sort(key=k)
    except ValueError as e:
        return str(e), l
try:
    print('#0', t0())
except Exception as ex:
    print('#0 EXC', type(ex).__name__, ex)
def t1():
    l = [1, 2]
    l.extend(l)
    l += l
    return l
try:
    print('#1', t1())
except Exception as ex:
    print('#1 EXC', type(ex).__name__, ex)
def t2():
    l = [1, 2, 3]
    l[1:3] = l
    return l
try:
    print('#2', t2())
except Exception as ex:
    print('#2 EXC', type(ex).__name__, ex)
def t3():
    l = [1, 2, 3]
    l[:] = l
    return l
try:
    print('#3', t3())
except Exception as ex:
    print('#3 EXC', type(ex).__name__, ex)
def t4():
    l = [1, 2, 3]
    l[:0] = l
    return l
try:
    print('#4', t4())
except Exception as ex:
    print('#4 EXC', type(ex).__name__, ex)
def t5():
    l = [1, 2, 3]
    l.insert(100, "end")
    l.insert(-100, "start")
    l.insert(-1, "before last")
    return l
try:
    print('#5', t5())
except Exception as ex:
    print('#5 EXC', type(ex).__name__, ex)
def t6():
    l = [1, 2, 3]
    return l.pop(-3), l
try:
    print('#6', t6())
except Exception as ex:
    print('#6 EXC', type(ex).__name__, ex)
def t7():
    l = [0] * 5
    l[5:] = [9]
    l[-100:1] = ["x"]
    return l
try:
    print('#7', t7())
except Exception as ex:
    print('#7 EXC', type(ex).__name__, ex)
def t8():
    l = list(range(10))
    l[2:8:3] = ["a", "b"]
    return l
try:
    print('#8', t8())
except Exception as ex:
    print('#8 EXC', type(ex).__name__, ex)
def t9():
    l = list(range(10))
    del l[::-3]
    return l
try:
    print('#9', t9())
except Exception as ex:
    print('#9 EXC', type(ex).__name__, ex)
def t10():
    l = list(range(5))
    l[3:1] = ["ins"]
    return l
try:
    print('#10', t10())
except Exception as ex:
    print('#10 EXC', type(ex).__name__, ex)
def t11():
    l = [1, 2, 3]
    l[1:2] = []
    return l
try:
    print('#11', t11())
except Exception as ex:
    print('#11 EXC', type(ex).__name__, ex)
def t12():
    l = [[1]] * 3
    l[0].append(2)
    return l
try:
    print('#12', t12())
except Exception as ex:
    print('#12 EXC', type(ex).__name__, ex)
def t13():
    l = [1, 2, 3, 2, 1]
    l.remove(2)
    return l, l.index(2), l.count(1)
try:
    print('#13', t13())
except Exception as ex:
    print('#13 EXC', type(ex).__name__, ex)
def t14():
    l = [1.0, 1, True]
    l.remove(True)
    return l
try:
    print('#14', t14())
except Exception as ex:
    print('#14 EXC', type(ex).__name__, ex)
def t15():
    l = [3, 1, 2]
    r = l.reverse()
    return r, l, l[::-1], list(reversed(l))
try:
    print('#15', t15())
except Exception as ex:
    print('#15 EXC', type(ex).__name__, ex)
def t16():
    l = ["b", "A", "c"]
    l.sort(key=str.lower, reverse=True)
    return l
try:
    print('#16', t16())
except Exception as ex:
    print('#16 EXC', type(ex).__name__, ex)
def t17():
    l = [(1, "b"), (1, "a"), (0, "c")]
    l.sort(key=lambda t: t[0])
    return l
try:
    print('#17', t17())
except Exception as ex:
    print('#17 EXC', type(ex).__name__, ex)
def t18():
    l = [1, 2]
    c = l.copy()
    c.append(3)
    return l, c, l == c[:2]
try:
    print('#18', t18())
except Exception as ex:
    print('#18 EXC', type(ex).__name__, ex)
def t19():
    l = [1, 2, 3]
    l.clear()
    return l, len(l), bool(l)
try:
    print('#19', t19())
except Exception as ex:
    print('#19 EXC', type(ex).__name__, ex)
def t20():
    a = [1, 2]
    b = a
    a = a + [3]
    return a, b
try:
    print('#20', t20())
except Exception as ex:
    print('#20 EXC', type(ex).__name__, ex)
def t21():
    a = [1, 2]
    b = a
    a += [3]
    return a, b
try:
    print('#21', t21())
except Exception as ex:
    print('#21 EXC', type(ex).__name__, ex)
def t22():
    l = [5, 3, 9]
    return sorted(l), l, l.sort(), l
try:
    print('#22', t22())
except Exception as ex:
    print('#22 EXC', type(ex).__name__, ex)
def t23():
    l = list("hello")
    return "".join(sorted(set(l), key=l.index))
try:
    print('#23', t23())
except Exception as ex:
    print('#23 EXC', type(ex).__name__, ex)
def t24():
    l = [1, 2, 3]
    it = iter(l)
    return [x for x in it if x != 2], list(it)
try:
    print('#24', t24())
except Exception as ex:
    print('#24 EXC', type(ex).__name__, ex)
def t25():
    l = [1, [2, [3]]]
    m = l.copy()
    m[1][0] = 20
    m[0] = 10
    return l, m
try:
    print('#25', t25())
except Exception as ex:
    print('#25 EXC', type(ex).__name__, ex)
def t26():
    return [1, 2] * 2 + [3] * 0 + 2 * [4], [[]] * 0
try:
    print('#26', t26())
except Exception as ex:
    print('#26 EXC', type(ex).__name__, ex)
def t27():
    return [i * j for i in range(1, 4) for j in range(i)], [[i] * i for i in range(4)]
try:
    print('#27', t27())
except Exception as ex:
    print('#27 EXC', type(ex).__name__, ex)
def t28():
    return list(range(5))[-2:], list(range(5))[-2:-1], list(range(5))[5:], list(range(5))[1:-1:2]
try:
    print('#28', t28())
except Exception as ex:
    print('#28 EXC', type(ex).__name__, ex)
def t29():
    return max([[1, 2], [1, 3], [0, 9]]), min([(2, "a"), (1, "z")]), sorted([[2], [1, 5], [1]])
try:
    print('#29', t29())
except Exception as ex:
    print('#29 EXC', type(ex).__name__, ex)
