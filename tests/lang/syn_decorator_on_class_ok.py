def d(c):
    return c
@d
class A:
    pass
print(A.__name__)
@d
x = 1
