class A: pass
def g(): return A()
g().x = 1
print("ok")
g() = 2
