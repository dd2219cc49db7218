f = lambda: (yield 1)
print(type(f()).__name__)
x = [(yield) for i in y]
