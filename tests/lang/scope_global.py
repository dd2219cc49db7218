# global and nonlocal statements, shadowing, name resolution order.
x = "global x"
counter = 0
def read_global():
    return x
def shadow():
    x = "local x"
    return x
def bump():
    global counter
    counter += 1
    return counter
print(read_global(), shadow(), x)
print(bump(), bump(), counter)
def create_global():
    global created
    created = "made inside"
create_global()
print(created)
def nested():
    y = 1
    def inner():
        nonlocal y
        y += 1
        def innermost():
            nonlocal y
            y *= 10
        innermost()
        return y
    r = inner()
    return r, y
print(nested())
def uses_builtin():
    return len([1, 2, 3])
def shadows_builtin():
    len = lambda v: -1
    return len([1, 2, 3])
print(uses_builtin(), shadows_builtin(), len("ab"))
total = 100
def local_total():
    total = 5
    def inner():
        return total
    return inner()
print(local_total(), total)
def modify_list():
    items.append("added")
items = []
modify_list()
print(items)
def global_in_loop():
    global counter
    for _ in range(5):
        counter += 2
global_in_loop()
print(counter)
def param_shadow(x):
    x = x + "!"
    return x
print(param_shadow("arg"), x)
for i in range(3):
    pass
print("loop var after loop:", i)
if True:
    block_var = "visible"
print(block_var)
def func_attr_default(v=x):
    return v
x = "rebound"
print(func_attr_default(), x)
