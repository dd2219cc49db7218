x = [1]
def f():
    x.append(2)
    x = 3
f()
