class A: pass
setattr(A(), 5, 1)
