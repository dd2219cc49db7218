class A: pass
print(A.__name__, A().__class__.__name__)
A().__name__
