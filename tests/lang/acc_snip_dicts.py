def t0():
    d = {"a": 1, "b": 2, "c": 3}
    del d["a"]
    d["a"] = 4
    d["b"] = 5
    return d, list(d), d.popitem(), d
try:
    print('#0', t0())
except Exception as ex:
    print('#0 EXC', type(ex).__name__, ex)
def t1():
    d = {1: "int"}
    d[1.0] = "float"
    d[True] = "bool"
    return d, list(d.keys())[0], type(list(d)[0]).__name__
try:
    print('#1', t1())
except Exception as ex:
    print('#1 EXC', type(ex).__name__, ex)
def t2():
    d = {}
    d[2] = "x"; d[1] = "y"; d[3] = "z"
    return d, sorted(d), sorted(d.items(), key=lambda kv: kv[1], reverse=True)
try:
    print('#2', t2())
except Exception as ex:
    print('#2 EXC', type(ex).__name__, ex)
def t3():
    d = {"a": 1}
    for k in d:
        d[k] = 2
    for k, v in d.items():
        d[k] = v * 10
    return d
try:
    print('#3', t3())
except Exception as ex:
    print('#3 EXC', type(ex).__name__, ex)
def t4():
    d = {"a": 1, "b": 2}
    try:
        for k in d:
            d.pop(k)
    except RuntimeError as e:
        return str(e), d
try:
    print('#4', t4())
except Exception as ex:
    print('#4 EXC', type(ex).__name__, ex)
def t5():
    d = {i: i for i in range(5)}
    for k in list(d):
        if k % 2:
            del d[k]
    return d
try:
    print('#5', t5())
except Exception as ex:
    print('#5 EXC', type(ex).__name__, ex)
def t6():
    d = {"x": None}
    return d.get("x", "dflt"), d.get("y", "dflt"), "x" in d, None in d.values()
try:
    print('#6', t6())
except Exception as ex:
    print('#6 EXC', type(ex).__name__, ex)
def t7():
    a = {"a": 1, "b": 2}
    b = {"b": 2, "a": 1}
    return a == b, list(a) == list(b), a != {"a": 1}
try:
    print('#7', t7())
except Exception as ex:
    print('#7 EXC', type(ex).__name__, ex)
def t8():
    d = dict.fromkeys(range(3), [])
    d[0].append(1)
    return d
try:
    print('#8', t8())
except Exception as ex:
    print('#8 EXC', type(ex).__name__, ex)
def t9():
    d = {}
    for w in "abracadabra":
        d.setdefault(w, []).append(1)
    return {k: len(v) for k, v in d.items()}
try:
    print('#9', t9())
except Exception as ex:
    print('#9 EXC', type(ex).__name__, ex)
def t10():
    d = {"k": [1]}
    e = d.copy()
    e["k"].append(2)
    e["j"] = 0
    return d, e
try:
    print('#10', t10())
except Exception as ex:
    print('#10 EXC', type(ex).__name__, ex)
def t11():
    d = {(1, 2): "tuple", "s": "str", 3: "int", None: "none", 2.5: "float", True: "bool-is-1"}
    return d, d[(1, 2)], d[None], d[1]
try:
    print('#11', t11())
except Exception as ex:
    print('#11 EXC', type(ex).__name__, ex)
def t12():
    d = {}
    d.update(a=1)
    d.update({"b": 2}, c=3)
    d.update([("d", 4)])
    return d
try:
    print('#12', t12())
except Exception as ex:
    print('#12 EXC', type(ex).__name__, ex)
def t13():
    d = {"a": 1}
    v = d.values()
    k = d.keys()
    i = d.items()
    d["b"] = 2
    return list(v), list(k), list(i), len(v)
try:
    print('#13', t13())
except Exception as ex:
    print('#13 EXC', type(ex).__name__, ex)
def t14():
    d = {3: "c", 1: "a", 2: "b"}
    return max(d), min(d.values()), sum(d), sorted(d, reverse=True), dict(sorted(d.items()))
try:
    print('#14', t14())
except Exception as ex:
    print('#14 EXC', type(ex).__name__, ex)
def t15():
    d = {"a": 1}
    try:
        d["missing"]
    except KeyError as e:
        return repr(e), str(e), e.args
try:
    print('#15', t15())
except Exception as ex:
    print('#15 EXC', type(ex).__name__, ex)
def t16():
    d = {"a": 1}
    return d.pop("a"), d.pop("a", None), d
try:
    print('#16', t16())
except Exception as ex:
    print('#16 EXC', type(ex).__name__, ex)
def t17():
    d = {1: 2}
    return d.setdefault(1, 5), d.setdefault(2, 5), d
try:
    print('#17', t17())
except Exception as ex:
    print('#17 EXC', type(ex).__name__, ex)
def t18():
    d = {}
    try:
        d.popitem()
    except KeyError as e:
        return str(e)
try:
    print('#18', t18())
except Exception as ex:
    print('#18 EXC', type(ex).__name__, ex)
def t19():
    d = {"z": 1, "a": 2}
    return str(d), repr(d), str(d.items()), str(d.keys()), str(d.values())
try:
    print('#19', t19())
except Exception as ex:
    print('#19 EXC', type(ex).__name__, ex)
def t20():
    m = {}
    for i in range(20):
        m[i % 7] = m.get(i % 7, 0) + i
    return m
try:
    print('#20', t20())
except Exception as ex:
    print('#20 EXC', type(ex).__name__, ex)
def t21():
    nested = {}
    for path in ["a/b/c", "a/b/d", "a/e", "f"]:
        node = nested
        for part in path.split("/"):
            node = node.setdefault(part, {})
    return nested
try:
    print('#21', t21())
except Exception as ex:
    print('#21 EXC', type(ex).__name__, ex)
def t22():
    inv = {}
    for k, v in {"x": 1, "y": 2, "z": 1}.items():
        inv.setdefault(v, []).append(k)
    return inv
try:
    print('#22', t22())
except Exception as ex:
    print('#22 EXC', type(ex).__name__, ex)
def t23():
    return {k: v for k, v in zip("abc", range(3)) if v}, dict(zip("ab", "xy")), {x: x for x in "aba"}
try:
    print('#23', t23())
except Exception as ex:
    print('#23 EXC', type(ex).__name__, ex)
