# conditional expressions whose test is a constant
print(1 if True else 2, 1 if False else 2)
x = "yes" if 1 else "no"
print(x, "a" if "s" else "b", "a" if None else "b", "a" if () else "b", "a" if -1 else "b")
def f():
    return [i if True else -i for i in range(3)]
print(f(), (lambda: 3 if 1 else 4)(), (1 if 0.0 else 2))
