x = lambda *, a: a
print(x(a=1))
y = lambda *: 1
