class A:
    pass
a = A()
a.__debug__ = 1
print(a.__debug__)
x.__debug__ += 1
print(__debug__)
__debug__ += 1
