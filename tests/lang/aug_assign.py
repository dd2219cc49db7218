# Augmented assignment on names, attributes and subscripts, all operators.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 3; print(x)
x /= 2; print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 0b0001; print(y)
y ^= 0b1111; print(y)
y <<= 3; print(y)
y >>= 2; print(y)
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
l = [1]
l2 = l
l += [2, 3]
l *= 2
print(l, l2, l is l2)
l += "xy"
print(l)
class Box:
    def __init__(self):
        self.n = 1
        self.items = []
b = Box()
b.n += 10
b.n *= 2
b.items += [1]
b.items += (2, 3)
print(b.n, b.items)
d = {"k": 1, "lst": []}
d["k"] += 5
d["k"] **= 2
d["lst"] += ["a"]
d["new"] = d.get("new", 0) + 1
print(d)
m = [[1, 2], [3, 4]]
m[0][1] += 100
m[-1][-1] *= -1
print(m)
calls = []
def key():
    calls.append("key")
    return "c"
def container():
    calls.append("container")
    return d
container()[key()] = 0
container()[key()] += 7
print(d["c"], calls)
class Counter:
    total = 0
Counter.total += 1
Counter.total += 1
c = Counter()
c.total += 10
print(Counter.total, c.total)
f = 1.5
f += 1
f *= 2
f -= 0.5
print(f)
n = 7
n /= 2
print(n, type(n))
n = 7
n //= 2
print(n, type(n))
words = {}
for w in "a b a c a b".split():
    words[w] = words.get(w, 0) + 1
    if w == "a":
        words[w] += 100
print(words)
lst = [5, 6, 7]
for i in range(len(lst)):
    lst[i] -= i
print(lst)
