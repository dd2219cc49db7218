def f():
    x = 1
    class A:
        nonlocal x
        x = 2
    return A
print(f().__name__)
def g():
    nonlocal y
