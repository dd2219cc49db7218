class A: pass
class B: pass
x = A() < B()
