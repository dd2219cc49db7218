x = 10
def f():
    print(x)
    for x in range(2):
        pass
f()
