# Classes: __init__, methods, instance vs class attributes, bound methods as objects.
class Counter:
    instances = 0
    step = 1
    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.instances += 1
    def inc(self):
        self.value += self.step
        return self
    def get(self):
        return self.value
    def describe(self):
        return self.name + "=" + str(self.value)
a = Counter("a")
b = Counter("b", 10)
a.inc().inc()
b.inc()
print(a.get(), b.get(), a.describe(), b.describe(), Counter.instances, a.instances)
b.step = 5
b.inc()
print(b.get(), a.step, b.step, Counter.step)
Counter.step = 2
a.inc()
print(a.get(), b.step)
m = a.describe
print(m(), Counter.describe(b))
a.name = "renamed"
print(m())
fns = [a.inc, b.inc]
for f in fns:
    f()
print(a.value, b.value)
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [2]
e.y.append(3)
print(e.x, e.y, hasattr(e, "z"))
class WithClassData:
    shared = []
    def add(self, v):
        self.shared.append(v)
w1 = WithClassData()
w2 = WithClassData()
w1.add(1)
w2.add(2)
print(w1.shared, w2.shared, WithClassData.shared is w1.shared)
class Point:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
p = Point(1, 2)
q = Point()
p.move(2, 2)
print(p.x, p.y, q.x, q.y, p.dist2(q), Point(y=5).y)
def standalone(self):
    return "standalone on " + self.name
Counter.extra = standalone
print(a.extra())
