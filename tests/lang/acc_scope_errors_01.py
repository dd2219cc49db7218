counter = 0
def bad_inc():
    counter += 1
try:
    bad_inc()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def cond_assign(flag):
    if flag:
        val = 1
    return val
print(cond_assign(True))
try:
    cond_assign(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def del_then_use():
    v = 1
    del v
    return v
try:
    del_then_use()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
try:
    undefined_func()
except NameError as e:
    print("NameError:", e)
def uses_later_global():
    return later_defined
try:
    uses_later_global()
except NameError as e:
    print("NameError:", e)
later_defined = "now defined"
print(uses_later_global())
def loop_var():
    for i in range(0):
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
x = 10
def read_global():
    return x + 1
def shadow_global():
    x = 20
    return x
def write_global():
    global x
    x = 30
print(read_global(), shadow_global(), x, write_global(), x)
def make_global():
    global brand_new
    brand_new = "created"
make_global()
print(brand_new)
gv = 1
del gv
try:
    print(gv)
except NameError as e:
    print("NameError:", e)
try:
    del never_existed
except NameError as e:
    print("NameError:", e)
def exc_var_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    return err
try:
    exc_var_cleared()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_var_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    z = 1
    return inner()
print(free_var_unbound())
print(len.__name__ if hasattr(len, "__name__") else "len")
try:
    print = print
    print("rebinding builtin locally at module level works")
    del print
    print("deleted global print, builtin visible again")
except NameError as e:
    pass
