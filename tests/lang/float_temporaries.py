# Float arithmetic reuses a temporary operand for its result when nothing
# else refers to it (as CPython does); a float anything else can still see
# must never change. Each line checks one way a float can be shared.
x = 1.5
y = x * 2.0 + 1.0            # x * 2.0 is a temporary, reused for + 1.0
print(x, y)

items = [x * 2.0]           # the list holds the only other reference
z = items[0] + 1.0
print(items[0], z)

d = {"k": 0.25 * 3.0}
w = d["k"] - 1.0
print(d["k"], w)

def bump(v):
    return v + 1.0          # v is a local and an argument: shared

a = 2.5
print(bump(a), a)

t = x * 1.0                 # t and the stack copy: shared
u = t + t
print(t, u)

class Box:
    def __init__(self, v):
        self.v = v

b = Box(0.5 * 0.5)
c = b.v * 4.0
print(b.v, c)

tup = (1.0 + 0.5, 2.0)
e = tup[0] * tup[0]
print(tup, e)

acc = 0.0
for i in range(5):
    acc = acc * 0.5 + float(i)  # the chain's temporaries
print(acc)

g = 3.0
h = (g - 1.0) * (g + 1.0) - (g * g)
print(g, h)
