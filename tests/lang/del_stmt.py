# del on names, list items/slices, dict keys, attributes; NameError afterwards.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a, b = 1, 2
del a, b
print("deleted both")
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class C:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
        self.b = 2
c = C()
del c.a
print(hasattr(c, "a"), c.b)
try:
    del c.a
except AttributeError as e:
    print("AttributeError:", e)
c.cls_attr = "instance"
print(c.cls_attr)
del c.cls_attr
print(c.cls_attr)
def local_del():
    v = "temp"
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())
nested = {"k": [1, 2, {"inner": 3}]}
del nested["k"][2]["inner"]
del nested["k"][0]
print(nested)
try:
    del lst[100]
except IndexError as e:
    print("IndexError:", e)
g = "global"
def del_global():
    global g
    del g
del_global()
try:
    g
except NameError as e:
    print("NameError:", e)
items = [1, 2, 3]
for i in range(len(items) - 1, -1, -1):
    if items[i] % 2:
        del items[i]
print(items)
