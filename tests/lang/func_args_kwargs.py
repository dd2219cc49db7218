# *args and **kwargs in definitions and calls; keyword arguments; argument errors.
def show(*args, **kwargs):
    print(args, kwargs)
show()
show(1, 2)
show(a=1, b=2)
show(1, "x", key=None, other=[1])
def mixed(a, b=2, *args, **kwargs):
    return "a=" + str(a) + " b=" + str(b) + " args=" + str(args) + " kw=" + str(kwargs)
print(mixed(1))
print(mixed(1, 3, 4, 5))
print(mixed(1, x=9, y=8))
print(mixed(b=7, a=6))
print(mixed(1, 2, 3, z=0))
nums = [4, 5, 6]
opts = {"sep": "-", "end": "!\n"}
print(*nums, **opts)
print(mixed(*nums), "|", mixed(*nums, **{"k": 1}))
print(mixed(0, *[1, 2], **{"q": 3}, r=4))
print(mixed(*(1,), *[2, 3], **{"s": 1}))
def total(*values):
    t = 0
    for v in values:
        t += v
    return t
print(total(), total(1), total(1, 2, 3), total(*range(10)))
def kwonly_style(**options):
    out = []
    for k in options:
        out.append(k + "=" + str(options[k]))
    return ",".join(out)
print(kwonly_style(z=1, a=2, m=3), kwonly_style(**{"p": 1}, q=2))
def forward(*args, **kwargs):
    return mixed(*args, **kwargs)
print(forward(10, 20, 30, flag=True))
def point(x, y, z=0):
    return (x, y, z)
print(point(*[1, 2]), point(**{"x": 1, "y": 2, "z": 3}), point(1, *[2], **{"z": 5}))
args = (3,)
print(point(1, 2, *args))
for bad in [lambda: point(1), lambda: point(1, 2, 3, 4), lambda: point(1, x=1, y=2), lambda: point(1, 2, w=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def no_args():
    return "none"
try:
    no_args(1)
except TypeError as e:
    print("TypeError:", e)
